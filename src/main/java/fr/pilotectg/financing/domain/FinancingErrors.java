package fr.pilotectg.financing.domain;

/** Stable error codes of the financing module (French text: {@code error.<CODE>} in messages/financing.properties). */
public final class FinancingErrors {

    public static final String NOT_FOUND = "FINANCING_NOT_FOUND";
    public static final String YEAR_OUTSIDE_CONVENTION = "FINANCING_YEAR_OUTSIDE_CONVENTION";
    public static final String NEGATIVE = "FINANCING_NEGATIVE";
    public static final String MONTH_INVALID = "FINANCING_MONTH_INVALID";
    public static final String TRANCHE_INVALID = "FINANCING_TRANCHE_INVALID";
    public static final String SHARE_INVALID = "FINANCING_SHARE_INVALID";
    public static final String RATTRAPAGE_OUT_OF_BOUNDS = "FINANCING_RATTRAPAGE_OUT_OF_BOUNDS";
    public static final String TERRITORY_UNKNOWN = "FINANCING_TERRITORY_UNKNOWN";
    public static final String STRUCTURE_DUPLICATE = "FINANCING_STRUCTURE_DUPLICATE";
    public static final String SUPPORTER_NOT_SIGNATORY = "FINANCING_SUPPORTER_NOT_SIGNATORY";
    public static final String REQUIRED = "FINANCING_REQUIRED";
    public static final String CAF_NOT_FOUND = "FINANCING_CAF_NOT_FOUND";
    public static final String OVERRIDE_REASON_REQUIRED = "FINANCING_OVERRIDE_REASON_REQUIRED";
    public static final String PARAMETER_OVERLAP = "FINANCING_PARAMETER_OVERLAP";
    public static final String PARAMETER_PERIOD_INVALID = "FINANCING_PARAMETER_PERIOD_INVALID";
    public static final String PARAMETER_VALUE_INVALID = "FINANCING_PARAMETER_VALUE_INVALID";
    public static final String STATEMENT_NOT_FOUND = "FINANCING_STATEMENT_NOT_FOUND";
    public static final String OPERATOR_UNKNOWN = "FINANCING_OPERATOR_UNKNOWN";
    public static final String CAF_ONLY = "FINANCING_CAF_ONLY";
    public static final String LINE_NOT_FOUND = "FINANCING_LINE_NOT_FOUND";
    public static final String LINE_UNKNOWN_AMOUNT = "FINANCING_LINE_UNKNOWN_AMOUNT";
    public static final String LINE_ALREADY_PAID = "FINANCING_LINE_ALREADY_PAID";
    public static final String LINE_NOT_NOTIFIED = "FINANCING_LINE_NOT_NOTIFIED";

    private FinancingErrors() {}
}
