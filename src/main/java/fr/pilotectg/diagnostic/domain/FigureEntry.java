package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering the diagnostic's figures: one by one, removed, or from a CSV of Caf figures (checked line by line first, then
 * imported all or nothing). Every change goes through {@link DiagnosticFlow}.
 */
@Service
public class FigureEntry {

    private final DiagnosticRepository repository;
    private final DiagnosticFlow flow;
    private final Territories territories;

    FigureEntry(DiagnosticRepository repository, DiagnosticFlow flow, Territories territories) {
        this.repository = repository;
        this.flow = flow;
        this.territories = territories;
    }

    /** Records (or replaces) a figure; returns the diagnostic's new version. */
    @Transactional
    public int recordFigure(UUID conventionId, int expectedVersion, Figure figure) {
        return flow.diagnostic(conventionId, expectedVersion, "figure-recorded", (d, convention) -> {
            d.recordFigure(figure, referencePopulation(convention));
            AuditText t = flow.text();
            return t.text("diagnostic.audit.figure-recorded", t.value(figure.kind()), t.value(figure.scope()), t.value(figure.value()),
                    figure.year(), figure.source());
        });
    }

    @Transactional
    public int removeFigure(UUID conventionId, int expectedVersion, FigureScope scope, FigureKind kind) {
        return flow.diagnostic(conventionId, expectedVersion, "figure-removed", (d, convention) -> {
            if (!d.removeFigure(scope, kind)) throw DomainException.notFound("FIGURE_NOT_FOUND", kind, scope);
            return flow.text().text("diagnostic.audit.figure-removed", flow.text().value(kind), flow.text().value(scope));
        });
    }

    /**
     * The dry run of a CSV of Caf figures: each line read and checked, then tried in order on a copy of the diagnostic
     * (the Caf's personnes couvertes may not exceed the population…). Nothing is saved.
     */
    @Transactional(readOnly = true)
    public List<FigureCsv.Row> checkImport(UUID conventionId, String csv) {
        ConventionSummary convention = flow.readable(conventionId);
        Diagnostic stored = repository.find(conventionId).map(DiagnosticRepository.Stored::value).orElseGet(() -> Diagnostic.start(conventionId));
        return tryRows(Diagnostic.restore(conventionId, stored.data()), FigureCsv.read(csv), referencePopulation(convention));
    }

    /** Imports a CSV of Caf figures (origin IMPORTED), all or nothing: one refused line refuses the file. */
    @Transactional
    public int importFigures(UUID conventionId, int expectedVersion, String csv) {
        List<FigureCsv.Row> rows = FigureCsv.read(csv);
        return flow.diagnostic(conventionId, expectedVersion, "figures-imported", (d, convention) -> {
            Integer reference = referencePopulation(convention);
            List<FigureCsv.Row> tried = tryRows(Diagnostic.restore(conventionId, d.data()), rows, reference);
            long rejected = tried.stream().filter(r -> !r.accepted()).count();
            if (rejected > 0) throw DomainException.rule("FIGURE_IMPORT_REJECTED", rejected);
            tried.forEach(r -> d.recordFigure(r.figure(), reference));
            return flow.text().text("diagnostic.audit.figures-imported", rows.size());
        });
    }

    /** The INSEE population of the convention's communes, which the Caf's personnes couvertes may not exceed. */
    private Integer referencePopulation(ConventionSummary convention) {
        Integer population = null;
        for (var commune : territories.communes(convention.communes())) {
            if (commune.population() != null) population = (population == null ? 0 : population) + commune.population();
        }
        return population;
    }

    private static List<FigureCsv.Row> tryRows(Diagnostic copy, List<FigureCsv.Row> rows, Integer referencePopulation) {
        List<FigureCsv.Row> tried = new ArrayList<>();
        for (FigureCsv.Row row : rows) {
            if (!row.accepted()) {
                tried.add(row);
                continue;
            }
            try {
                copy.recordFigure(row.figure(), referencePopulation);
                tried.add(row);
            } catch (DomainException e) {
                tried.add(new FigureCsv.Row(row.line(), row.text(), null, e.fields()));
            }
        }
        return tried;
    }
}
