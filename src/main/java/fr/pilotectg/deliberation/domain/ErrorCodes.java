package fr.pilotectg.deliberation.domain;

/**
 * Stable codes of the refusals raised by this module; each has an {@code error.<CODE>} message in
 * {@code messages/deliberation.properties}. API clients rely on them, so never rename one.
 */
public final class ErrorCodes {

    /** Shared with the platform ({@code error.REQUIRED}). */
    public static final String REQUIRED = "REQUIRED";

    public static final String ACTES_ID_REQUIRED = "ACTES_ID_REQUIRED";
    public static final String ACTES_SEGMENT_COUNT = "ACTES_SEGMENT_COUNT";
    public static final String ACTES_DEPARTEMENT_MALFORMED = "ACTES_DEPARTEMENT_MALFORMED";
    public static final String ACTES_SIREN_INVALID = "ACTES_SIREN_INVALID";
    public static final String ACTES_DATE_INVALID = "ACTES_DATE_INVALID";
    public static final String ACTES_NUMBER_MALFORMED = "ACTES_NUMBER_MALFORMED";
    public static final String ACTES_NATURE_UNKNOWN = "ACTES_NATURE_UNKNOWN";
    public static final String ACTES_MATIERE_MALFORMED = "ACTES_MATIERE_MALFORMED";
    public static final String ACTES_MATIERE_UNKNOWN = "ACTES_MATIERE_UNKNOWN";

    public static final String DELIBERATION_TEXT_TOO_LONG = "DELIBERATION_TEXT_TOO_LONG";
    public static final String DELIBERATION_COUNT_NEGATIVE = "DELIBERATION_COUNT_NEGATIVE";
    public static final String MEMBERS_IN_OFFICE_TOO_FEW = "MEMBERS_IN_OFFICE_TOO_FEW";
    public static final String PRESENT_EXCEEDS_MEMBERS = "PRESENT_EXCEEDS_MEMBERS";
    public static final String ATTENDANCE_NOBODY_PRESENT = "ATTENDANCE_NOBODY_PRESENT";
    public static final String PROXY_TO_SELF = "PROXY_TO_SELF";

    public static final String VOTE_COUNTS_INCOMPLETE = "VOTE_COUNTS_INCOMPLETE";
    public static final String VOTE_UNANIMITY_WITH_AGAINST = "VOTE_UNANIMITY_WITH_AGAINST";
    public static final String VOTE_UNANIMITY_WITHOUT_FAVOUR = "VOTE_UNANIMITY_WITHOUT_FAVOUR";
    public static final String VOTE_NO_VOTES_CAST = "VOTE_NO_VOTES_CAST";

    public static final String TRANSMISSION_EMPTY = "TRANSMISSION_EMPTY";

    /** Not found, or not visible to the current user. */
    public static final String DELIBERATION_NOT_FOUND = "DELIBERATION_NOT_FOUND";
    /** The ACTES identifier of a form or request is malformed; arguments: the value, the index of the wrong segment. */
    public static final String ACTES_ID_INVALID = "ACTES_ID_INVALID";

    public static final String DELIBERATION_DATE_INVALID = "DELIBERATION_DATE_INVALID";
    public static final String DELIBERATION_TIME_INVALID = "DELIBERATION_TIME_INVALID";
    public static final String DELIBERATION_NUMBER_INVALID = "DELIBERATION_NUMBER_INVALID";
    public static final String DELIBERATION_PROXY_INCOMPLETE = "DELIBERATION_PROXY_INCOMPLETE";
    public static final String DELIBERATION_VOTE_KIND_INVALID = "DELIBERATION_VOTE_KIND_INVALID";
    public static final String DELIBERATION_BODY_UNKNOWN = "DELIBERATION_BODY_UNKNOWN";
    public static final String DELIBERATION_ORGANISATION_UNKNOWN = "DELIBERATION_ORGANISATION_UNKNOWN";
    public static final String MINIMUM_CLEAR_DAYS_NEGATIVE = "MINIMUM_CLEAR_DAYS_NEGATIVE";

    private ErrorCodes() {}
}
