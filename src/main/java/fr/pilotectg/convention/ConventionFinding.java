package fr.pilotectg.convention;

import java.util.List;

/**
 * What a convention's record lacks or says unusually, measured and shown, never enforced by refusing to save: « 0
 * délibération datée sur 7 », representatives not named, place of signature unknown, a period known to the year only,
 * a length outside 3–5 years, a signature after the start of the period. Label: {@code convention.finding.<CODE>} with
 * {@code args}.
 */
public record ConventionFinding(Code code, List<Object> args) {

    public enum Code {
        /** Cited deliberations whose date is not known to the day: args dated, total. */
        DELIBERATIONS_UNDATED,
        /** Signatories that must deliberate and cite no deliberation: args names. */
        DELIBERATION_NOT_CITED,
        /** Parties the text names without saying which (« Commune de … »): args count, names as printed. */
        PARTY_UNIDENTIFIED,
        /** Collective parties (« les communes membres de … ») whose member communes are not listed: args names. */
        MEMBERS_UNKNOWN,
        /** Signatories with nobody given to sign for them, or someone whose name is unknown: args names. */
        REPRESENTATIVES_UNKNOWN,
        /** Signed, and the place of signature is unknown. */
        SIGNATURE_PLACE_UNKNOWN,
        /** Signed after the first day of its period: args signature date, start date. */
        SIGNED_AFTER_START,
        /** Period not known to the day: args label, first day, last day used by the calendar rules. */
        PERIOD_NOT_EXACT,
        /** Length outside the usual 3 to 5 years (P12): args duration. */
        DURATION_UNUSUAL,
        /** No commune nor EPCI in the territory. */
        TERRITORY_UNKNOWN,
        /** Only some communes listed (marked incomplete, or fewer than declared): args listed, declared (0: unknown). */
        TERRITORY_INCOMPLETE,
        /** The territory given as a number of communes while the list is not known: args declared. */
        TERRITORY_COUNT_ONLY
    }

    public ConventionFinding {
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "convention.finding." + code.name();
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
