package fr.pilotectg.documents.domain;

/**
 * A value the template needs and the register does not know: printed « [à compléter : {label}] » in a draft, listed
 * on the generation page with a link to the field, and a bar to a final version.
 *
 * @param link the page where the value is entered
 */
public record Gap(String label, String link) {

    /** What the document prints in its place. */
    public String marker() {
        return "[à compléter : " + label + "]";
    }
}
