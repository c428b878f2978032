package fr.pilotectg.platform.web;

import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * Numbers for people in templates, the French way: {@code ${@frenchNumbers.number(value)}} → "24 882",
 * {@code ${@frenchNumbers.percent(value)}} → "68,4 %". Every module's pages use this one bean (see {@link FrenchNumbers}).
 */
@Component("frenchNumbers")
public class FrenchNumberFormat {

    public String number(BigDecimal value) {
        return FrenchNumbers.format(value);
    }

    public String number(BigDecimal value, int maxDecimals) {
        return FrenchNumbers.format(value, maxDecimals);
    }

    public String integer(Number value) {
        return value == null ? "—" : FrenchNumbers.format(new BigDecimal(value.toString()), 0);
    }

    /** One decimal and the percent sign after a non-breaking space: "68,4 %". */
    public String percent(BigDecimal value) {
        return value == null ? "—" : FrenchNumbers.format(value.setScale(1, RoundingMode.HALF_UP), 1) + "\u00a0%";
    }
}
