package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.domain.FundingPlan.Total;
import fr.pilotectg.shared.Euros;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two plans side by side (the current plan and a scenario, or two scenarios): per year, per structure and in total, the
 * known amounts of each and their difference, and the lines whose amount differs. Pure. A difference is the difference
 * of the known amounts; the lines « non renseigné » of each side are counted beside, never taken as 0.
 */
public record PlanDifference(
        List<Row<Integer>> years, List<Row<String>> structures, Row<String> total, List<LineChange> lines) {

    /** One key's totals on each side and {@code after − before}. */
    public record Row<K>(K key, Total before, Total after, Euros difference) {

        public boolean changed() {
            return difference.amount().signum() != 0 || before.unknownLines() != after.unknownLines();
        }
    }

    /**
     * The lines of one structure, year and kind that differ (a structure may have several lines of one kind, one per
     * opening): their totals on each side and the lines themselves, with their explanations.
     */
    public record LineChange(
            String structureId,
            int year,
            FundingKind kind,
            Total before,
            Total after,
            List<FundingLine> beforeLines,
            List<FundingLine> afterLines) {

        public Euros difference() {
            return after.amount().minus(before.amount());
        }
    }

    public static PlanDifference of(FundingPlan before, FundingPlan after) {
        List<Row<Integer>> years = new ArrayList<>();
        for (int y : after.years())
            years.add(row(y, before.byYear().get(y), after.byYear().get(y)));
        Map<String, Boolean> ids = new LinkedHashMap<>();
        before.byStructure().keySet().forEach(k -> ids.put(k, true));
        after.byStructure().keySet().forEach(k -> ids.put(k, true));
        List<Row<String>> structures = new ArrayList<>();
        for (String id : ids.keySet())
            structures.add(
                    row(id, before.byStructure().get(id), after.byStructure().get(id)));
        Map<LineStatus.Key, List<FundingLine>> old = grouped(before.lines());
        Map<LineStatus.Key, List<FundingLine>> now = grouped(after.lines());
        Map<LineStatus.Key, Boolean> keys = new LinkedHashMap<>();
        now.keySet().forEach(k -> keys.put(k, true));
        old.keySet().forEach(k -> keys.put(k, true));
        List<LineChange> lines = new ArrayList<>();
        for (LineStatus.Key k : keys.keySet()) {
            List<FundingLine> b = old.getOrDefault(k, List.of());
            List<FundingLine> a = now.getOrDefault(k, List.of());
            Total tb = sum(b);
            Total ta = sum(a);
            if (b.size() != a.size()
                    || tb.unknownLines() != ta.unknownLines()
                    || tb.amount().compareTo(ta.amount()) != 0)
                lines.add(new LineChange(k.structureId(), k.year(), k.kind(), tb, ta, b, a));
        }
        return new PlanDifference(years, structures, row(null, before.total(), after.total()), List.copyOf(lines));
    }

    private static Map<LineStatus.Key, List<FundingLine>> grouped(List<FundingLine> lines) {
        Map<LineStatus.Key, List<FundingLine>> grouped = new LinkedHashMap<>();
        for (FundingLine l : lines)
            grouped.computeIfAbsent(LineStatus.Key.of(l), k -> new ArrayList<>())
                    .add(l);
        return grouped;
    }

    private static Total sum(List<FundingLine> lines) {
        Total t = Total.NONE;
        for (FundingLine l : lines) t = t.add(l);
        return t;
    }

    private static <K> Row<K> row(K key, Total before, Total after) {
        Total b = before == null ? Total.NONE : before;
        Total a = after == null ? Total.NONE : after;
        return new Row<>(key, b, a, a.amount().minus(b.amount()));
    }
}
