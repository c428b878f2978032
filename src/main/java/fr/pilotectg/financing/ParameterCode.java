package fr.pilotectg.financing;

/**
 * Every amount, rate, threshold and mode the financing rules read, as data (domain-spec §6 P1–P10, P14 and the
 * addendum's list). Each has a value per effective period, its source and a « hypothèse » flag in the table
 * {@code financing.parameter}; its French label is {@code financing.parameter.<CODE>} and its unit
 * {@code financing.unit.<UNIT>}.
 *
 * @param ref the number of the open question it answers in domain-spec §6 (« P1 ») or « A » for the addendum's list
 */
public enum ParameterCode {
    /** P1: new EAJE place, tranche 1 (QPV or ZRR) — the maximum. */
    BT_NEW_PLACE_TRANCHE_1(Unit.EUROS_PER_PLACE, "P1"),
    /** P1: new EAJE place, intermediate tranche (not published: our value). */
    BT_NEW_PLACE_TRANCHE_2(Unit.EUROS_PER_PLACE, "P1"),
    /** P1: new EAJE place, lowest tranche (richest territories). */
    BT_NEW_PLACE_TRANCHE_3(Unit.EUROS_PER_PLACE, "P1"),
    /** P2: proration of new places opened during the year (NONE, MONTHS). */
    BT_PRORATION_NEW_PLACES(Unit.MODE, "P2"),
    /** P2: proration of existing places (NONE, MONTHS). */
    BT_PRORATION_EXISTING_PLACES(Unit.MODE, "P2"),
    /** P3: places counted when the capacity changes in the year (MAX_IN_YEAR). */
    BT_PLACE_COUNT_RULE(Unit.MODE, "P3"),
    /** P4 (addendum): rattrapage uplift, lowest bound. */
    BT_RATTRAPAGE_MIN(Unit.EUROS_PER_PLACE, "P4"),
    /** P4 (addendum): rattrapage uplift, highest bound. */
    BT_RATTRAPAGE_MAX(Unit.EUROS_PER_PLACE, "P4"),
    /** P4 (addendum): the uplift is added to the smoothed amount (ADD_UPLIFT) or is a floor (MAX_WITH_FLOOR). */
    BT_RATTRAPAGE_MODE(Unit.MODE, "P4"),
    /** P4 (addendum): yearly revaluation of the existing-place amount 2025–2027. */
    BT_REVALUATION_RATE(Unit.RATE, "P4"),
    /** P5: scope over which the CEJ reference is smoothed (TERRITORY, FACILITY). */
    BT_SMOOTHING_SCOPE(Unit.MODE, "P5"),
    /** P6: BT ALSH floor per existing hour. */
    BT_ALSH_FLOOR_PER_HOUR(Unit.EUROS_PER_HOUR, "P6"),
    /** P6: new ALSH hours eligible to the BT, as a share of existing contracted hours. */
    BT_ALSH_NEW_HOURS_CAP(Unit.RATE, "P6"),
    /** P6: BT ALSH per new hour (not published). */
    BT_ALSH_NEW_HOUR_AMOUNT(Unit.EUROS_PER_HOUR, "P6"),
    /** P7 (addendum): PSO RPE rate of the operating expenses. */
    PSO_RPE_RATE(Unit.RATE, "P7"),
    /** P7 (addendum): Cnaf price per ETP of the PSO RPE (not published). */
    PSO_RPE_PRICE_PER_ETP(Unit.EUROS_PER_ETP, "P7"),
    /** P7 (addendum): bonus RPE per mission. */
    BONUS_RPE_MISSION(Unit.EUROS, "P7"),
    /** P7 (addendum): missions an RPE may be paid for. */
    BONUS_RPE_MAX_MISSIONS(Unit.COUNT, "P7"),
    /** P8: rate of the handicap bonus below the first band. */
    BONUS_HANDICAP_RATE_1(Unit.RATE, "P8"),
    /** P8: rate between the two bands. */
    BONUS_HANDICAP_RATE_2(Unit.RATE, "P8"),
    /** P8: rate above the second band. */
    BONUS_HANDICAP_RATE_3(Unit.RATE, "P8"),
    /** P8: first band (share of children with a disability). */
    BONUS_HANDICAP_BAND_1(Unit.RATE, "P8"),
    /** P8: second band. */
    BONUS_HANDICAP_BAND_2(Unit.RATE, "P8"),
    /** P8: cap per place and year. */
    BONUS_HANDICAP_CAP(Unit.EUROS_PER_PLACE, "P8"),
    /** P9: average family fee per hour, upper bound of the first band (inclusive). */
    BONUS_MIXITE_FEE_1(Unit.EUROS_PER_HOUR, "P9"),
    /** P9: upper bound of the second band (inclusive). */
    BONUS_MIXITE_FEE_2(Unit.EUROS_PER_HOUR, "P9"),
    /** P9: upper bound of the third band (inclusive); above, nothing. */
    BONUS_MIXITE_FEE_3(Unit.EUROS_PER_HOUR, "P9"),
    /** P9: bonus per place in the first band. */
    BONUS_MIXITE_AMOUNT_1(Unit.EUROS_PER_PLACE, "P9"),
    /** P9: bonus per place in the second band. */
    BONUS_MIXITE_AMOUNT_2(Unit.EUROS_PER_PLACE, "P9"),
    /** P9: bonus per place in the third band. */
    BONUS_MIXITE_AMOUNT_3(Unit.EUROS_PER_PLACE, "P9"),
    /** P10: the period of a stated BT envelope when the text does not say it (UNKNOWN). */
    BT_ENVELOPE_PERIOD(Unit.MODE, "P10"),
    /** P14: Caf share of a chargé de coopération's cost (not published). */
    PILOTAGE_CAF_RATE(Unit.RATE, "P14"),
    /** P14 (addendum): ceiling per ETP (not published). */
    PILOTAGE_CEILING_PER_ETP(Unit.EUROS_PER_ETP, "P14"),
    /** Complément inclusif ALSH per child-hour. */
    COMPLEMENT_INCLUSIF_PER_HOUR(Unit.EUROS_PER_HOUR, "A"),
    /** Complément inclusif ALSH cap per place and year. */
    COMPLEMENT_INCLUSIF_CAP(Unit.EUROS_PER_PLACE, "A"),
    /** Bonus trajectoire: growth of co-financed places 2023→2027, first step. */
    BONUS_TRAJECTOIRE_GROWTH_1(Unit.RATE, "A"),
    /** Bonus trajectoire: second step. */
    BONUS_TRAJECTOIRE_GROWTH_2(Unit.RATE, "A"),
    /** Bonus trajectoire: third step. */
    BONUS_TRAJECTOIRE_GROWTH_3(Unit.RATE, "A"),
    /** Bonus trajectoire per place at the first step. */
    BONUS_TRAJECTOIRE_AMOUNT_1(Unit.EUROS_PER_PLACE, "A"),
    /** Bonus trajectoire per place at the second step. */
    BONUS_TRAJECTOIRE_AMOUNT_2(Unit.EUROS_PER_PLACE, "A"),
    /** Bonus trajectoire per place at the third step. */
    BONUS_TRAJECTOIRE_AMOUNT_3(Unit.EUROS_PER_PLACE, "A");

    /** What a value is: money, a rate (0,25 = 25 %), a count, or a mode among named choices. */
    public enum Unit {
        EUROS,
        EUROS_PER_PLACE,
        EUROS_PER_HOUR,
        EUROS_PER_ETP,
        RATE,
        COUNT,
        MODE;

        public boolean numeric() {
            return this != MODE;
        }
    }

    private final Unit unit;
    private final String ref;

    ParameterCode(Unit unit, String ref) {
        this.unit = unit;
        this.ref = ref;
    }

    public Unit unit() {
        return unit;
    }

    public String ref() {
        return ref;
    }

    /** The names a MODE parameter accepts (label {@code financing.mode.<NAME>}); empty for a numeric one. */
    public java.util.List<String> modes() {
        return switch (this) {
            case BT_PRORATION_NEW_PLACES, BT_PRORATION_EXISTING_PLACES -> java.util.List.of("NONE", "MONTHS");
            case BT_PLACE_COUNT_RULE -> java.util.List.of("MAX_IN_YEAR");
            case BT_RATTRAPAGE_MODE -> java.util.List.of("ADD_UPLIFT", "MAX_WITH_FLOOR");
            case BT_SMOOTHING_SCOPE -> java.util.List.of("TERRITORY", "FACILITY");
            case BT_ENVELOPE_PERIOD -> java.util.List.of("ANNUAL", "CONTRACT", "UNKNOWN");
            default -> java.util.List.of();
        };
    }

    public String messageKey() {
        return "financing.parameter." + name();
    }
}
