package fr.pilotectg.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount of money in euros, to the cent: the one money type of Pilote CTG. A value with fractions of a cent is
 * refused, never rounded silently. What a user types (a budget, a funder's share, a prestation, a bonus) is between 0
 * and 10<sup>12</sup> € ({@link #problem}: a thousand billion, far above any CTG, so that every total stays exact and
 * every column printable); totals and differences computed from such amounts may go beyond it.
 */
public record Euros(
        @com.fasterxml.jackson.annotation.JsonValue BigDecimal amount) implements Comparable<Euros> {

    public static final BigDecimal MAX = new BigDecimal("1000000000000");
    /** The maximum as the messages print it. */
    public static final String MAX_TEXT = "1 000 000 000 000";

    public static final String AMOUNT_OUT_OF_RANGE = "AMOUNT_OUT_OF_RANGE";
    public static final String AMOUNT_TOO_PRECISE = "AMOUNT_TOO_PRECISE";

    public static final Euros ZERO = new Euros(BigDecimal.ZERO);

    public Euros {
        if (amount == null) throw new IllegalArgumentException("amount is required");
        // Fast path first: most amounts already have two decimals (stripping zeros allocates, and totals build many).
        if (amount.scale() != 2) {
            if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2)
                throw DomainException.invalid(AMOUNT_TOO_PRECISE);
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    /** An amount as JSON carries it: a plain number ({@code 16800.5}). */
    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    public static Euros of(BigDecimal amount) {
        return new Euros(amount);
    }

    public static Euros of(String amount) {
        return new Euros(new BigDecimal(amount));
    }

    /** Why a typed amount is refused, if it is: its stable code. */
    public static Optional<String> problem(BigDecimal amount) {
        if (amount.signum() < 0 || amount.compareTo(MAX) > 0) return Optional.of(AMOUNT_OUT_OF_RANGE);
        if (amount.stripTrailingZeros().scale() > 2) return Optional.of(AMOUNT_TOO_PRECISE);
        return Optional.empty();
    }

    /**
     * The one rounding rule of computed money (financing lines, shares, prorations): the exact product is rounded once,
     * to the cent, half up (0,005 → 0,01), as the Caf's statements print amounts ("1 428 395,63 €"). Totals add amounts
     * already rounded, so that a total is always the sum of the lines shown.
     */
    public static Euros rounded(BigDecimal exact) {
        return new Euros(exact.setScale(2, RoundingMode.HALF_UP));
    }

    /** "16 800,00 €": the French form of an amount, with a non-breaking space between thousands and before the sign. */
    public String french() {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        return new java.text.DecimalFormat("#,##0.00", symbols).format(amount) + "\u00a0€";
    }

    public Euros plus(Euros other) {
        return new Euros(amount.add(other.amount));
    }

    public Euros minus(Euros other) {
        return new Euros(amount.subtract(other.amount));
    }

    @Override
    public int compareTo(Euros other) {
        return amount.compareTo(other.amount);
    }
}
