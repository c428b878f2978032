package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingInputs;
import fr.pilotectg.financing.domain.FinancingInputsEditing;
import fr.pilotectg.financing.domain.FinancingReads;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    private final FinancingText text;

    FinancingRestController(FinancingReads reads, FinancingInputsEditing editing, FinancingText text) {
        this.reads = reads;
        this.editing = editing;
        this.text = text;
    }

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

    @GetMapping("/api/v1/financing/parameters")
    @Operation(summary = "Paramètres nationaux du financement, avec leurs périodes, sources et hypothèses")
    List<FinancingViews.Parameter> parameters() {
        return reads.nationalParameters().stream()
                .map(v -> FinancingViews.Parameter.of(v, text))
                .toList();
    }
}
