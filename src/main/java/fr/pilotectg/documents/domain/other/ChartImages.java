package fr.pilotectg.documents.domain.other;

import fr.pilotectg.documents.domain.PdfRendering;
import fr.pilotectg.shared.FrenchNumbers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The COPIL file's charts drawn server-side as PNG with Java2D (the PDF has no SVG support on its classpath), in the
 * evaluation pages' colours and the PDF's DejaVu font: fiches by status (bars) and values against targets per year
 * (lines). Each chart is printed next to the table of the same figures.
 */
@Component
public class ChartImages {

    static final Color VALUE = new Color(0x1f4e79);
    static final Color TARGET = new Color(0x8a4b00);
    static final Color TEXT = new Color(0x212529);
    private static final int SCALE = 2;
    private static final int WIDTH = 560;

    /** A value and a target of one year, either unknown. */
    public record Point(int year, BigDecimal target, BigDecimal value) {}

    private final Font font;

    ChartImages(PdfRendering pdf) {
        this.font = load(pdf.fontDirectory());
    }

    private static Font load(String directory) {
        File file = new File(directory, "DejaVuSans.ttf");
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file).deriveFont(12f);
        } catch (FontFormatException | IOException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }

    /** One horizontal bar per label with its count. */
    public byte[] bars(Map<String, Long> counts) {
        long max = Math.max(
                1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int rowH = 26;
        int height = 16 + counts.size() * rowH + 8;
        int labelW = 190;
        double plotW = WIDTH - labelW - 60;
        return draw(height, g -> {
            int i = 0;
            for (var e : counts.entrySet()) {
                double y = 16 + i * rowH;
                double w = e.getValue() * plotW / max;
                g.setColor(TEXT);
                text(g, e.getKey(), labelW - 8, y + 14, Align.END);
                g.setColor(VALUE);
                g.fill(new java.awt.geom.Rectangle2D.Double(labelW, y, w, 18));
                g.setColor(TEXT);
                text(g, String.valueOf(e.getValue()), labelW + w + 6, y + 14, Align.START);
                i++;
            }
        });
    }

    /** Values (solid line, dots) and targets (dashed line, squares) per year, the scale spanning 0 and every value. */
    public byte[] lines(List<Point> points) {
        List<BigDecimal> all = points.stream()
                .flatMap(p -> java.util.stream.Stream.of(p.target(), p.value()))
                .filter(Objects::nonNull)
                .toList();
        BigDecimal max = all.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal min = all.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (max.signum() <= 0) max = min.signum() < 0 ? BigDecimal.ZERO : BigDecimal.ONE;
        if (min.signum() > 0) min = BigDecimal.ZERO;
        double low = min.doubleValue();
        double span = Math.max(max.doubleValue() - low, 1e-9);
        int height = 220;
        int left = 64;
        int top = 16;
        double plotW = WIDTH - left - 16;
        double plotH = height - top - 40;
        BigDecimal top1 = max;
        BigDecimal bottom = min;
        return draw(height, g -> {
            double zeroY = top + plotH - (0 - low) / span * plotH;
            g.setColor(Color.GRAY);
            g.draw(new Line2D.Double(left, zeroY, left + plotW, zeroY));
            g.draw(new Line2D.Double(left, top, left, top + plotH));
            g.setColor(TEXT);
            text(g, FrenchNumbers.format(top1), left - 6, top + 4, Align.END);
            text(g, "0", left - 6, zeroY + 4, Align.END);
            if (bottom.signum() < 0)
                text(g, "\u2212" + FrenchNumbers.format(bottom.abs()), left - 6, top + plotH + 4, Align.END);
            int n = points.size();
            Path2D values = new Path2D.Double();
            Path2D targets = new Path2D.Double();
            boolean firstValue = true;
            boolean firstTarget = true;
            for (int i = 0; i < n; i++) {
                Point p = points.get(i);
                double x = left + (n == 1 ? plotW / 2 : i * plotW / (n - 1));
                g.setColor(TEXT);
                text(g, String.valueOf(p.year()), x, top + plotH + 18, Align.MIDDLE);
                if (p.value() != null) {
                    double y = top + plotH - (p.value().doubleValue() - low) / span * plotH;
                    if (firstValue) values.moveTo(x, y);
                    else values.lineTo(x, y);
                    firstValue = false;
                    g.setColor(VALUE);
                    g.fill(new java.awt.geom.Ellipse2D.Double(x - 4, y - 4, 8, 8));
                }
                if (p.target() != null) {
                    double y = top + plotH - (p.target().doubleValue() - low) / span * plotH;
                    if (firstTarget) targets.moveTo(x, y);
                    else targets.lineTo(x, y);
                    firstTarget = false;
                    g.setColor(TARGET);
                    g.setStroke(new BasicStroke(2f));
                    g.draw(new java.awt.geom.Rectangle2D.Double(x - 4, y - 4, 8, 8));
                }
            }
            g.setColor(TARGET);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6, 4}, 0));
            g.draw(targets);
            g.setColor(VALUE);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(values);
            // legend
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Line2D.Double(left, height - 8, left + 24, height - 8));
            g.setColor(TEXT);
            text(g, "valeur", left + 30, height - 4, Align.START);
            g.setColor(TARGET);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6, 4}, 0));
            g.draw(new Line2D.Double(left + 110, height - 8, left + 134, height - 8));
            g.setColor(TEXT);
            text(g, "cible", left + 140, height - 4, Align.START);
        });
    }

    private enum Align {
        START,
        MIDDLE,
        END
    }

    private static void text(Graphics2D g, String s, double x, double y, Align align) {
        int w = g.getFontMetrics().stringWidth(s);
        double at = switch (align) {
            case START -> x;
            case MIDDLE -> x - w / 2.0;
            case END -> x - w;
        };
        g.drawString(s, (float) at, (float) y);
    }

    private byte[] draw(int height, java.util.function.Consumer<Graphics2D> painter) {
        var image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            g.setFont(font);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
