package fr.pilotectg.actionplan.domain;

import java.util.List;

/**
 * The stable error codes of the action plan module. Each one has an {@code error.<CODE>} message in
 * {@code messages/actionplan.properties}; API clients rely on the codes, so never rename one.
 */
public final class ActionPlanErrors {

    public static final String PLAN_NOT_FOUND = "ACTION_PLAN_NOT_FOUND";
    public static final String FICHE_NOT_FOUND = "FICHE_NOT_FOUND";
    public static final String AXIS_NOT_FOUND = "AXIS_NOT_FOUND";
    public static final String AXIS_TITLE_REQUIRED = "AXIS_TITLE_REQUIRED";
    public static final String AXIS_COMMUNE_NOT_IN_CONVENTION = "AXIS_COMMUNE_NOT_IN_CONVENTION";
    public static final String AXIS_DOMAIN_NOT_IN_CONVENTION = "AXIS_DOMAIN_NOT_IN_CONVENTION";
    public static final String AXIS_ENJEU_INVALID = "AXIS_ENJEU_INVALID";
    public static final String AXIS_REQUIRED = "FICHE_AXIS_REQUIRED";
    public static final String AXIS_OTHER_CONVENTION = "FICHE_AXIS_OTHER_CONVENTION";
    public static final String TITLE_REQUIRED = "FICHE_TITLE_REQUIRED";
    public static final String PROGRESS_INVALID = "FICHE_PROGRESS_INVALID";
    public static final String MILESTONE_DATE_REQUIRED = "FICHE_MILESTONE_DATE_REQUIRED";
    public static final String MILESTONE_LABEL_REQUIRED = "FICHE_MILESTONE_LABEL_REQUIRED";
    public static final String MILESTONE_OUT_OF_RANGE = "FICHE_MILESTONE_OUT_OF_RANGE";
    public static final String PARTNER_UNKNOWN = "FICHE_PARTNER_UNKNOWN";
    public static final String PARTNER_NAME_REQUIRED = "FICHE_PARTNER_NAME_REQUIRED";
    public static final String PILOT_UNKNOWN = "FICHE_PILOT_UNKNOWN";
    public static final String PILOT_OUTSIDE_CONVENTION = "FICHE_PILOT_OUTSIDE_CONVENTION";
    public static final String PARTNER_OUTSIDE_CONVENTION = "FICHE_PARTNER_OUTSIDE_CONVENTION";
    /** A fiche the user reads but does not pilot nor has in their commune (403, {@code ConventionPart.FICHE}). */
    public static final String NOT_YOURS = "FICHE_NOT_YOURS";

    public static final String FUNDER_REQUIRED = "FICHE_FUNDER_REQUIRED";
    public static final String AMOUNT_INVALID = "FICHE_AMOUNT_INVALID";
    public static final String FUNDING_YEAR_OUTSIDE = "FICHE_FUNDING_YEAR_OUTSIDE";
    public static final String LINK_OTHER_CONVENTION = "FICHE_LINK_OTHER_CONVENTION";
    public static final String LINK_SELF = "FICHE_LINK_SELF";
    public static final String ATTACHMENT_INVALID = "FICHE_ATTACHMENT_INVALID";
    public static final String STATUS_REQUIRED = "FICHE_STATUS_REQUIRED";
    public static final String NO_SUCCESSOR = "FICHE_NO_SUCCESSOR";
    public static final String FILE_REQUIRED = "FICHE_FILE_REQUIRED";
    public static final String FILE_TOO_LARGE = "FICHE_FILE_TOO_LARGE";
    public static final String FILE_TYPE_REFUSED = "FICHE_FILE_TYPE_REFUSED";
    public static final String FILE_NOT_FOUND = "FICHE_FILE_NOT_FOUND";
    public static final String COMMENT_REQUIRED = "FICHE_COMMENT_REQUIRED";
    public static final String COMMENT_MENTION_NOT_READER = "FICHE_COMMENT_MENTION_NOT_READER";
    public static final String MENTION_NOT_FOUND = "FICHE_MENTION_NOT_FOUND";
    public static final String TRANSITION_NOT_ALLOWED = "FICHE_TRANSITION_NOT_ALLOWED";
    public static final String ABANDON_REASON_REQUIRED = "FICHE_ABANDON_REASON_REQUIRED";
    public static final String NUMBER_TAKEN = "FICHE_NUMBER_TAKEN";
    public static final String REALISED_IN_FUTURE = "FICHE_REALISED_IN_FUTURE";

    public static final String IMPORT_AXIS_UNKNOWN = "FICHE_IMPORT_AXIS_UNKNOWN";
    public static final String IMPORT_DATE_INVALID = "FICHE_IMPORT_DATE_INVALID";
    public static final String IMPORT_NUMBER_INVALID = "FICHE_IMPORT_NUMBER_INVALID";
    public static final String IMPORT_FILE_UNREADABLE = "FICHE_IMPORT_FILE_UNREADABLE";
    public static final String IMPORT_FILE_EMPTY = "FICHE_IMPORT_FILE_EMPTY";

    public static final List<String> ALL = List.of(
            NO_SUCCESSOR,
            FILE_REQUIRED,
            FILE_TOO_LARGE,
            FILE_TYPE_REFUSED,
            FILE_NOT_FOUND,
            COMMENT_REQUIRED,
            COMMENT_MENTION_NOT_READER,
            MENTION_NOT_FOUND,
            IMPORT_AXIS_UNKNOWN,
            IMPORT_DATE_INVALID,
            IMPORT_NUMBER_INVALID,
            IMPORT_FILE_UNREADABLE,
            IMPORT_FILE_EMPTY,
            PLAN_NOT_FOUND,
            FICHE_NOT_FOUND,
            AXIS_NOT_FOUND,
            AXIS_TITLE_REQUIRED,
            AXIS_COMMUNE_NOT_IN_CONVENTION,
            AXIS_DOMAIN_NOT_IN_CONVENTION,
            AXIS_ENJEU_INVALID,
            AXIS_REQUIRED,
            AXIS_OTHER_CONVENTION,
            TITLE_REQUIRED,
            PROGRESS_INVALID,
            MILESTONE_DATE_REQUIRED,
            MILESTONE_LABEL_REQUIRED,
            MILESTONE_OUT_OF_RANGE,
            PARTNER_UNKNOWN,
            PARTNER_NAME_REQUIRED,
            PILOT_UNKNOWN,
            PILOT_OUTSIDE_CONVENTION,
            PARTNER_OUTSIDE_CONVENTION,
            NOT_YOURS,
            FUNDER_REQUIRED,
            AMOUNT_INVALID,
            FUNDING_YEAR_OUTSIDE,
            LINK_OTHER_CONVENTION,
            LINK_SELF,
            ATTACHMENT_INVALID,
            STATUS_REQUIRED,
            TRANSITION_NOT_ALLOWED,
            ABANDON_REASON_REQUIRED,
            NUMBER_TAKEN,
            REALISED_IN_FUTURE);

    private ActionPlanErrors() {}
}
