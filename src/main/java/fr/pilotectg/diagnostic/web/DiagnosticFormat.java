package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.FigureKind;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * What the diagnostic pages add to {@code @frenchNumbers}: a figure written with its kind's unit ("68,4 %", "20 520 €")
 * and a change of coverage rate in points ("+0,25").
 */
@Component("diagnosticFormat")
public class DiagnosticFormat {

    /** "68,4 %", as {@code @frenchNumbers.percent} writes it, for the charts built in Java. */
    static String percent(BigDecimal value) {
        return value == null ? "—" : FrenchNumbers.format(value.setScale(1, RoundingMode.HALF_UP), 1) + "\u00a0%";
    }

    public String value(FigureKind kind, BigDecimal value) {
        if (value == null) return "—";
        if (kind.isPercentage()) return percent(value);
        if (kind == FigureKind.MEDIAN_INCOME) return FrenchNumbers.format(value) + "\u00a0€";
        return FrenchNumbers.format(value);
    }

    public String points(BigDecimal value) {
        if (value == null) return "—";
        return (value.signum() > 0 ? "+" : "") + FrenchNumbers.format(value.setScale(2, RoundingMode.HALF_UP), 2);
    }
}
