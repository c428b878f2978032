package fr.pilotectg.financing.domain;

import static fr.pilotectg.financing.ParameterCode.*;

import fr.pilotectg.financing.ParameterCode;

/**
 * The parameters each kind of funding line reads, as named sets: a year's {@link YearParameters} resolves each set once
 * (the versions in force, the values not known) and every line of that year shares the result.
 */
enum ParameterReads {
    PSO_RPE(PSO_RPE_RATE, PSO_RPE_PRICE_PER_ETP),
    BT_EXISTING(BT_SMOOTHING_SCOPE, BT_PRORATION_EXISTING_PLACES),
    RATTRAPAGE(BT_RATTRAPAGE_MIN, BT_RATTRAPAGE_MAX, BT_RATTRAPAGE_MODE),
    BT_NEW_UNKNOWN_TRANCHE(BT_PRORATION_NEW_PLACES),
    BT_NEW_TRANCHE_1(BT_NEW_PLACE_TRANCHE_1, BT_PRORATION_NEW_PLACES),
    BT_NEW_TRANCHE_2(BT_NEW_PLACE_TRANCHE_2, BT_PRORATION_NEW_PLACES),
    BT_NEW_TRANCHE_3(BT_NEW_PLACE_TRANCHE_3, BT_PRORATION_NEW_PLACES),
    MIXITE(
            BONUS_MIXITE_FEE_1,
            BONUS_MIXITE_FEE_2,
            BONUS_MIXITE_FEE_3,
            BONUS_MIXITE_AMOUNT_1,
            BONUS_MIXITE_AMOUNT_2,
            BONUS_MIXITE_AMOUNT_3),
    HANDICAP(
            BONUS_HANDICAP_RATE_1,
            BONUS_HANDICAP_RATE_2,
            BONUS_HANDICAP_RATE_3,
            BONUS_HANDICAP_BAND_1,
            BONUS_HANDICAP_BAND_2,
            BONUS_HANDICAP_CAP),
    TRAJECTOIRE(
            BONUS_TRAJECTOIRE_GROWTH_1,
            BONUS_TRAJECTOIRE_GROWTH_2,
            BONUS_TRAJECTOIRE_GROWTH_3,
            BONUS_TRAJECTOIRE_AMOUNT_1,
            BONUS_TRAJECTOIRE_AMOUNT_2,
            BONUS_TRAJECTOIRE_AMOUNT_3),
    ALSH_FLOOR(BT_ALSH_FLOOR_PER_HOUR),
    ALSH_DEVELOPMENT(BT_ALSH_NEW_HOURS_CAP, BT_ALSH_NEW_HOUR_AMOUNT),
    INCLUSIF(COMPLEMENT_INCLUSIF_PER_HOUR, COMPLEMENT_INCLUSIF_CAP),
    RPE_MISSION(BONUS_RPE_MISSION, BONUS_RPE_MAX_MISSIONS);

    private final ParameterCode[] codes;

    ParameterReads(ParameterCode... codes) {
        this.codes = codes;
    }

    ParameterCode[] codes() {
        return codes.clone();
    }

    static ParameterReads newPlaces(int tranche) {
        return switch (tranche) {
            case 1 -> BT_NEW_TRANCHE_1;
            case 2 -> BT_NEW_TRANCHE_2;
            case 3 -> BT_NEW_TRANCHE_3;
            default -> BT_NEW_UNKNOWN_TRANCHE;
        };
    }
}
