package fr.pilotectg.convention.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An avenant: the only way the terms of a signed convention change. It is drafted (numbered 1, 2… in order),
 * then signed and dated, or withdrawn; {@code terms} are the complete terms as the avenant leaves them and
 * {@code changedParts} what differs from the terms it amends. A signed avenant produces a new
 * {@link ConventionVersion} in force from {@code effectiveFrom}.
 */
public record Amendment(
        int number,
        String title,
        ConventionTerms terms,
        Set<TermsPart> changedParts,
        LocalDate draftedOn,
        LocalDate signedOn,
        LocalDate effectiveFrom,
        boolean withdrawn) {

    public Amendment {
        title = ConventionErrors.requireText(title, ConventionErrors.TITLE_REQUIRED);
        Objects.requireNonNull(terms, "terms");
        ConventionErrors.require(draftedOn, ConventionErrors.DATE_REQUIRED);
        changedParts =
                changedParts == null || changedParts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(changedParts));
    }

    static Amendment drafted(
            int number, String title, ConventionTerms terms, Set<TermsPart> changedParts, LocalDate draftedOn) {
        return new Amendment(number, title, terms, changedParts, draftedOn, null, null, false);
    }

    Amendment signed(LocalDate on, LocalDate from) {
        return new Amendment(number, title, terms, changedParts, draftedOn, on, from, false);
    }

    Amendment withdrawnNow() {
        return new Amendment(number, title, terms, changedParts, draftedOn, null, null, true);
    }

    public boolean isSigned() {
        return signedOn != null;
    }

    /** Drafted, neither signed nor withdrawn. */
    public boolean isPending() {
        return signedOn == null && !withdrawn;
    }
}
