package fr.pilotectg.convention.domain;

import java.util.List;

/** Stable codes of the bulk import of conventions ({@code error.<CODE>} in {@code messages/convention-import}). */
public final class ConventionImportErrors {

    public static final String SHEET_MISSING = "CONVENTION_IMPORT_SHEET_MISSING";
    public static final String REFERENCE_MISSING = "CONVENTION_IMPORT_REFERENCE_MISSING";
    public static final String REFERENCE_UNKNOWN = "CONVENTION_IMPORT_REFERENCE_UNKNOWN";
    public static final String REFERENCE_DUPLICATE = "CONVENTION_IMPORT_REFERENCE_DUPLICATE";
    public static final String DATE_INVALID = "CONVENTION_IMPORT_DATE_INVALID";
    public static final String SIGNED_ON_INVALID = "CONVENTION_IMPORT_SIGNED_ON_INVALID";
    public static final String NUMBER_INVALID = "CONVENTION_IMPORT_NUMBER_INVALID";
    public static final String YES_NO_INVALID = "CONVENTION_IMPORT_YES_NO_INVALID";
    public static final String KIND_UNKNOWN = "CONVENTION_IMPORT_KIND_UNKNOWN";
    public static final String CIVILITY_UNKNOWN = "CONVENTION_IMPORT_CIVILITY_UNKNOWN";
    public static final String ORGANISATION_UNKNOWN = "CONVENTION_IMPORT_ORGANISATION_UNKNOWN";
    public static final String TERRITORY_ROW_EMPTY = "CONVENTION_IMPORT_TERRITORY_ROW_EMPTY";
    public static final String OUT_OF_REACH = "CONVENTION_IMPORT_OUT_OF_REACH";
    public static final String PLAN_REFUSED = "CONVENTION_IMPORT_PLAN_REFUSED";
    public static final String NO_CONVENTION = "CONVENTION_IMPORT_NO_CONVENTION";
    public static final String TOO_MANY_CONVENTIONS = "CONVENTION_IMPORT_TOO_MANY_CONVENTIONS";
    public static final String JOB_NOT_FOUND = "CONVENTION_IMPORT_JOB_NOT_FOUND";

    public static final List<String> ALL = List.of(
            SHEET_MISSING,
            REFERENCE_MISSING,
            REFERENCE_UNKNOWN,
            REFERENCE_DUPLICATE,
            DATE_INVALID,
            SIGNED_ON_INVALID,
            NUMBER_INVALID,
            YES_NO_INVALID,
            KIND_UNKNOWN,
            CIVILITY_UNKNOWN,
            ORGANISATION_UNKNOWN,
            TERRITORY_ROW_EMPTY,
            OUT_OF_REACH,
            PLAN_REFUSED,
            NO_CONVENTION,
            TOO_MANY_CONVENTIONS,
            JOB_NOT_FOUND);

    private ConventionImportErrors() {}
}
