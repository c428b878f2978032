package fr.pilotectg.financing.web;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.financing.domain.FinancingInputsImport;
import fr.pilotectg.financing.domain.FinancingReads;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.InputEntryErrors;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import of the financing inputs through the API: the template, and a file checked as a dry run (200 with every
 * line and problem) or applied whole (200 with the new version, or 400 {@code FINANCING_IMPORT_REFUSED} listing each
 * problem with its line and column, nothing saved).
 */
@RestController
@Tag(name = "Financement")
class InputsRestController {

    private final FinancingReads reads;
    private final FinancingInputsImport imports;
    private final FinancingText text;
    private final Directory directory;
    private final Clock clock;

    InputsRestController(
            FinancingReads reads, FinancingInputsImport imports, FinancingText text, Directory directory, Clock clock) {
        this.reads = reads;
        this.imports = imports;
        this.text = text;
        this.directory = directory;
        this.clock = clock;
    }

    @PostMapping(value = "/api/v1/conventions/{id}/financing/inputs/import", consumes = "multipart/form-data")
    @Operation(
            summary =
                    "Importer les chiffres des structures (XLSX ou CSV, une ligne par structure et année) : dryRun=true "
                            + "montre ce qui changerait sans rien enregistrer ; sinon tout est appliqué, ou rien si une ligne est "
                            + "refusée (problèmes par ligne et colonne) ; version (facultative) : celle des données lues, 409 si "
                            + "elles ont changé depuis")
    FinancingInputsImport.Result importInputs(
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            @RequestParam(name = "version", required = false) Integer version) {
        FinancingInputsImport.Result result = imports.importFile(id, Upload.of(file), dryRun, version);
        if (!dryRun && !result.ok()) {
            throw new DomainException(
                    ErrorKind.INVALID,
                    InputEntryErrors.IMPORT_REFUSED,
                    java.util.List.of(),
                    result.problems().stream()
                            .map(FinancingInputsImport.Problem::asField)
                            .toList());
        }
        return result;
    }

    @GetMapping(value = "/api/v1/conventions/{id}/financing/inputs/template.xlsx", produces = FinancingDownloads.XLSX)
    @Operation(summary = "Modèle d’import des chiffres des structures (XLSX, en-têtes en français, pré-rempli)")
    ResponseEntity<byte[]> template(@PathVariable UUID id) {
        return InputsTemplate.download(reads.report(id), imports, text, directory, clock);
    }
}
