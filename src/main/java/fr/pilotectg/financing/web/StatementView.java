package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.FundingLine;
import fr.pilotectg.financing.domain.FundingStatements;
import fr.pilotectg.shared.Euros;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a gestionnaire reads of its structure: the convention, each year's lines (amount, status, why) and the year's
 * total (known amounts, with the count of lines « non renseigné »), and the total over the convention.
 */
record StatementView(
        UUID conventionId,
        String conventionTitle,
        LocalDate start,
        LocalDate end,
        String structureId,
        String structureName,
        String kindLabel,
        String operatorName,
        List<Year> years,
        ScheduleView.Cell total) {

    record Year(int year, List<FinancingViews.Line> lines, ScheduleView.Cell total) {}

    static StatementView of(FundingStatements.Statement statement, FinancingText t) {
        var s = statement.structure();
        Map<Integer, List<FundingLine>> byYear = new LinkedHashMap<>();
        for (int y : statement.report().plan().years()) byYear.put(y, new ArrayList<>());
        for (FundingLine l : statement.lines())
            byYear.computeIfAbsent(l.year(), k -> new ArrayList<>()).add(l);
        List<Year> years = new ArrayList<>();
        Euros all = Euros.ZERO;
        int allUnknown = 0;
        for (var e : byYear.entrySet()) {
            Euros sum = Euros.ZERO;
            int unknown = 0;
            for (FundingLine l : e.getValue()) {
                if (l.known()) sum = sum.plus(l.amount());
                else unknown++;
            }
            all = all.plus(sum);
            allUnknown += unknown;
            years.add(new Year(
                    e.getKey(),
                    e.getValue().stream()
                            .map(l -> FinancingViews.line(l, statement.report(), t))
                            .toList(),
                    ScheduleView.Cell.of(sum, unknown, t)));
        }
        var convention = statement.report().convention();
        return new StatementView(
                convention.id(),
                convention.title(),
                convention.start(),
                convention.end(),
                s.id(),
                s.name() == null ? s.id() : s.name(),
                s.kind() == null
                        ? t.text("financing.unknown")
                        : t.text("financing.structureKind." + s.kind().name()),
                s.operator() == null || s.operator().name() == null
                        ? t.text("financing.unknown")
                        : s.operator().name(),
                years,
                ScheduleView.Cell.of(all, allUnknown, t));
    }
}
