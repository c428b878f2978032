package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.ParameterCode;
import fr.pilotectg.shared.Euros;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The financing in French, one way for the pages and the API: amounts « 16 800,00 € » (« non renseigné » when
 * unknown), the formula of a line in words with its inputs, the proration, what is missing, parameter labels and values.
 */
@Component
public class FinancingText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    FinancingText(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.FRANCE);
    }

    public String amount(Euros amount) {
        return amount == null ? text("financing.unknown") : amount.french();
    }

    /** A day as the pages print it: « 01/01/2024 ». */
    public String day(LocalDate day) {
        return day == null ? text("financing.unknown") : DAY.format(day);
    }

    public String kind(FundingKind kind) {
        return text("financing.kind." + kind.name());
    }

    public String parameter(ParameterCode code) {
        return text(code.messageKey());
    }

    /** A parameter's value as people read it: « 3 600 € par place et par an », « 25 % », a mode's label. */
    public String value(ParameterVersion v) {
        if (v.value() == null) return text("financing.unknown");
        return switch (v.code().unit()) {
            case RATE -> FrenchNumbers.format(v.number().multiply(BigDecimal.valueOf(100)), 2) + " %";
            case MODE -> text("financing.mode." + v.value());
            case COUNT -> v.value();
            default ->
                FrenchNumbers.format(v.number(), 2) + " "
                        + text("financing.unit." + v.code().unit().name());
        };
    }

    /** The sentence that explains a line: its formula with its inputs, the proration, what is missing. */
    public String explanation(FundingLine line) {
        FundingLine.Explanation e = line.explanation();
        List<String> parts = new ArrayList<>();
        Object[] args = e.args().stream().map(FinancingText::arg).toArray();
        parts.add(text("financing.formula." + e.formula(), args));
        if (e.months() != null) parts.add(text("financing.months", e.months()));
        if (!e.missing().isEmpty()) {
            parts.add(text(
                    "financing.missing",
                    String.join(", ", e.missing().stream().map(this::missing).toList())));
        }
        return String.join(" ", parts);
    }

    private String missing(String name) {
        if (name.startsWith("param:")) {
            return text("financing.input.param", parameter(ParameterCode.valueOf(name.substring("param:".length()))));
        }
        return text("financing.input." + name);
    }

    private static Object arg(Object o) {
        if (o instanceof Euros e) return e.french();
        if (o instanceof BigDecimal b) return FrenchNumbers.format(b, 4);
        if (o instanceof LocalDate d) return DAY.format(d);
        if (o instanceof Integer i)
            return i > 1900 && i < 2100 ? String.valueOf(i) : FrenchNumbers.format(BigDecimal.valueOf(i), 0);
        return String.valueOf(o);
    }
}
