package fr.pilotectg.equipment.web;

import fr.pilotectg.equipment.CapacityRecorded;
import fr.pilotectg.equipment.CapacityView;
import fr.pilotectg.equipment.EquipmentTally;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.equipment.domain.ColumnMapping;
import fr.pilotectg.equipment.domain.EntryEditing;
import fr.pilotectg.equipment.domain.EquipmentExporter;
import fr.pilotectg.equipment.domain.EquipmentFilter;
import fr.pilotectg.equipment.domain.ImportCommit;
import fr.pilotectg.equipment.domain.ImportDryRun;
import fr.pilotectg.equipment.domain.ImportField;
import fr.pilotectg.equipment.domain.ImportFiles;
import fr.pilotectg.equipment.domain.ImportProgress;
import fr.pilotectg.equipment.domain.ImportRejected;
import fr.pilotectg.equipment.domain.ImportReport;
import fr.pilotectg.equipment.domain.ImportTable;
import fr.pilotectg.equipment.domain.RegisterReads;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/equipments")
@Tag(name = "Équipements et services")
class EquipmentRestController {

    private final RegisterReads reads;
    private final EntryEditing editing;
    private final ImportFiles files;
    private final ImportDryRun dryRun;
    private final ImportCommit importer;
    private final EquipmentExporter exporter;
    private final MessageSource messages;

    EquipmentRestController(
            RegisterReads reads,
            EntryEditing editing,
            ImportFiles files,
            ImportDryRun dryRun,
            ImportCommit importer,
            EquipmentExporter exporter,
            MessageSource messages) {
        this.reads = reads;
        this.editing = editing;
        this.files = files;
        this.dryRun = dryRun;
        this.importer = importer;
        this.exporter = exporter;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary =
                    "Les équipements visibles par l’utilisateur, filtrés (communes = codes INSEE séparés par des virgules)")
    PageResult<EquipmentView> list(
            @RequestParam(name = "communes", required = false) String communes,
            @RequestParam(name = "type", required = false) EquipmentType type,
            @RequestParam(name = "category", required = false) OperatorCategory category,
            @Parameter(description = "true : en QPV, false : hors QPV") @RequestParam(name = "qpv", required = false)
                    String qpv,
            @RequestParam(name = "status", required = false) EquipmentFilter.Status status,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "operator", required = false) UUID operator,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return reads.search(
                EquipmentRequests.filter(communes, type, category, qpv, status, q, operator),
                new PageQuery(page, size),
                fr.pilotectg.equipment.domain.RegisterSort.COMMUNE,
                false);
    }

    @GetMapping("/tallies")
    @Operation(summary = "Nombre d’équipements et capacités (places, actes, ETP, heures) par commune et par type")
    List<EquipmentTally> tallies(
            @RequestParam(name = "communes", required = false) String communes,
            @RequestParam(name = "type", required = false) EquipmentType type,
            @RequestParam(name = "category", required = false) OperatorCategory category,
            @RequestParam(name = "qpv", required = false) String qpv,
            @RequestParam(name = "status", defaultValue = "OPEN") EquipmentFilter.Status status) {
        return reads.tallies(EquipmentRequests.filter(communes, type, category, qpv, status, null, null));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Un équipement (404 EQUIPMENT_NOT_FOUND s’il n’est pas visible par l’utilisateur)")
    EquipmentView get(@PathVariable UUID id) {
        return reads.get(id);
    }

    @PostMapping
    @Operation(summary = "Créer un équipement ; QPV calculé si latitude et longitude sont données, sinon saisi (qpv)")
    ResponseEntity<EquipmentView> create(@RequestBody EquipmentRequests.EquipmentRequest request) {
        EquipmentView created = editing.create(request.data());
        return ResponseEntity.created(URI.create("/api/v1/equipments/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Modifier un équipement ; 409 CONCURRENT_MODIFICATION si `version` n’est plus la dernière")
    EquipmentView update(@PathVariable UUID id, @RequestBody EquipmentRequests.EquipmentRequest request) {
        return editing.update(id, RequiredVersion.of(request.version()), request.data());
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Fermer un équipement à une date (par défaut aujourd’hui)")
    EquipmentView close(@PathVariable UUID id, @RequestBody EquipmentRequests.CloseRequest request) {
        return editing.close(id, RequiredVersion.of(request.version()), request.closedOn());
    }

    @GetMapping("/{id}/capacities")
    @Operation(summary = "L’historique daté des capacités d’un équipement")
    List<CapacityView> capacities(@PathVariable UUID id) {
        return reads.capacities(id);
    }

    @PostMapping("/{id}/capacities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Enregistrer une capacité datée ; une unité inhabituelle pour le type est acceptée avec un avertissement")
    CapacityRecorded recordCapacity(@PathVariable UUID id, @RequestBody EquipmentRequests.CapacityRequest request) {
        return editing.recordCapacity(id, request.version(), request.input());
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Importer un fichier CSV ou XLSX : mode=dry-run (simulation, ligne par ligne) ou mode=commit (tout ou rien ; "
                            + "422 IMPORT_REJECTED avec le rapport si une ligne est refusée). Colonnes reconnues d’après les en-têtes, ou "
                            + "mapping.<CHAMP>=<en-tête> (ex. mapping.NAME=Structure).")
    ImportReport importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "mode", defaultValue = "dry-run") String mode,
            @RequestParam Map<String, String> parameters) {
        ImportTable table = files.read(Upload.of(file));
        ColumnMapping mapping = mapping(parameters, table);
        return switch (mode) {
            case "dry-run" -> dryRun.run(table, mapping, ImportProgress.NONE);
            case "commit" -> importer.commit(table, mapping, ImportProgress.NONE);
            default ->
                throw DomainException.invalidFields(
                        List.of(fr.pilotectg.shared.FieldProblem.of("mode", "INVALID_VALUE", mode)));
        };
    }

    @GetMapping("/export")
    @Operation(
            summary = "Exporter le registre filtré en XLSX (format=xlsx) ou CSV (format=csv), aux colonnes de l’import")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(name = "format", defaultValue = "xlsx") String format,
            @RequestParam(name = "communes", required = false) String communes,
            @RequestParam(name = "type", required = false) EquipmentType type,
            @RequestParam(name = "category", required = false) OperatorCategory category,
            @RequestParam(name = "qpv", required = false) String qpv,
            @RequestParam(name = "status", required = false) EquipmentFilter.Status status,
            @RequestParam(name = "q", required = false) String q) {
        return EquipmentDownloads.export(
                exporter, format, EquipmentRequests.filter(communes, type, category, qpv, status, q, null));
    }

    /** A rejected import answers its report with the problem, so that a script sees every line in error. */
    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.args().toArray(), Locale.FRANCE));
        problem.setType(URI.create("urn:pilote-ctg:problem:" + e.code()));
        problem.setTitle(messages.getMessage("problem.title.422", null, "Unprocessable", Locale.FRANCE));
        problem.setProperty("code", e.code());
        problem.setProperty("report", e.report());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ColumnMapping mapping(Map<String, String> parameters, ImportTable table) {
        Map<ImportField, String> byHeader = new EnumMap<>(ImportField.class);
        parameters.forEach((key, header) -> {
            if (!key.startsWith("mapping.")) return;
            try {
                byHeader.put(
                        ImportField.valueOf(key.substring("mapping.".length()).toUpperCase(Locale.ROOT)), header);
            } catch (IllegalArgumentException e) {
                throw DomainException.invalidFields(List.of(fr.pilotectg.shared.FieldProblem.of(key, "UNKNOWN_FIELD")));
            }
        });
        if (byHeader.isEmpty()) return ColumnMapping.guess(table.headers());
        Map<ImportField, Integer> columns =
                new EnumMap<>(ColumnMapping.guess(table.headers()).columns());
        columns.putAll(ColumnMapping.ofHeaders(byHeader, table.headers()).columns());
        return new ColumnMapping(columns);
    }
}
