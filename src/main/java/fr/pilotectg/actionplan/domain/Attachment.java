package fr.pilotectg.actionplan.domain;

/** A document the fiche points to: a name and a link (no file is stored). */
public record Attachment(String name, String url) {

    public Attachment {
        name = name == null ? "" : name.strip();
        url = url == null ? "" : url.strip();
    }
}
