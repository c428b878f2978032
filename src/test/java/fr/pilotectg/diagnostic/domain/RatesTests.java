package fr.pilotectg.diagnostic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatesTests {

    @Test
    void armentieresCafShareIs68Point4() {
        assertThat(Rates.coveredShare(BigDecimal.valueOf(17_009), BigDecimal.valueOf(24_882)))
                .isEqualByComparingTo("68.4");
    }

    @Test
    void coverageRateIsPlacesPerHundredChildrenRoundedToOneDecimal() {
        assertThat(Rates.childcareCoverage(BigDecimal.valueOf(563), BigDecimal.valueOf(1_000)))
                .isEqualByComparingTo("56.3");
        assertThat(Rates.childcareCoverage(BigDecimal.valueOf(2), BigDecimal.valueOf(3)))
                .isEqualByComparingTo("66.7");
    }

    @Test
    void noRateWithoutADenominator() {
        assertThat(Rates.childcareCoverage(BigDecimal.TEN, null)).isNull();
        assertThat(Rates.childcareCoverage(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
        assertThat(Rates.coveredShare(null, BigDecimal.TEN)).isNull();
    }

    @Test
    void twentyPlacesForTenThousandChildrenAddAFifthOfAPoint() {
        assertThat(Rates.coverageEffect(BigDecimal.valueOf(20), BigDecimal.valueOf(10_000)))
                .isEqualByComparingTo("0.20");
        assertThat(Rates.coverageEffect(BigDecimal.valueOf(20), null)).isNull();
    }
}
