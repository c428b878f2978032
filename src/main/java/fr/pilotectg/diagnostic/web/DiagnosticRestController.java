package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.Analysis;
import fr.pilotectg.diagnostic.domain.AnalysisSection;
import fr.pilotectg.diagnostic.domain.AnalysisStatus;
import fr.pilotectg.diagnostic.domain.AnalysisWriting;
import fr.pilotectg.diagnostic.domain.DiagnosticReading;
import fr.pilotectg.diagnostic.domain.DiagnosticReport;
import fr.pilotectg.diagnostic.domain.Figure;
import fr.pilotectg.diagnostic.domain.FigureCsv;
import fr.pilotectg.diagnostic.domain.FigureEntry;
import fr.pilotectg.diagnostic.domain.FigureKind;
import fr.pilotectg.diagnostic.domain.FigureOrigin;
import fr.pilotectg.diagnostic.domain.FigureScope;
import fr.pilotectg.diagnostic.domain.Milestone;
import fr.pilotectg.diagnostic.domain.MilestonePlanning;
import fr.pilotectg.diagnostic.domain.Priority;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The diagnostic of a convention through the API. Reads answer the whole report (reference data, register, figures and
 * what follows from them); each change carries the diagnostic's {@code version} (a stale one gets 409
 * {@code CONCURRENT_MODIFICATION}) and answers the report as it now stands.
 */
@RestController
@RequestMapping("/api/v1/conventions/{id}/diagnostic")
@Tag(name = "Diagnostic partagé")
class DiagnosticRestController {

    private final DiagnosticReading reading;
    private final FigureEntry figures;
    private final AnalysisWriting analyses;
    private final MilestonePlanning milestones;
    private final MessageSource messages;

    DiagnosticRestController(
            DiagnosticReading reading,
            FigureEntry figures,
            AnalysisWriting analyses,
            MilestonePlanning milestones,
            MessageSource messages) {
        this.reading = reading;
        this.figures = figures;
        this.analyses = analyses;
        this.milestones = milestones;
        this.messages = messages;
    }

    record FigureRequest(
            Integer version,
            FigureScope scope,
            FigureKind kind,
            BigDecimal value,
            Integer year,
            String source,
            FigureOrigin origin,
            String note) {}

    record AnalysisRequest(
            Integer version,
            AnalysisStatus status,
            String text,
            List<String> dataSources,
            Map<AnalysisSection.QualityPoint, String> qualitative) {}

    record PrioritiesRequest(Integer version, List<Priority> priorities) {}

    record MilestonesRequest(Integer version, List<Milestone> milestones) {}

    record MilestoneDoneRequest(Integer version, LocalDate doneOn) {}

    record ValidationRequest(Integer version, LocalDate validatedOn) {}

    @GetMapping
    @Operation(
            summary =
                    "Le diagnostic du territoire de la convention : population, EPCI, QPV, équipements et places, chiffres Caf "
                            + "et part de la population couverte, taux de couverture petite enfance, revenu médian, comparaisons, analyses, échéances")
    DiagnosticReport get(@PathVariable UUID id) {
        return reading.report(id);
    }

    @PutMapping("/figures")
    @Operation(
            summary =
                    "Enregistrer (ou remplacer) un chiffre avec sa source et son année ; origin ENTERED (saisi) par défaut")
    DiagnosticReport recordFigure(@PathVariable UUID id, @RequestBody FigureRequest request) {
        Figure figure = Figure.checked(
                request.scope(),
                request.kind(),
                request.value(),
                request.year(),
                request.source(),
                request.origin(),
                request.note());
        figures.recordFigure(id, RequiredVersion.of(request.version()), figure);
        return get(id);
    }

    @DeleteMapping("/figures/{scope}/{kind}")
    @Operation(summary = "Retirer un chiffre")
    DiagnosticReport removeFigure(
            @PathVariable UUID id,
            @PathVariable FigureScope scope,
            @PathVariable FigureKind kind,
            @RequestParam(name = "version", required = false) Integer version) {
        figures.removeFigure(id, RequiredVersion.of(version), scope, kind);
        return get(id);
    }

    @PostMapping(
            path = "/figures/import",
            consumes = {"text/csv", "text/plain"})
    @Operation(
            summary =
                    "Importer des chiffres Caf d’un CSV (colonnes scope, kind, value, year, source ; « ; » ou « , ») : "
                            + "dryRun=true (par défaut) vérifie ligne par ligne sans rien enregistrer ; dryRun=false avec version importe tout ou rien "
                            + "(origine IMPORTED ; 422 FIGURE_IMPORT_REJECTED si une ligne est refusée ; 413/422 UPLOAD_* au-delà des limites)")
    FigureImportReport importFigures(
            @PathVariable UUID id,
            InputStream csv,
            HttpServletRequest request,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            @RequestParam(name = "version", required = false) Integer version) {
        return importFigures(
                id,
                new Upload("chiffres.csv", request.getContentLengthLong(), new InputStreamResource(csv)),
                dryRun,
                version);
    }

    @PostMapping(path = "/figures/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Importer des chiffres Caf d’un fichier CSV ou XLSX (partie « file »), mêmes colonnes et mêmes règles")
    FigureImportReport importFigureFile(
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            @RequestParam(name = "version", required = false) Integer version) {
        return importFigures(id, Upload.of(file), dryRun, version);
    }

    private FigureImportReport importFigures(UUID id, Upload upload, boolean dryRun, Integer version) {
        if (dryRun)
            return FigureImportReport.of(
                    figures.checkImport(id, upload), false, reading.get(id).version(), messages);
        FigureCsv.Imported imported = figures.importFigures(id, RequiredVersion.of(version), upload);
        return FigureImportReport.of(imported.rows(), true, imported.version(), messages);
    }

    @PutMapping("/analyses/{section}")
    @Operation(
            summary =
                    "Écrire l’une des trois analyses (CONTEXT, OFFER, NEEDS) : texte, sources, statut, points qualitatifs de l’offre")
    DiagnosticReport writeAnalysis(
            @PathVariable UUID id, @PathVariable AnalysisSection section, @RequestBody AnalysisRequest request) {
        analyses.writeAnalysis(
                id,
                RequiredVersion.of(request.version()),
                new Analysis(section, request.status(), request.text(), request.dataSources(), request.qualitative()));
        return get(id);
    }

    @PutMapping("/priorities")
    @Operation(
            summary =
                    "Remplacer les champs d’intervention prioritaires et leurs axes (domaine de la convention, enjeux)")
    DiagnosticReport priorities(@PathVariable UUID id, @RequestBody PrioritiesRequest request) {
        analyses.replacePriorities(
                id,
                RequiredVersion.of(request.version()),
                request.priorities() == null ? List.of() : request.priorities());
        return get(id);
    }

    @PutMapping("/milestones")
    @Operation(summary = "Remplacer les échéances du diagnostic")
    DiagnosticReport milestones(@PathVariable UUID id, @RequestBody MilestonesRequest request) {
        milestones.replaceMilestones(
                id,
                RequiredVersion.of(request.version()),
                request.milestones() == null ? List.of() : request.milestones());
        return get(id);
    }

    @PutMapping("/milestones/{dueOn}")
    @Operation(summary = "Marquer une échéance comme réalisée (doneOn) ou non (doneOn absent)")
    DiagnosticReport markMilestone(
            @PathVariable UUID id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestBody MilestoneDoneRequest request) {
        milestones.markMilestone(id, RequiredVersion.of(request.version()), dueOn, request.doneOn());
        return get(id);
    }

    @PutMapping("/validation")
    @Operation(summary = "Date de validation du diagnostic par le comité de pilotage (absente : retirée)")
    DiagnosticReport validate(@PathVariable UUID id, @RequestBody ValidationRequest request) {
        analyses.validate(id, RequiredVersion.of(request.version()), request.validatedOn());
        return get(id);
    }
}
