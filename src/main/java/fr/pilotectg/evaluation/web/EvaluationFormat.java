package fr.pilotectg.evaluation.web;

import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * An indicator's value with its unit in the evaluation pages: {@code ${@evaluationFormat.withUnit(value, symbol)}} gives
 * "56,1 %", "1 320 actes". Plain numbers use the shared {@code ${@frenchNumbers.number(value)}}.
 */
@Component("evaluationFormat")
public class EvaluationFormat {

    public String withUnit(BigDecimal value, String unitSymbol) {
        if (value == null) return "—";
        if (unitSymbol == null || unitSymbol.isBlank()) return FrenchNumbers.format(value);
        return FrenchNumbers.format(value) + "\u00a0" + unitSymbol;
    }
}
