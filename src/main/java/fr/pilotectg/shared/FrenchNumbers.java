package fr.pilotectg.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as French users type and read them: "24 882", "68,4", "1 250,50" (ordinary, non-breaking or narrow spaces
 * between thousands, a comma or a dot for decimals). One reading and one writing for every form, import and page.
 */
public final class FrenchNumbers {

    private FrenchNumbers() {}

    /** The number typed, or empty when the text is not one; a blank text is empty too (callers tell the two apart). */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            clean.append(c == ',' ? '.' : c);
        }
        try {
            return Optional.of(new BigDecimal(clean.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "1 250,5" with at most {@code maxDecimals} decimals and a non-breaking space between thousands; "—" for none. */
    public static String format(BigDecimal value, int maxDecimals) {
        if (value == null) return "—";
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }

    /** "1 250,5" with at most two decimals. */
    public static String format(BigDecimal value) {
        return format(value, 2);
    }

    /** The plain form a form field shows again: "0,5", "1250" (no grouping, so that it reads back the same). */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
