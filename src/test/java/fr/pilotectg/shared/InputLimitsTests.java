package fr.pilotectg.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputLimitsTests {

    @Test
    void texts_are_measured_after_trimming_and_in_characters_not_bytes() {
        assertThat(InputLimits.check()
                        .title("title", "  " + "é".repeat(300) + "  ")
                        .problems())
                .isEmpty();
        assertThat(InputLimits.check().title("title", "x".repeat(301)).problems())
                .containsExactly(FieldProblem.of("title", "TEXT_TOO_LONG", 300));
        assertThat(InputLimits.check().name("name", "x".repeat(201)).problems())
                .containsExactly(FieldProblem.of("name", "TEXT_TOO_LONG", 200));
        assertThat(InputLimits.check().longText("note", "🙂".repeat(20_000)).problems())
                .as("an emoji is one character")
                .isEmpty();
        assertThat(InputLimits.check().longText("note", "x".repeat(20_001)).problems())
                .hasSize(1);
        assertThat(InputLimits.check().title("title", null).problems()).isEmpty();
    }

    @Test
    void a_list_over_its_size_is_refused_once_and_its_items_are_not_read() {
        List<String> steps = Collections.nCopies(100_000, "x".repeat(1_000));
        assertThat(InputLimits.check().titles("steps", steps).problems())
                .containsExactly(FieldProblem.of("steps", "LIST_TOO_LONG", 200));
        assertThat(InputLimits.check()
                        .titles("steps", List.of("ok", "y".repeat(301)))
                        .problems())
                .containsExactly(FieldProblem.of("steps[1]", "TEXT_TOO_LONG", 300));
    }

    @Test
    void paragraphs_of_a_list_are_long_texts_and_a_territory_may_be_a_departement() {
        assertThat(InputLimits.check()
                        .longTexts("steps", List.of("x".repeat(700), "y".repeat(20_001)))
                        .problems())
                .containsExactly(FieldProblem.of("steps[1]", "TEXT_TOO_LONG", 20_000));
        assertThat(InputLimits.check()
                        .longTexts("steps", Collections.nCopies(201, "x"))
                        .problems())
                .containsExactly(FieldProblem.of("steps", "LIST_TOO_LONG", 200));
        assertThat(InputLimits.check()
                        .territory("communes", Collections.nCopies(890, "62001"))
                        .problems())
                .isEmpty();
        assertThat(InputLimits.check()
                        .territory("communes", Collections.nCopies(5_001, "62001"))
                        .problems())
                .containsExactly(FieldProblem.of("communes", "LIST_TOO_LONG", 5_000));
    }

    @Test
    void numbers_and_dates_stay_in_their_range() {
        assertThat(InputLimits.check()
                        .amount("budget", new BigDecimal("1e400"))
                        .amount("ok", new BigDecimal("1000000000000.00"))
                        .amount("cents", new BigDecimal("12.345"))
                        .amount("negative", new BigDecimal("-1"))
                        .places("places", 10_001)
                        .places("zero", 0)
                        .percent("share", 100.5)
                        .percent("nan", Double.NaN)
                        .date("old", LocalDate.of(1899, 12, 31))
                        .date("recent", LocalDate.of(2100, 12, 31))
                        .year("year", 9_999_999)
                        .number("etp", -1, 0, 1_000)
                        .problems()
                        .stream()
                        .map(p -> p.field() + ":" + p.code()))
                .containsExactly(
                        "budget:AMOUNT_OUT_OF_RANGE",
                        "cents:AMOUNT_TOO_PRECISE",
                        "negative:AMOUNT_OUT_OF_RANGE",
                        "places:PLACES_OUT_OF_RANGE",
                        "share:PERCENT_OUT_OF_RANGE",
                        "nan:PERCENT_OUT_OF_RANGE",
                        "old:DATE_OUT_OF_RANGE",
                        "year:YEAR_OUT_OF_RANGE",
                        "etp:NUMBER_OUT_OF_RANGE");
    }

    @Test
    void every_problem_is_refused_together() {
        assertThatThrownBy(() -> InputLimits.check()
                        .title("title", "x".repeat(301))
                        .amount("budget", new BigDecimal("-5"))
                        .throwIfAny())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.fields()).extracting(FieldProblem::field).containsExactly("title", "budget");
                });
    }

    @Test
    void euros_keep_the_cent_and_refuse_fractions_of_it() {
        assertThat(Euros.of("12.5").amount()).isEqualByComparingTo("12.50");
        assertThat(Euros.of("12.5").amount().scale()).isEqualTo(2);
        assertThat(Euros.of("0.10").plus(Euros.of("0.20"))).isEqualTo(Euros.of("0.30"));
        assertThatThrownBy(() -> Euros.of("0.001"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("AMOUNT_TOO_PRECISE"));
    }
}
