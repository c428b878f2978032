package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.diagnostic.SchemaPlaces;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/** Computes {@link SchemaPlaces} from the rows of a schéma: the one place where planned and created places are counted. */
public final class SchemaFigures {

    private SchemaFigures() {}

    /**
     * Planned: the delta of every row that counts for childcare and is not abandoned, in the year of its planned start
     * (rows without a readable year are left out). Created: the delta of the realised ones, in the year of their
     * realisation, when realised on or after the convention's {@code start}. Rows whose places are not known are
     * counted apart ({@code plannedUnknown}, {@code createdUnknown}).
     */
    public static SchemaPlaces places(Collection<SchemaAction> actions, LocalDate start, LocalDate end) {
        TreeMap<Integer, BigDecimal[]> byYear = new TreeMap<>();
        for (int y = start.getYear(); y <= end.getYear(); y++) byYear.put(y, zeros());
        int plannedUnknown = 0;
        int createdUnknown = 0;
        for (SchemaAction a : actions) {
            BigDecimal delta = a.data().delta();
            if (!a.data().countsForChildcare() || a.status() == ActionStatus.ABANDONED) continue;
            if (delta == null) {
                // Places not known: said beside the totals, never counted as 0 (issue 12).
                plannedUnknown++;
                if (a.status() == ActionStatus.REALISED) createdUnknown++;
                continue;
            }
            PlannedDate planned = a.data().start();
            if (planned != null && planned.year() != null) {
                BigDecimal[] line = byYear.computeIfAbsent(planned.year(), y -> zeros());
                line[0] = line[0].add(delta);
            }
            if (a.status() == ActionStatus.REALISED
                    && a.realisedOn() != null
                    && !a.realisedOn().isBefore(start)) {
                BigDecimal[] line = byYear.computeIfAbsent(a.realisedOn().getYear(), y -> zeros());
                line[1] = line[1].add(delta);
            }
        }
        List<SchemaPlaces.Year> years = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal created = BigDecimal.ZERO;
        for (var e : byYear.entrySet()) {
            years.add(new SchemaPlaces.Year(e.getKey(), e.getValue()[0], e.getValue()[1]));
            planned = planned.add(e.getValue()[0]);
            created = created.add(e.getValue()[1]);
        }
        return new SchemaPlaces(years, planned, created, plannedUnknown, createdUnknown);
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
