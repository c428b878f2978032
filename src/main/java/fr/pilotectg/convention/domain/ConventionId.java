package fr.pilotectg.convention.domain;

import java.util.UUID;

/** Identity of a convention. */
public record ConventionId(UUID value) {

    public ConventionId {
        ConventionErrors.require(value, ConventionErrors.ID_REQUIRED);
    }

    public static ConventionId random() {
        return new ConventionId(UUID.randomUUID());
    }

    public static ConventionId of(String value) {
        return new ConventionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
