package fr.pilotectg.convention.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One signed state of a convention's terms. Version 1 is the convention as signed, in force from the start of its
 * period (possibly before the signature); each signed avenant adds the next version, in force from the date the
 * avenant sets. Earlier versions stay readable. Who recorded a version is the audit trail's business.
 *
 * @param amendmentNumber the avenant that produced this version, {@code null} for version 1
 * @param signedOn the date the convention (version 1) or the avenant was signed
 */
public record ConventionVersion(
        int number, ConventionTerms terms, LocalDate effectiveFrom, Integer amendmentNumber, LocalDate signedOn) {

    public ConventionVersion {
        Objects.requireNonNull(terms, "terms");
        ConventionErrors.require(effectiveFrom, ConventionErrors.DATE_REQUIRED);
        ConventionErrors.require(signedOn, ConventionErrors.DATE_REQUIRED);
    }

    public boolean isOriginal() {
        return amendmentNumber == null;
    }

    public Optional<Integer> amendment() {
        return Optional.ofNullable(amendmentNumber);
    }
}
