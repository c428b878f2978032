package fr.pilotectg.financing.domain;

/** Stable error codes of financing scenarios (French text: {@code error.<CODE>} in messages/financing.properties). */
public final class ScenarioErrors {

    public static final String NOT_FOUND = "FINANCING_SCENARIO_NOT_FOUND";
    public static final String NAME_REQUIRED = "FINANCING_SCENARIO_NAME_REQUIRED";
    public static final String NAME_TOO_LONG = "FINANCING_SCENARIO_NAME_TOO_LONG";
    public static final String NAME_DUPLICATE = "FINANCING_SCENARIO_NAME_DUPLICATE";
    public static final String CHANGES_REQUIRED = "FINANCING_SCENARIO_CHANGES_REQUIRED";
    public static final String KIND_REQUIRED = "FINANCING_SCENARIO_KIND_REQUIRED";
    public static final String STRUCTURE_UNKNOWN = "FINANCING_SCENARIO_STRUCTURE_UNKNOWN";
    public static final String TERRITORY_UNKNOWN = "FINANCING_SCENARIO_TERRITORY_UNKNOWN";
    public static final String YEAR_OUTSIDE_CONVENTION = "FINANCING_SCENARIO_YEAR_OUTSIDE_CONVENTION";
    public static final String PLACES_NEGATIVE = "FINANCING_SCENARIO_PLACES_NEGATIVE";
    public static final String PLACES_REQUIRED = "FINANCING_SCENARIO_PLACES_REQUIRED";
    public static final String MONTH_INVALID = "FINANCING_SCENARIO_MONTH_INVALID";
    public static final String TRANCHE_INVALID = "FINANCING_SCENARIO_TRANCHE_INVALID";
    public static final String PRORATION_INVALID = "FINANCING_SCENARIO_PRORATION_INVALID";
    public static final String STRUCTURE_NAME_REQUIRED = "FINANCING_SCENARIO_STRUCTURE_NAME_REQUIRED";
    public static final String ALREADY_DISCARDED = "FINANCING_SCENARIO_ALREADY_DISCARDED";
    public static final String SCHEMA_EMPTY = "FINANCING_SCENARIO_SCHEMA_EMPTY";

    public static final int NAME_MAX = 200;

    private ScenarioErrors() {}
}
