package fr.pilotectg.financing.domain;

/**
 * Stable error codes of the entry of the financing inputs in pages and of their import (French text:
 * {@code error.<CODE>} in messages/financing-inputs.properties).
 */
public final class InputEntryErrors {

    private InputEntryErrors() {}

    public static final String NUMBER_INVALID = "FINANCING_NUMBER_INVALID";
    public static final String DATE_INVALID = "FINANCING_DATE_INVALID";
    public static final String CLOSING_MONTH_INVALID = "FINANCING_CLOSING_MONTH_INVALID";
    public static final String STRUCTURE_NOT_FOUND = "FINANCING_STRUCTURE_NOT_FOUND";
    public static final String EQUIPMENT_NOT_IN_CONVENTION = "FINANCING_EQUIPMENT_NOT_IN_CONVENTION";
    public static final String IMPORT_UNKNOWN_STRUCTURE = "FINANCING_IMPORT_UNKNOWN_STRUCTURE";
    public static final String IMPORT_UNIT_MISMATCH = "FINANCING_IMPORT_UNIT_MISMATCH";
    public static final String IMPORT_COLUMN_MISSING = "FINANCING_IMPORT_COLUMN_MISSING";
    public static final String IMPORT_DUPLICATE_LINE = "FINANCING_IMPORT_DUPLICATE_LINE";
    public static final String IMPORT_SUPPORTER_UNKNOWN = "FINANCING_IMPORT_SUPPORTER_UNKNOWN";
    public static final String IMPORT_FILE_EMPTY = "FINANCING_IMPORT_FILE_EMPTY";
    public static final String IMPORT_REFUSED = "FINANCING_IMPORT_REFUSED";
}
