package fr.pilotectg.financing.web;

import fr.pilotectg.financing.ParameterCode;
import fr.pilotectg.financing.domain.FinancingErrors;
import fr.pilotectg.financing.domain.FinancingInputs;
import fr.pilotectg.financing.domain.FinancingInputsEditing;
import fr.pilotectg.financing.domain.FinancingReads;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.FundingKind;
import fr.pilotectg.financing.domain.FundingLineSettling;
import fr.pilotectg.financing.domain.FundingStatements;
import fr.pilotectg.financing.domain.LineStatus;
import fr.pilotectg.financing.domain.ParameterOverriding;
import fr.pilotectg.financing.domain.ParameterVersion;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.InputLimits;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The financing API: a convention's funding lines with their explanations, totals and envelope checks; its inputs
 * (replaced whole, with the {@code version} read: 409 {@code CONCURRENT_MODIFICATION} if stale); the national parameters.
 */
@RestController
@Tag(name = "Financement")
class FinancingRestController {

    private final FinancingReads reads;
    private final FinancingInputsEditing editing;
    private final FundingLineSettling settling;
    private final ParameterOverriding overriding;
    private final FinancingText text;
    private final Clock clock;
    private final FundingStatements statements;

    FinancingRestController(
            FinancingReads reads,
            FinancingInputsEditing editing,
            FundingLineSettling settling,
            ParameterOverriding overriding,
            FinancingText text,
            Clock clock,
            FundingStatements statements) {
        this.clock = clock;
        this.statements = statements;
        this.reads = reads;
        this.editing = editing;
        this.settling = settling;
        this.overriding = overriding;
        this.text = text;
    }

    /** The lines to notify or pay, with the version of the inputs the amounts were read at. */
    record LinesRequest(Integer version, List<LineRef> lines) {}

    record LineRef(String structureId, Integer year, FundingKind kind) {

        LineStatus.Key key() {
            if (structureId == null || year == null || kind == null)
                throw DomainException.invalid(FinancingErrors.REQUIRED);
            return new LineStatus.Key(structureId, year, kind);
        }
    }

    record CountResponse(int count) {}

    record OverrideRequest(
            ParameterCode code, LocalDate validFrom, LocalDate validTo, String value, String reason, String source) {}

    record InputsRequest(Integer version, FinancingInputs inputs) {}

    record VersionResponse(int version) {}

    @GetMapping("/api/v1/conventions/{id}/financing")
    @Operation(
            summary = "Financement d’une convention : lignes par structure et année, explications, totaux, enveloppe")
    FinancingViews.Report financing(@PathVariable UUID id) {
        return FinancingViews.report(reads.report(id), text);
    }

    @PutMapping("/api/v1/conventions/{id}/financing/inputs")
    @Operation(summary = "Remplacer les données de financement d’une convention (version lue obligatoire)")
    VersionResponse replaceInputs(@PathVariable UUID id, @RequestBody InputsRequest request) {
        int version = RequiredVersion.of(request.version());
        FinancingInputs inputs = request.inputs() == null ? FinancingInputs.empty() : request.inputs();
        return new VersionResponse(editing.replace(id, version, inputs));
    }

    @GetMapping(value = "/api/v1/conventions/{id}/financing/schedule.xlsx", produces = FinancingDownloads.XLSX)
    @Operation(summary = "Échéancier du financement d’une convention en XLSX (échéancier, lignes, paramètres)")
    ResponseEntity<byte[]> scheduleWorkbook(@PathVariable UUID id) {
        return FinancingDownloads.schedule(reads.report(id), text, clock);
    }

    @GetMapping("/api/v1/conventions/{id}/financing/statements/{structureId}")
    @Operation(
            summary =
                    "Relevé de financement d’une structure : ce que reçoit son gestionnaire chaque année, et pourquoi")
    StatementView statement(@PathVariable UUID id, @PathVariable String structureId) {
        return StatementView.of(statements.statement(id, structureId), text);
    }

    @GetMapping("/api/v1/financing/statements")
    @Operation(summary = "Structures dont l’organisation de l’utilisateur est le gestionnaire, avec leur convention")
    List<FundingStatements.Received> receivedStatements() {
        return statements.received();
    }

    @PostMapping("/api/v1/conventions/{id}/financing/lines/notify")
    @Operation(
            summary = "Notifier des lignes de financement à leur montant calculé (agents de la Caf de la convention)")
    CountResponse notifyLines(@PathVariable UUID id, @RequestBody LinesRequest request) {
        return new CountResponse(settling.notifyLines(id, RequiredVersion.of(request.version()), keys(request)));
    }

    @PostMapping("/api/v1/conventions/{id}/financing/lines/pay")
    @Operation(summary = "Marquer payées des lignes notifiées (agents de la Caf de la convention)")
    CountResponse payLines(@PathVariable UUID id, @RequestBody LinesRequest request) {
        return new CountResponse(settling.pay(id, RequiredVersion.of(request.version()), keys(request)));
    }

    @GetMapping("/api/v1/financing/cafs/{cafId}/parameters")
    @Operation(summary = "Paramètres du financement d’une Caf : valeurs nationales et valeurs propres à la Caf")
    List<FinancingViews.Parameter> cafParameters(@PathVariable UUID cafId) {
        return overriding.parametersOf(cafId).stream()
                .map(v -> FinancingViews.Parameter.of(v, text))
                .toList();
    }

    @PostMapping("/api/v1/financing/cafs/{cafId}/parameters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Fixer la valeur d’un paramètre pour une Caf à partir d’une date, avec son motif")
    FinancingViews.Parameter overrideParameter(@PathVariable UUID cafId, @RequestBody OverrideRequest request) {
        ParameterVersion added = overriding.override(
                cafId,
                new ParameterOverriding.Request(
                        request.code(),
                        request.validFrom(),
                        request.validTo(),
                        request.value(),
                        request.reason(),
                        request.source()));
        return FinancingViews.Parameter.of(added, text);
    }

    private static List<LineStatus.Key> keys(LinesRequest request) {
        if (request.lines() == null || request.lines().isEmpty())
            throw DomainException.invalid(FinancingErrors.REQUIRED);
        if (request.lines().size() > InputLimits.LIST_MAX)
            throw DomainException.invalid(InputLimits.LIST_TOO_LONG, InputLimits.LIST_MAX);
        return request.lines().stream().map(LineRef::key).toList();
    }

    @GetMapping("/api/v1/financing/parameters")
    @Operation(summary = "Paramètres nationaux du financement, avec leurs périodes, sources et hypothèses")
    List<FinancingViews.Parameter> parameters() {
        return reads.nationalParameters().stream()
                .map(v -> FinancingViews.Parameter.of(v, text))
                .toList();
    }
}
