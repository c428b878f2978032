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

    public static FundingPlan of(
            FinancingInputs inputs, List<Integer> years, List<FundingLine> lines, EnvelopePeriod defaultPeriod) {
        Map<Integer, Total> byYear = new LinkedHashMap<>();
        Map<Integer, Total> btByYear = new LinkedHashMap<>();
        for (int y : years) {
            byYear.put(y, Total.NONE);
            btByYear.put(y, Total.NONE);
        }
        Map<String, Total> byStructure = new LinkedHashMap<>();
        Map<FundingSource, Total> bySource = new EnumMap<>(FundingSource.class);
        Total total = Total.NONE;
        Total bt = Total.NONE;
        for (FundingLine line : lines) {
            byYear.merge(line.year(), Total.NONE.add(line), FundingPlan::sum);
            byStructure.merge(line.structureId(), Total.NONE.add(line), FundingPlan::sum);
            bySource.merge(line.kind().source(), Total.NONE.add(line), FundingPlan::sum);
            total = total.add(line);
            if (line.kind().bonusTerritoire()) {
                btByYear.merge(line.year(), Total.NONE.add(line), FundingPlan::sum);
                bt = bt.add(line);
            }
        }
        EnvelopeCheck envelope = null;
        Envelope stated = inputs.envelope();
        if (stated != null && stated.amount() != null) {
            EnvelopePeriod period = stated.period() == null ? defaultPeriod : stated.period();
            Euros first =
                    years.isEmpty() ? null : btByYear.get(years.get(0)).amount().minus(stated.amount());
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
        return new FundingPlan(
                List.copyOf(years), List.copyOf(lines), byYear, byStructure, bySource, total, envelope, reference);
    }

    /** An amount per inhabitant, per allocataire, per year of a contract…: divided, then rounded once ({@link Euros#rounded}). */
    public static Euros per(Euros amount, long count) {
        if (count <= 0) throw new IllegalArgumentException("count must be positive");
        return Euros.rounded(
                amount.amount().divide(java.math.BigDecimal.valueOf(count), java.math.MathContext.DECIMAL64));
    }

    private static Total sum(Total a, Total b) {
        return new Total(a.amount().plus(b.amount()), a.unknownLines() + b.unknownLines());
    }
}
