package fr.pilotectg.convention.web;

import fr.pilotectg.convention.domain.ConventionImport;
import fr.pilotectg.convention.domain.ConventionImportErrors;
import fr.pilotectg.convention.domain.ConventionImportReport;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bulk import of conventions through the API (issue 12 point 8): the template, and a file checked as a dry run
 * (200 with each convention and every problem) or saved whole (200 with the ids, or 400
 * {@code CONVENTION_IMPORT_REFUSED} listing each problem with its sheet, line and column, nothing saved).
 */
@RestController
@Tag(name = "Conventions")
class ConventionImportRestController {

    private final ConventionImport imports;
    private final Directory directory;
    private final AccessControl access;

    ConventionImportRestController(ConventionImport imports, Directory directory, AccessControl access) {
        this.imports = imports;
        this.directory = directory;
        this.access = access;
    }

    @PostMapping(value = "/api/v1/conventions/import", consumes = "multipart/form-data")
    @Operation(
            summary =
                    "Importer des conventions entières (classeur XLSX du modèle : conventions, signataires, territoire,"
                            + " thèmes, axes et fiches) : dryRun=true vérifie et dit ce qui serait créé sans rien enregistrer ;"
                            + " sinon toutes les conventions sont créées, ou aucune si un problème est trouvé (feuille, ligne et"
                            + " colonne de chacun)")
    ConventionImportReport importConventions(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun) {
        ConventionImportReport report = imports.importFile(Upload.of(file), dryRun);
        if (!dryRun && !report.ok()) {
            throw new DomainException(
                    ErrorKind.INVALID,
                    ConventionImportErrors.REFUSED,
                    List.of(report.problems().size()),
                    report.problems().stream()
                            .map(p -> new FieldProblem(
                                    p.sheet() + " / ligne " + p.line()
                                            + (p.column().isEmpty() ? "" : " / " + p.column()),
                                    p.code(),
                                    List.of(p.message())))
                            .toList());
        }
        return report;
    }

    @GetMapping(value = "/api/v1/conventions/import/template.xlsx", produces = ConventionImportDownloads.XLSX)
    @Operation(summary = "Modèle d’import de conventions (XLSX, une feuille par partie, exemple rempli)")
    ResponseEntity<byte[]> template() {
        access.requireCreate();
        return ConventionImportDownloads.template(directory);
    }
}
