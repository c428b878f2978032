package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.FigureKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** French numbers for the diagnostic pages: "24 882", "68,4 %", "20 520 €", "+0,25 point". */
@Component("diagnosticFormat")
public class DiagnosticFormat {

    static String number(BigDecimal value) {
        if (value == null) return "—";
        return format("#,##0.##", value);
    }

    static String percent(BigDecimal value) {
        if (value == null) return "—";
        return format("#,##0.0", value.setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    public String num(BigDecimal value) {
        return number(value);
    }

    public String pct(BigDecimal value) {
        return percent(value);
    }

    public String value(FigureKind kind, BigDecimal value) {
        if (value == null) return "—";
        if (kind.isPercentage()) return percent(value);
        if (kind == FigureKind.MEDIAN_INCOME) return number(value) + " €";
        return number(value);
    }

    public String points(BigDecimal value) {
        if (value == null) return "—";
        return (value.signum() > 0 ? "+" : "") + format("#,##0.00", value);
    }

    public String integer(Integer value) {
        return value == null ? "—" : number(BigDecimal.valueOf(value));
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        return format.format(value);
    }
}
