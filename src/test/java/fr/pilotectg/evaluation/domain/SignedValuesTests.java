package fr.pilotectg.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12: signed values typed as people type them (« −12 % », « +3 points »), and what stays impossible. */
class SignedValuesTests {

    @Test
    void aSignedPercentTakesANegativeValueTypedWithTheMinusSign() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Numbers.read("value", "−12 %", IndicatorUnit.PERCENT, true, null, problems))
                .isEqualByComparingTo("-12");
        assertThat(Numbers.read("value", "– 4,5", IndicatorUnit.PERCENT, true, null, problems))
                .isEqualByComparingTo("-4.5");
        assertThat(Numbers.read("value", "+3 points", IndicatorUnit.POINTS, false, null, problems))
                .as("points are always signed")
                .isEqualByComparingTo("3");
        assertThat(Numbers.read("value", "-2 familles", IndicatorUnit.OTHER, false, null, problems))
                .isEqualByComparingTo("-2");
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnsignedPercentOrCountStillRefusesANegativeValue() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Numbers.read("value", "−12 %", IndicatorUnit.PERCENT, false, null, problems))
                .isNull();
        assertThat(Numbers.read("value", "-3", IndicatorUnit.PLACES, false, null, problems))
                .isNull();
        assertThat(Numbers.read("value", "+3 %", IndicatorUnit.POINTS, false, null, problems))
                .as("a percentage is not points")
                .isNull();
        assertThat(problems)
                .extracting(FieldProblem::code)
                .containsExactly(
                        EvaluationErrors.PERCENT_OUT_OF_RANGE,
                        EvaluationErrors.NEGATIVE,
                        EvaluationErrors.UNIT_MISMATCH);
    }

    @Test
    void pointsAreSignedAndAUnitOfItsOwnKeepsItsWording() {
        var points = new IndicatorData(
                "Écart", "", IndicatorUnit.POINTS, Direction.HIGHER_IS_BETTER, "", null, null, null, null, "x", false);
        assertThat(points.signed()).isTrue();
        assertThat(points.customUnit()).as("only an OTHER unit keeps a wording").isEmpty();
        var own = new IndicatorData(
                "Familles",
                "",
                IndicatorUnit.OTHER,
                Direction.HIGHER_IS_BETTER,
                "",
                null,
                null,
                null,
                null,
                " familles ",
                false);
        assertThat(own.customUnit()).isEqualTo("familles");
        assertThat(own.signed()).isFalse();
    }
}
