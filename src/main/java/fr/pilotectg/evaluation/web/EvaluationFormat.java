package fr.pilotectg.evaluation.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Numbers the French way in the evaluation pages: {@code ${@evaluationFormat.number(value)}} gives "1 250,5". */
@Component("evaluationFormat")
public class EvaluationFormat {

    public String number(BigDecimal value) {
        if (value == null) return "—";
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(0);
        return format.format(value).replace('\u202f', '\u00a0');
    }

    /** The value with its unit symbol: "56,1 %", "1 320 actes". */
    public String withUnit(BigDecimal value, String unitSymbol) {
        if (value == null) return "—";
        if (unitSymbol == null || unitSymbol.isBlank()) return number(value);
        return number(value) + "\u00a0" + unitSymbol;
    }
}
