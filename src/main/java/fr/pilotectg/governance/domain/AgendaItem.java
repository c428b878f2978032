package fr.pilotectg.governance.domain;

import java.util.UUID;

/**
 * One item of a meeting's agenda: a fiche action of the convention ({@code ficheId}), or an indicator, the annual
 * review, the diagnostic or anything else as free text with an optional link.
 */
public record AgendaItem(AgendaKind kind, String label, UUID ficheId, String url) {

    public enum AgendaKind {
        FICHE,
        INDICATOR,
        ANNUAL_REVIEW,
        DIAGNOSTIC,
        OTHER
    }

    public AgendaItem {
        kind = kind == null ? ficheId != null ? AgendaKind.FICHE : AgendaKind.OTHER : kind;
        label = label == null ? "" : label.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }
}
