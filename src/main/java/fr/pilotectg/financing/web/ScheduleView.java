package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingInputs;
import fr.pilotectg.financing.domain.FinancingReport;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.FundingLine;
import fr.pilotectg.financing.domain.FundingSource;
import fr.pilotectg.shared.Euros;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly schedule of a convention's financing (« échéancier »): one row per structure, one column per year, each cell
 * the known amount and the count of lines « non renseigné » it leaves out; totals per year, per source and per year and
 * source (for the chart). Notified and paid lines count at their frozen amounts, as everywhere.
 */
record ScheduleView(List<Integer> years, List<Row> rows, List<Cell> yearTotals, Cell total, List<SourceRow> sources) {

    /** A known sum and how many unknown lines it leaves out. */
    record Cell(Euros amount, int unknownLines, String text) {

        static Cell of(Euros amount, int unknown, FinancingText t) {
            String text = amount.french();
            if (unknown > 0) text = t.text("financing.schedule.partial", text, unknown);
            return new Cell(amount, unknown, text);
        }
    }

    record Row(String structureId, String name, String kindLabel, String territory, List<Cell> cells, Cell total) {}

    /** One source (PS, BT, bonuses) per year, for the chart and its table. */
    record SourceRow(FundingSource source, String label, List<Cell> cells) {}

    static ScheduleView of(FinancingReport report, FinancingText t) {
        List<Integer> years = report.plan().years();
        Map<String, Map<Integer, Acc>> byStructure = new LinkedHashMap<>();
        Map<FundingSource, Map<Integer, Acc>> bySource = new EnumMap<>(FundingSource.class);
        Map<Integer, Acc> byYear = new LinkedHashMap<>();
        Acc all = new Acc();
        for (FundingLine l : report.plan().lines()) {
            byStructure
                    .computeIfAbsent(l.structureId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(l.year(), k -> new Acc())
                    .add(l);
            bySource.computeIfAbsent(l.kind().source(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(l.year(), k -> new Acc())
                    .add(l);
            byYear.computeIfAbsent(l.year(), k -> new Acc()).add(l);
            all.add(l);
        }
        List<Row> rows = new ArrayList<>();
        for (FinancingInputs.Structure s : report.inputs().structures()) {
            Map<Integer, Acc> cells = byStructure.getOrDefault(s.id(), Map.of());
            Acc rowTotal = new Acc();
            List<Cell> line = new ArrayList<>();
            for (int y : years) {
                Acc a = cells.getOrDefault(y, new Acc());
                rowTotal.merge(a);
                line.add(a.cell(t));
            }
            rows.add(new Row(
                    s.id(),
                    s.name() == null ? s.id() : s.name(),
                    s.kind() == null
                            ? t.text("financing.unknown")
                            : t.text("financing.structureKind." + s.kind().name()),
                    s.territory(),
                    line,
                    rowTotal.cell(t)));
        }
        List<SourceRow> sources = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            Map<Integer, Acc> cells = bySource.get(source);
            if (cells == null) continue;
            sources.add(new SourceRow(
                    source,
                    t.text("financing.source." + source.name()),
                    years.stream()
                            .map(y -> cells.getOrDefault(y, new Acc()).cell(t))
                            .toList()));
        }
        return new ScheduleView(
                years,
                rows,
                years.stream()
                        .map(y -> byYear.getOrDefault(y, new Acc()).cell(t))
                        .toList(),
                all.cell(t),
                sources);
    }

    /** A running sum, local to {@link #of}. */
    private static final class Acc {
        private Euros amount = Euros.ZERO;
        private int unknown;

        void add(FundingLine l) {
            if (l.known()) amount = amount.plus(l.amount());
            else unknown++;
        }

        void merge(Acc other) {
            amount = amount.plus(other.amount);
            unknown += other.unknown;
        }

        Cell cell(FinancingText t) {
            return Cell.of(amount, unknown, t);
        }
    }
}
