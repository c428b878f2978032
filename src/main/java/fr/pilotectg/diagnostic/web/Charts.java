package fr.pilotectg.diagnostic.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * Horizontal bar charts drawn on the server as inline SVG (no script, no CDN): each bar's geometry is computed here,
 * the template only places it. Every chart is followed on the page by a table of the same data.
 */
public final class Charts {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 340;
    static final int ROW_HEIGHT = 26;
    static final int BAR_SPACE = WIDTH - LABEL_WIDTH - 90;

    private Charts() {}

    /** A bar: its label, its value as printed, its y position and its width in the SVG's units. */
    public record Bar(String label, String text, int y, int width, String colour) {}

    /** A chart: its bars and height; empty when no value is above zero. */
    public record Chart(List<Bar> bars, int height) {

        public boolean empty() {
            return bars.isEmpty();
        }

        public String viewBox() {
            return "0 0 " + WIDTH + " " + height;
        }

        public int labelWidth() {
            return LABEL_WIDTH;
        }
    }

    public record Item(String label, BigDecimal value, String text, String colour) {}

    static Chart bars(List<Item> items) {
        BigDecimal max =
                items.stream().map(Item::value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::max);
        if (max.signum() <= 0) return new Chart(List.of(), 0);
        List<Bar> bars = new java.util.ArrayList<>();
        int y = 0;
        for (Item item : items) {
            if (item.value() == null) continue;
            int width = item.value()
                    .multiply(BigDecimal.valueOf(BAR_SPACE))
                    .divide(max, 0, java.math.RoundingMode.HALF_UP)
                    .intValue();
            bars.add(new Bar(item.label(), item.text(), y, Math.max(width, 1), item.colour()));
            y += ROW_HEIGHT;
        }
        return new Chart(bars, y + 4);
    }
}
