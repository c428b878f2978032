package fr.pilotectg.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The one money type: exact to the cent, one rounding rule for computed amounts, one French form, a plain JSON number. */
class EurosTests {

    @Test
    void aComputedAmountIsRoundedOnceHalfUpToTheCent() {
        assertThat(Euros.rounded(new BigDecimal("16800.004"))).isEqualTo(Euros.of("16800"));
        assertThat(Euros.rounded(new BigDecimal("57.405"))).isEqualTo(Euros.of("57.41"));
        assertThat(Euros.rounded(new BigDecimal("-0.005"))).isEqualTo(Euros.of("-0.01"));
    }

    @Test
    void aTypedAmountWithFractionsOfACentIsRefusedNotRounded() {
        assertThatThrownBy(() -> Euros.of("1.005")).isInstanceOf(DomainException.class);
        assertThat(Euros.of("1.500")).isEqualTo(Euros.of("1.5"));
    }

    @Test
    void frenchFormWithNonBreakingSpaces() {
        assertThat(Euros.of("16800").french()).isEqualTo("16\u00a0800,00\u00a0€");
        assertThat(Euros.of("82000000").french()).isEqualTo("82\u00a0000\u00a0000,00\u00a0€");
        assertThat(Euros.of("0.5").french()).isEqualTo("0,50\u00a0€");
    }

    @Test
    void jsonCarriesAPlainNumber() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(Euros.of("618000"))).isEqualTo("618000.00");
        assertThat(json.readValue("1428395.63", Euros.class)).isEqualTo(Euros.of("1428395.63"));
    }
}
