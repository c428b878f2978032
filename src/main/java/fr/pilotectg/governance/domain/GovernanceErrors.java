package fr.pilotectg.governance.domain;

import java.util.List;

/**
 * The stable error codes of the governance module; each has an {@code error.<CODE>} message in
 * {@code messages/governance.properties}. API clients rely on them: never rename one.
 */
public final class GovernanceErrors {

    public static final String GOVERNANCE_NOT_FOUND = "GOVERNANCE_NOT_FOUND";
    public static final String BODY_NOT_FOUND = "GOVERNANCE_BODY_NOT_FOUND";
    public static final String MEETING_NOT_FOUND = "GOVERNANCE_MEETING_NOT_FOUND";
    public static final String POST_NOT_FOUND = "GOVERNANCE_POST_NOT_FOUND";
    /** A body (with its meetings) or post of another organisation: read, not changed (403, {@code ConventionPart}). */
    public static final String NOT_YOURS = "GOVERNANCE_NOT_YOURS";

    public static final String KIND_REQUIRED = "GOVERNANCE_KIND_REQUIRED";
    public static final String NAME_REQUIRED = "GOVERNANCE_NAME_REQUIRED";
    public static final String COMMUNE_NOT_IN_CONVENTION = "GOVERNANCE_COMMUNE_NOT_IN_CONVENTION";
    public static final String SEAT_INSTITUTION_REQUIRED = "GOVERNANCE_SEAT_INSTITUTION_REQUIRED";
    public static final String SEAT_COUNT_INVALID = "GOVERNANCE_SEAT_COUNT_INVALID";
    public static final String MEMBER_NAME_REQUIRED = "GOVERNANCE_MEMBER_NAME_REQUIRED";
    public static final String MEMBER_ORGANISATION_REQUIRED = "GOVERNANCE_MEMBER_ORGANISATION_REQUIRED";
    public static final String MEMBER_ORGANISATION_UNKNOWN = "GOVERNANCE_MEMBER_ORGANISATION_UNKNOWN";
    public static final String FREQUENCY_MONTH_INVALID = "GOVERNANCE_FREQUENCY_MONTH_INVALID";
    public static final String FREQUENCY_PER_YEAR_INVALID = "GOVERNANCE_FREQUENCY_PER_YEAR_INVALID";
    public static final String FREQUENCY_EXCEPTION_INVALID = "GOVERNANCE_FREQUENCY_EXCEPTION_INVALID";
    public static final String MEETING_BODY_REQUIRED = "GOVERNANCE_MEETING_BODY_REQUIRED";
    public static final String MEETING_DATE_REQUIRED = "GOVERNANCE_MEETING_DATE_REQUIRED";
    public static final String MEETING_OUTSIDE_CONVENTION = "GOVERNANCE_MEETING_OUTSIDE_CONVENTION";
    public static final String AGENDA_LABEL_REQUIRED = "GOVERNANCE_AGENDA_LABEL_REQUIRED";
    public static final String FICHE_OTHER_CONVENTION = "GOVERNANCE_FICHE_OTHER_CONVENTION";
    public static final String ATTENDEE_NAME_REQUIRED = "GOVERNANCE_ATTENDEE_NAME_REQUIRED";
    public static final String ATTENDANCE_STATUS_REQUIRED = "GOVERNANCE_ATTENDANCE_STATUS_REQUIRED";
    public static final String DECISION_TEXT_REQUIRED = "GOVERNANCE_DECISION_TEXT_REQUIRED";
    public static final String DECISION_STATUS_REQUIRED = "GOVERNANCE_DECISION_STATUS_REQUIRED";
    public static final String POST_ROLE_REQUIRED = "GOVERNANCE_POST_ROLE_REQUIRED";
    public static final String POST_THEME_REQUIRED = "GOVERNANCE_POST_THEME_REQUIRED";
    public static final String ETP_NEGATIVE = "GOVERNANCE_ETP_NEGATIVE";
    public static final String ETP_OVER_ONE_PERSON = "GOVERNANCE_ETP_OVER_ONE_PERSON";
    public static final String SHARE_INVALID = "GOVERNANCE_SHARE_INVALID";
    public static final String EMPLOYER_UNKNOWN = "GOVERNANCE_EMPLOYER_UNKNOWN";
    public static final String REPORT_YEAR_INVALID = "GOVERNANCE_REPORT_YEAR_INVALID";
    public static final String NUMBER_INVALID = "GOVERNANCE_NUMBER_INVALID";

    public static final List<String> ALL = List.of(
            NOT_YOURS,
            GOVERNANCE_NOT_FOUND,
            BODY_NOT_FOUND,
            MEETING_NOT_FOUND,
            POST_NOT_FOUND,
            KIND_REQUIRED,
            NAME_REQUIRED,
            COMMUNE_NOT_IN_CONVENTION,
            SEAT_INSTITUTION_REQUIRED,
            SEAT_COUNT_INVALID,
            MEMBER_NAME_REQUIRED,
            MEMBER_ORGANISATION_REQUIRED,
            MEMBER_ORGANISATION_UNKNOWN,
            FREQUENCY_MONTH_INVALID,
            FREQUENCY_PER_YEAR_INVALID,
            FREQUENCY_EXCEPTION_INVALID,
            MEETING_BODY_REQUIRED,
            MEETING_DATE_REQUIRED,
            MEETING_OUTSIDE_CONVENTION,
            AGENDA_LABEL_REQUIRED,
            FICHE_OTHER_CONVENTION,
            ATTENDEE_NAME_REQUIRED,
            ATTENDANCE_STATUS_REQUIRED,
            DECISION_TEXT_REQUIRED,
            DECISION_STATUS_REQUIRED,
            POST_ROLE_REQUIRED,
            POST_THEME_REQUIRED,
            ETP_NEGATIVE,
            ETP_OVER_ONE_PERSON,
            SHARE_INVALID,
            EMPLOYER_UNKNOWN,
            REPORT_YEAR_INVALID,
            NUMBER_INVALID);

    private GovernanceErrors() {}
}
