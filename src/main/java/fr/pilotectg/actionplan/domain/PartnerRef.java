package fr.pilotectg.actionplan.domain;

import java.util.UUID;

/** A partenaire sollicité: an organisation of the directory (by id) or a free name. */
public record PartnerRef(UUID organisationId, String name) {

    public PartnerRef {
        name = name == null ? "" : name.strip();
    }
}
