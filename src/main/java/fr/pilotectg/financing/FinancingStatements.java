package fr.pilotectg.financing;

import fr.pilotectg.financing.domain.FinancingReads;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.FundingLine;
import fr.pilotectg.financing.domain.FundingStatements;
import fr.pilotectg.shared.Euros;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The financing module's front door for other modules: the structures a convention finances and each one's statement
 * (every line with its explanation and the parameters it used; unknown amounts « non renseigné », never 0). Access is
 * the convention's reach (out of reach: not found).
 */
@Service
public class FinancingStatements {

    private final FinancingReads reads;
    private final FundingStatements statements;
    private final FinancingText text;

    FinancingStatements(FinancingReads reads, FundingStatements statements, FinancingText text) {
        this.reads = reads;
        this.statements = statements;
        this.text = text;
    }

    /** The structures of the convention's financing inputs, in their order (empty when no financing is entered). */
    public List<StructureStatement.Ref> structuresOf(UUID conventionId) {
        return reads.report(conventionId).inputs().structures().stream()
                .map(s -> new StructureStatement.Ref(s.id(), s.name() == null ? s.id() : s.name()))
                .toList();
    }

    /** One structure's statement; "not found" out of reach or for a structure the convention does not finance. */
    public StructureStatement statementOf(UUID conventionId, String structureId) {
        FundingStatements.Statement statement = statements.statement(conventionId, structureId);
        var s = statement.structure();
        Map<Integer, List<FundingLine>> byYear = new LinkedHashMap<>();
        for (int y : statement.report().plan().years()) byYear.put(y, new ArrayList<>());
        for (FundingLine l : statement.lines())
            byYear.computeIfAbsent(l.year(), k -> new ArrayList<>()).add(l);
        var years = new ArrayList<StructureStatement.Year>();
        Euros all = Euros.ZERO;
        int allUnknown = 0;
        for (var e : byYear.entrySet()) {
            Euros sum = Euros.ZERO;
            int unknown = 0;
            var lines = new ArrayList<StructureStatement.Line>();
            for (FundingLine l : e.getValue()) {
                if (l.known()) sum = sum.plus(l.amount());
                else unknown++;
                lines.add(new StructureStatement.Line(
                        text.kind(l.kind()),
                        text.amount(l.amount()),
                        l.known(),
                        text.explanation(l),
                        l.explanation().parameters().stream()
                                .map(p -> new StructureStatement.Parameter(
                                        text.parameter(p.code()),
                                        text.value(p),
                                        p.validFrom(),
                                        p.source() == null || p.source().isBlank()
                                                ? text.text("financing.unknown")
                                                : p.source(),
                                        p.hypothesis()))
                                .toList()));
            }
            all = all.plus(sum);
            allUnknown += unknown;
            years.add(new StructureStatement.Year(e.getKey(), lines, text.amount(sum), unknown));
        }
        return new StructureStatement(
                statement.report().convention().title(),
                s.id(),
                s.name() == null ? s.id() : s.name(),
                s.kind() == null
                        ? text.text("financing.unknown")
                        : text.text("financing.structureKind." + s.kind().name()),
                s.operator() == null || s.operator().name() == null
                        ? text.text("financing.unknown")
                        : s.operator().name(),
                years,
                text.amount(all),
                allUnknown);
    }
}
