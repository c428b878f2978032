package fr.pilotectg.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTests {

    @Test
    void readsAYearAMonthOrADayAsTheTextGivesIt() {
        assertThat(PartialDate.parse("2023").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.parse("2023-06").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("06/2023")).isEqualTo(PartialDate.ofMonth(2023, 6));
        assertThat(PartialDate.parse("18/01/2023")).isEqualTo(PartialDate.of(LocalDate.of(2023, 1, 18)));
        assertThat(PartialDate.parse("2023-01-18").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.parse("  ")).isNull();
    }

    @Test
    void neverInventsADayButGivesTheCalendarBounds() {
        PartialDate year = PartialDate.parse("2024");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PartialDate.parse("02/2024").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(year.toString()).isEqualTo("2024");
        assertThat(PartialDate.parse("2024-02").french()).isEqualTo("02/2024");
        assertThat(PartialDate.parse("2024-02-09").french()).isEqualTo("09/02/2024");
    }

    @Test
    void refusesImpossibleDatesWithAStableCode() {
        for (String impossible : new String[] {"2023-13", "31/02/2023", "23", "juin 2023", "0999"}) {
            assertThatThrownBy(() -> PartialDate.parse(impossible))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo(PartialDate.INVALID));
        }
    }
}
