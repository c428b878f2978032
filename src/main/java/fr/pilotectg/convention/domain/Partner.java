package fr.pilotectg.convention.domain;

import java.util.UUID;

/**
 * A partner that takes part in the convention without signing it (Éducation nationale, an association, the MSA
 * when it does not co-sign…). {@code organisationId} is set when the partner is in the directory; {@code role}
 * says in a few words what it brings (e.g. "membre du comité de pilotage").
 */
public record Partner(String name, PartyKind kind, UUID organisationId, String role) {

    public Partner {
        name = ConventionErrors.requireText(name, ConventionErrors.PARTNER_NAME_REQUIRED);
        kind = kind == null ? PartyKind.OTHER : kind;
        role = ConventionErrors.optionalText(role);
    }

    public static Partner of(String name, PartyKind kind) {
        return new Partner(name, kind, null, null);
    }
}
