package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.TabularUploads;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.platform.UploadLimits;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Entering the diagnostic's figures: one by one, removed, or from a CSV of Caf figures (checked line by line first, then
 * imported all or nothing). Every change goes through {@link DiagnosticFlow}.
 */
@Service
public class FigureEntry {

    private final DiagnosticRepository repository;
    private final DiagnosticFlow flow;
    private final Territories territories;
    private final Conventions conventions;
    private final TabularUploads uploads;

    FigureEntry(
            DiagnosticRepository repository,
            DiagnosticFlow flow,
            Territories territories,
            Conventions conventions,
            TabularUploads uploads) {
        this.repository = repository;
        this.flow = flow;
        this.territories = territories;
        this.conventions = conventions;
        this.uploads = uploads;
    }

    /** Caf figures are a few dozen: {@code pilote.upload.imports.diagnostic-figures.*}, 1 MB and 200 rows by default. */
    public UploadLimits figureLimits() {
        return uploads.limits("diagnostic-figures", DataSize.ofMegabytes(1), FigureCsv.MAX_LINES);
    }

    /** Records (or replaces) a figure; returns the diagnostic's new version. */
    @Transactional
    public int recordFigure(UUID conventionId, int expectedVersion, Figure figure) {
        return flow.diagnostic(conventionId, expectedVersion, "figure-recorded", (d, convention) -> {
            d.recordFigure(figure, referencePopulation(convention));
            AuditText t = flow.text();
            return t.text(
                    "diagnostic.audit.figure-recorded",
                    t.value(figure.kind()),
                    t.value(figure.scope()),
                    t.value(figure.value()),
                    figure.year(),
                    figure.source());
        });
    }

    @Transactional
    public int removeFigure(UUID conventionId, int expectedVersion, FigureScope scope, FigureKind kind) {
        return flow.diagnostic(conventionId, expectedVersion, "figure-removed", (d, convention) -> {
            if (!d.removeFigure(scope, kind)) throw DomainException.notFound("FIGURE_NOT_FOUND", kind, scope);
            return flow.text()
                    .text(
                            "diagnostic.audit.figure-removed",
                            flow.text().value(kind),
                            flow.text().value(scope));
        });
    }

    /**
     * The dry run of a file of Caf figures (CSV, or XLSX first sheet): each line read and checked, then tried in order on
     * a copy of the diagnostic (the Caf's personnes couvertes may not exceed the population…). Nothing is saved; only
     * someone who may change the diagnostic may run it, and the file is read after that check.
     */
    @Transactional(readOnly = true)
    public List<FigureCsv.Row> checkImport(UUID conventionId, Upload upload) {
        ConventionSummary convention = writable(conventionId);
        List<FigureCsv.Row> rows = FigureCsv.read(uploads.read(figureLimits(), upload));
        Diagnostic stored = repository
                .find(conventionId)
                .map(DiagnosticRepository.Stored::value)
                .orElseGet(() -> Diagnostic.start(conventionId));
        return tryRows(Diagnostic.restore(conventionId, stored.data()), rows, referencePopulation(convention));
    }

    /** An uploaded file of figures as the CSV text of the import form, for who may change the diagnostic. */
    @Transactional(readOnly = true)
    public String importText(UUID conventionId, Upload upload) {
        writable(conventionId);
        return FigureCsv.text(uploads.read(figureLimits(), upload));
    }

    /** Imports a file of Caf figures (origin IMPORTED), all or nothing: one refused line refuses the file. */
    @Transactional
    public FigureCsv.Imported importFigures(UUID conventionId, int expectedVersion, Upload upload) {
        writable(conventionId);
        List<FigureCsv.Row> rows = FigureCsv.read(uploads.read(figureLimits(), upload));
        int version = flow.diagnostic(conventionId, expectedVersion, "figures-imported", (d, convention) -> {
            Integer reference = referencePopulation(convention);
            List<FigureCsv.Row> tried = tryRows(Diagnostic.restore(conventionId, d.data()), rows, reference);
            long rejected = tried.stream().filter(r -> !r.accepted()).count();
            if (rejected > 0) throw DomainException.rule("FIGURE_IMPORT_REJECTED", rejected);
            tried.forEach(r -> d.recordFigure(r.figure(), reference));
            return flow.text().text("diagnostic.audit.figures-imported", rows.size());
        });
        return new FigureCsv.Imported(rows, version);
    }

    private ConventionSummary writable(UUID conventionId) {
        return conventions.writable(conventionId, () -> DiagnosticFlow.conventionNotFound(conventionId));
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
