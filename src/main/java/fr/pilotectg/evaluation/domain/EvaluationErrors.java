package fr.pilotectg.evaluation.domain;

import java.util.List;

/**
 * The stable error codes of the evaluation module, prefixed so that they collide with no other module's. Each one has
 * an {@code error.<CODE>} message in {@code messages/evaluation.properties}; API clients rely on them.
 */
public final class EvaluationErrors {

    public static final String CONVENTION_NOT_FOUND = "EVALUATION_CONVENTION_NOT_FOUND";
    public static final String INDICATOR_NOT_FOUND = "EVALUATION_INDICATOR_NOT_FOUND";
    public static final String STANDARD_UNKNOWN = "EVALUATION_STANDARD_UNKNOWN";
    public static final String NAME_REQUIRED = "EVALUATION_NAME_REQUIRED";
    public static final String UNIT_REQUIRED = "EVALUATION_UNIT_REQUIRED";
    public static final String DIRECTION_REQUIRED = "EVALUATION_DIRECTION_REQUIRED";
    public static final String NOT_NUMERIC = "EVALUATION_NOT_NUMERIC";
    public static final String UNIT_MISMATCH = "EVALUATION_UNIT_MISMATCH";
    public static final String PERCENT_OUT_OF_RANGE = "EVALUATION_PERCENT_OUT_OF_RANGE";
    public static final String NEGATIVE = "EVALUATION_NEGATIVE";
    public static final String CUSTOM_UNIT_REQUIRED = "EVALUATION_CUSTOM_UNIT_REQUIRED";
    public static final String YEAR_REQUIRED = "EVALUATION_YEAR_REQUIRED";
    public static final String YEAR_OUTSIDE_CONVENTION = "EVALUATION_YEAR_OUTSIDE_CONVENTION";
    public static final String BASELINE_YEAR_INVALID = "EVALUATION_BASELINE_YEAR_INVALID";
    public static final String VALUE_REQUIRED = "EVALUATION_VALUE_REQUIRED";
    public static final String COMPUTED_READ_ONLY = "EVALUATION_COMPUTED_READ_ONLY";
    public static final String FICHE_OTHER_CONVENTION = "EVALUATION_FICHE_OTHER_CONVENTION";
    public static final String FICHE_ALREADY_LINKED = "EVALUATION_FICHE_ALREADY_LINKED";
    public static final String FICHE_NOT_LINKED = "EVALUATION_FICHE_NOT_LINKED";
    public static final String REVIEW_YEAR_OUTSIDE = "EVALUATION_REVIEW_YEAR_OUTSIDE";
    public static final String REVIEW_FROZEN = "EVALUATION_REVIEW_FROZEN";
    public static final String OBJECTIVES_REQUIRED = "EVALUATION_OBJECTIVES_REQUIRED";
    public static final String ALREADY_RENEWED = "EVALUATION_ALREADY_RENEWED";

    public static final List<String> ALL = List.of(
            CONVENTION_NOT_FOUND,
            INDICATOR_NOT_FOUND,
            STANDARD_UNKNOWN,
            NAME_REQUIRED,
            UNIT_REQUIRED,
            DIRECTION_REQUIRED,
            NOT_NUMERIC,
            UNIT_MISMATCH,
            PERCENT_OUT_OF_RANGE,
            NEGATIVE,
            CUSTOM_UNIT_REQUIRED,
            YEAR_REQUIRED,
            YEAR_OUTSIDE_CONVENTION,
            BASELINE_YEAR_INVALID,
            VALUE_REQUIRED,
            COMPUTED_READ_ONLY,
            FICHE_OTHER_CONVENTION,
            FICHE_ALREADY_LINKED,
            FICHE_NOT_LINKED,
            REVIEW_YEAR_OUTSIDE,
            REVIEW_FROZEN,
            OBJECTIVES_REQUIRED,
            ALREADY_RENEWED);

    private EvaluationErrors() {}
}
