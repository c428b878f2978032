package fr.pilotectg.evaluation.web;

import fr.pilotectg.evaluation.domain.IndicatorData;
import fr.pilotectg.evaluation.domain.IndicatorUnit;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An indicator's value with its unit in the evaluation pages: {@code ${@evaluationFormat.withUnit(value, symbol)}} gives
 * "56,1 %", "1 320 actes"; {@code ${@evaluationFormat.of(value, data)}} also writes the sign of a signed indicator
 * ("−12 %", "+3 points") and a unit of the convention's own. Plain numbers use the shared
 * {@code ${@frenchNumbers.number(value)}}. An unknown value is "—".
 */
@Component("evaluationFormat")
public class EvaluationFormat {

    private static final char MINUS = '\u2212';

    private final MessageSource messages;

    EvaluationFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String withUnit(BigDecimal value, String unitSymbol) {
        if (value == null) return "—";
        if (unitSymbol == null || unitSymbol.isBlank()) return FrenchNumbers.format(value);
        return FrenchNumbers.format(value) + "\u00a0" + unitSymbol;
    }

    /** A value of the indicator {@code data}: its sign when signed, its unit's symbol. */
    public String of(BigDecimal value, IndicatorData data) {
        return of(value, data.unit().name(), data.customUnit(), data.signed());
    }

    /** A value of a row of a review ({@code unit} an {@link IndicatorUnit} name; the last two may be absent). */
    public String of(BigDecimal value, String unit, String customUnit, Boolean signed) {
        if (value == null) return "—";
        String number = FrenchNumbers.format(value.abs());
        boolean withSign = Boolean.TRUE.equals(signed);
        String sign = value.signum() < 0 ? String.valueOf(MINUS) : withSign && value.signum() > 0 ? "+" : "";
        String symbol = symbol(unit, customUnit);
        return sign + number + (symbol.isBlank() ? "" : "\u00a0" + symbol);
    }

    /** The unit's symbol ("%", "points", "places"), or the convention's own wording for {@code OTHER}. */
    public String symbol(String unit, String customUnit) {
        if (IndicatorUnit.OTHER.name().equals(unit)) return customUnit == null ? "" : customUnit;
        return messages.getMessage("evaluation.unit." + unit, null, "", Locale.FRANCE);
    }

    /** The baseline as the page says it (« 55 % (2021) », « 55 % (année non renseignée) »), or null when none. */
    public String baseline(IndicatorData data) {
        if (data.baselineValue() == null) return null;
        String value = of(data.baselineValue(), data);
        return data.baselineYear() == null
                ? value + " (" + messages.getMessage("evaluation.baseline.yearUnknown", null, Locale.FRANCE) + ")"
                : value + " (" + data.baselineYear() + ")";
    }

    /** The unit's name on the page ("Pourcentage (%)", or the convention's own wording). */
    public String unitName(IndicatorData data) {
        String name = data.unit() == IndicatorUnit.OTHER
                ? data.customUnit()
                : messages.getMessage(data.unit().messageKey().replace(".unit.", ".unitName."), null, Locale.FRANCE);
        return data.signed() && !data.unit().alwaysSigned()
                ? messages.getMessage("evaluation.unit.signedName", new Object[] {name}, Locale.FRANCE)
                : name;
    }
}
