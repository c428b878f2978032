package fr.pilotectg.diagnostic.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The diagnostic's computations: a share of a population, a taux de couverture, both as percentages to one decimal. */
public final class Rates {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rates() {}

    /** {@code part / whole × 100}, rounded half up to one decimal; null when either is missing or the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** I04: personnes couvertes per 100 inhabitants (Armentières: 17 009 / 24 882 = 68,4 %). */
    public static BigDecimal coveredShare(BigDecimal personnesCouvertes, BigDecimal population) {
        return percent(personnesCouvertes, population);
    }

    /** I06: places for children under 3 per 100 children under 3. */
    public static BigDecimal childcareCoverage(BigDecimal places, BigDecimal childrenUnder3) {
        return percent(places, childrenUnder3);
    }

    /** How many points of coverage {@code places} more (or fewer) would add, to two decimals; null without children. */
    public static BigDecimal coverageEffect(BigDecimal places, BigDecimal childrenUnder3) {
        if (places == null || childrenUnder3 == null || childrenUnder3.signum() == 0) return null;
        return places.multiply(HUNDRED).divide(childrenUnder3, 2, RoundingMode.HALF_UP);
    }
}
