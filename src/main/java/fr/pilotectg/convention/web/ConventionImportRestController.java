package fr.pilotectg.convention.web;

import fr.pilotectg.convention.domain.ConventionImportJobs;
import fr.pilotectg.convention.domain.ConventionImportReport;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Upload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bulk import of conventions through the API (issue 12 point 8, ADR 0036): the template, and a file checked as a
 * dry run or saved whole, run in the background — 202 with the job's Location; the job answers its state, its progress
 * counted on conventions and, once done, the report (each convention, every problem with its sheet, line and column;
 * {@code committed} only if every convention was saved, none otherwise). A file refused as a whole (too large, not an
 * XLSX, too many rows or conventions) is answered at once.
 */
@RestController
@Tag(name = "Conventions")
class ConventionImportRestController {

    static final String JOBS = "/api/v1/conventions/import/jobs/";

    private final ConventionImportJobs jobs;
    private final Directory directory;
    private final AccessControl access;

    ConventionImportRestController(ConventionImportJobs jobs, Directory directory, AccessControl access) {
        this.jobs = jobs;
        this.directory = directory;
        this.access = access;
    }

    /** A job as the API shows it. */
    record JobView(
            UUID id,
            String filename,
            boolean dryRun,
            ConventionImportJobs.State state,
            int done,
            int total,
            int percent,
            @Nullable ConventionImportReport report,
            @Nullable String failure) {

        static JobView of(ConventionImportJobs.Job job) {
            return new JobView(
                    job.id(),
                    job.filename(),
                    job.dryRun(),
                    job.state(),
                    job.done(),
                    job.total(),
                    job.percent(),
                    job.report(),
                    job.failure());
        }
    }

    @PostMapping(value = "/api/v1/conventions/import", consumes = "multipart/form-data")
    @Operation(
            summary =
                    "Importer des conventions entières (classeur XLSX du modèle : conventions, signataires, territoire,"
                            + " thèmes, axes et fiches), en tâche de fond : 202 et l’adresse du traitement ; dryRun=true vérifie"
                            + " et dit ce qui serait créé sans rien enregistrer ; sinon toutes les conventions sont créées, ou"
                            + " aucune si un problème est trouvé (feuille, ligne et colonne de chacun dans le rapport)")
    ResponseEntity<JobView> importConventions(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun) {
        ConventionImportJobs.Job job = jobs.submit(Upload.of(file), dryRun);
        return ResponseEntity.accepted().location(URI.create(JOBS + job.id())).body(JobView.of(job));
    }

    @GetMapping("/api/v1/conventions/import/jobs/{id}")
    @Operation(
            summary = "Où en est un import de conventions : état, conventions traitées sur le total, rapport une fois"
                    + " terminé, raison en cas d’échec (seul son auteur le voit)")
    JobView importJob(@PathVariable UUID id) {
        return JobView.of(jobs.get(id));
    }

    @GetMapping(value = "/api/v1/conventions/import/template.xlsx", produces = ConventionImportDownloads.XLSX)
    @Operation(summary = "Modèle d’import de conventions (XLSX, une feuille par partie, exemple rempli)")
    ResponseEntity<byte[]> template() {
        access.requireCreate();
        return ConventionImportDownloads.template(directory);
    }
}
