package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.domain.FinancingInputs.Envelope;
import fr.pilotectg.financing.domain.FinancingInputs.Territory;
import fr.pilotectg.shared.Euros;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The computed financing of a convention: its lines, the totals by year, structure and source (each the sum of the
 * known lines, with the count of lines « non renseigné » that it leaves out), and the envelope checks — against the BT
 * envelope the convention states (per year if annual, over the contract if for the contract, both readings when the
 * period is not said) and against the CEJ reference N-1 (« neutralité financière »: a year whose BT is below it is
 * flagged). Pure.
 */
public record FundingPlan(
        List<Integer> years,
        List<FundingLine> lines,
        Map<Integer, Total> byYear,
        Map<String, Total> byStructure,
        Map<FundingSource, Total> bySource,
        Total total,
        EnvelopeCheck envelope,
        List<ReferenceCheck> reference) {

    /** A sum of known lines and how many unknown lines it leaves out. */
    public record Total(Euros amount, int unknownLines) {

        static final Total NONE = new Total(Euros.ZERO, 0);

        Total add(FundingLine line) {
            return line.known()
                    ? new Total(amount.plus(line.amount()), unknownLines)
                    : new Total(amount, unknownLines + 1);
        }

        public boolean complete() {
            return unknownLines == 0;
        }
    }

    /** The BT computed against the stated envelope: per year (annual reading) and over the contract. */
    public record EnvelopeCheck(
            Euros stated,
            EnvelopePeriod period,
            boolean periodStated,
            String source,
            Map<Integer, Total> btByYear,
            Total btOverContract,
            Euros annualDifferenceFirstYear,
            Euros contractDifference) {}

    /** One year's BT against the territories' CEJ reference N-1; {@code below} when it would receive less than before. */
    public record ReferenceCheck(int year, Euros reference, Total bt, boolean below) {}

    /** A running sum (mutable, local to {@link #of}): one BigDecimal addition per line instead of a new Total. */
    private static final class Sum {
        java.math.BigDecimal amount = java.math.BigDecimal.ZERO;
        int unknown;

        void add(FundingLine line) {
            if (line.known()) amount = amount.add(line.amount().amount());
            else unknown++;
        }

        Total total() {
            return new Total(new Euros(amount), unknown);
        }
    }

    private static <K> Map<K, Total> totals(Map<K, Sum> sums, Map<K, Total> into) {
        sums.forEach((k, v) -> into.put(k, v.total()));
        return into;
    }

    public static FundingPlan of(
            FinancingInputs inputs, List<Integer> years, List<FundingLine> lines, EnvelopePeriod defaultPeriod) {
        Builder builder = new Builder(years, true);
        for (FundingLine line : lines) builder.add(line);
        return builder.build(inputs, defaultPeriod);
    }

    /**
     * Folds lines into a plan as they are computed. Without {@code keepLines} the plan holds the totals only (its
     * {@code lines} are empty): what a computation over a whole region needs, in a heap that does not grow with the
     * number of lines.
     */
    public static final class Builder {

        private final List<Integer> years;
        private final List<FundingLine> lines;
        private final Map<Integer, Sum> yearSums = new LinkedHashMap<>();
        private final Map<Integer, Sum> btSums = new LinkedHashMap<>();
        private final Map<String, Sum> structureSums;
        private final Map<FundingSource, Sum> sourceSums = new EnumMap<>(FundingSource.class);
        private final Sum all = new Sum();
        private final Sum btAll = new Sum();
        private String lastStructure;
        private Sum structureSum;
        private int lastYear = Integer.MIN_VALUE;
        private Sum yearSum;
        private Sum btYearSum;

        public Builder(List<Integer> years, boolean keepLines) {
            this(years, keepLines, 16);
        }

        /** {@code structures}: how many structures will come (sizes the totals by structure once). */
        public Builder(List<Integer> years, boolean keepLines, int structures) {
            this.years = List.copyOf(years);
            this.structureSums = new LinkedHashMap<>(Math.max(16, structures * 4 / 3 + 1));
            this.lines = keepLines ? new ArrayList<>() : null;
            for (int y : years) {
                yearSums.put(y, new Sum());
                btSums.put(y, new Sum());
            }
        }

        public void add(FundingLine line) {
            if (lines != null) lines.add(line);
            if (line.year() != lastYear) {
                lastYear = line.year();
                yearSum = yearSums.computeIfAbsent(lastYear, y -> new Sum());
                btYearSum = btSums.computeIfAbsent(lastYear, y -> new Sum());
            }
            yearSum.add(line);
            if (!line.structureId().equals(lastStructure)) {
                lastStructure = line.structureId();
                structureSum = structureSums.computeIfAbsent(lastStructure, k -> new Sum());
            }
            structureSum.add(line);
            sourceSums.computeIfAbsent(line.kind().source(), k -> new Sum()).add(line);
            all.add(line);
            if (line.kind().bonusTerritoire()) {
                btYearSum.add(line);
                btAll.add(line);
            }
        }

        public FundingPlan build(FinancingInputs inputs, EnvelopePeriod defaultPeriod) {
            Map<Integer, Total> byYear = totals(yearSums, new LinkedHashMap<>());
            Map<Integer, Total> btByYear = totals(btSums, new LinkedHashMap<>());
            Map<String, Total> byStructure = totals(structureSums, new LinkedHashMap<>());
            Map<FundingSource, Total> bySource = totals(sourceSums, new EnumMap<>(FundingSource.class));
            Total total = all.total();
            Total bt = btAll.total();
            EnvelopeCheck envelope = null;
            Envelope stated = inputs.envelope();
            if (stated != null && stated.amount() != null) {
                EnvelopePeriod period = stated.period() == null ? defaultPeriod : stated.period();
                Euros first = years.isEmpty()
                        ? null
                        : btByYear.get(years.get(0)).amount().minus(stated.amount());
                envelope = new EnvelopeCheck(
                        stated.amount(),
                        period,
                        stated.period() != null && stated.period() != EnvelopePeriod.UNKNOWN,
                        stated.source(),
                        btByYear,
                        bt,
                        first,
                        bt.amount().minus(stated.amount()));
            }
            return new FundingPlan(
                    years,
                    lines == null ? List.of() : List.copyOf(lines),
                    byYear,
                    byStructure,
                    bySource,
                    total,
                    envelope,
                    reference(inputs, years, btByYear));
        }
    }

    private static List<ReferenceCheck> reference(
            FinancingInputs inputs, List<Integer> years, Map<Integer, Total> btByYear) {
        List<ReferenceCheck> reference = new ArrayList<>();
        Euros cej = Euros.ZERO;
        boolean known = !inputs.territories().isEmpty();
        for (Territory t : inputs.territories()) {
            if (t.cejReferenceTotal() == null) known = false;
            else cej = cej.plus(t.cejReferenceTotal());
        }
        if (known) {
            for (int y : years) {
                Total yearBt = btByYear.get(y);
                reference.add(new ReferenceCheck(
                        y, cej, yearBt, yearBt.complete() && yearBt.amount().compareTo(cej) < 0));
            }
        }
        return reference;
    }

    /** An amount per inhabitant, per allocataire, per year of a contract…: divided, then rounded once ({@link Euros#rounded}). */
    public static Euros per(Euros amount, long count) {
        if (count <= 0) throw new IllegalArgumentException("count must be positive");
        return Euros.rounded(
                amount.amount().divide(java.math.BigDecimal.valueOf(count), java.math.MathContext.DECIMAL64));
    }
}
