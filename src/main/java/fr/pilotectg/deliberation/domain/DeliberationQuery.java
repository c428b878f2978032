package fr.pilotectg.deliberation.domain;

import java.util.UUID;

/**
 * Filters of the deliberation list; each one left null (or blank) does not filter.
 *
 * @param year the year of the séance
 * @param text words of the number, object, issuer or ACTES identifier (accents and case do not count)
 */
public record DeliberationQuery(UUID organisationId, CouncilBody body, Integer year, String text) {

    public DeliberationQuery {
        text = text == null ? "" : text.strip();
    }

    public static DeliberationQuery all() {
        return new DeliberationQuery(null, null, null, "");
    }
}
