package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingScenarios;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.ScenarioChange;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Financing scenarios through the API: list, create (a name and its changes), generate from the schéma de
 * développement, compare with the plan or with another scenario, discard (with the version read: 409 if stale).
 */
@RestController
@Tag(name = "Financement")
class ScenarioRestController {

    static final String BASE = "/api/v1/conventions/{id}/financing/scenarios";

    private final FinancingScenarios scenarios;
    private final FinancingText text;

    ScenarioRestController(FinancingScenarios scenarios, FinancingText text) {
        this.scenarios = scenarios;
        this.text = text;
    }

    record CreateRequest(String name, List<ScenarioChange> changes) {}

    record SchemaRequest(String name) {}

    record Generated(ScenarioViews.Item scenario, int skippedRows) {}

    record DiscardRequest(Integer version) {}

    record VersionResponse(int version) {}

    @GetMapping(BASE)
    @Operation(summary = "Scénarios de financement d’une convention (en cours, puis écartés)")
    ScenarioViews.ListView list(@PathVariable UUID id) {
        return ScenarioViews.ListView.of(scenarios.list(id), text);
    }

    @PostMapping(BASE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer un scénario de financement : un nom et ses changements sur les données actuelles")
    ScenarioViews.Item create(@PathVariable UUID id, @RequestBody CreateRequest request) {
        return ScenarioViews.Item.of(scenarios.create(id, request.name(), request.changes()), text);
    }

    @PostMapping(BASE + "/from-schema")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Générer un scénario des places prévues par le schéma de développement")
    Generated fromSchema(@PathVariable UUID id, @RequestBody(required = false) SchemaRequest request) {
        var generated = scenarios.fromSchema(id, request == null ? null : request.name());
        return new Generated(ScenarioViews.Item.of(generated.scenario(), text), generated.skipped());
    }

    @GetMapping(BASE + "/{scenarioId}")
    @Operation(summary = "Un scénario à côté du plan actuel : par année, par structure, lignes modifiées et écart")
    ScenarioViews.Comparison comparison(@PathVariable UUID id, @PathVariable UUID scenarioId) {
        return ScenarioViews.Comparison.of(scenarios.comparison(id, scenarioId), scenarios, text);
    }

    @GetMapping(BASE + "/{scenarioId}/compare/{otherId}")
    @Operation(summary = "Deux scénarios côte à côte : l’écart du second par rapport au premier")
    ScenarioViews.Comparison compare(@PathVariable UUID id, @PathVariable UUID scenarioId, @PathVariable UUID otherId) {
        return ScenarioViews.Comparison.of(scenarios.compare(id, scenarioId, otherId), scenarios, text);
    }

    @PostMapping(BASE + "/{scenarioId}/discard")
    @Operation(summary = "Écarter un scénario (conservé dans la liste des scénarios écartés ; version lue obligatoire)")
    VersionResponse discard(@PathVariable UUID id, @PathVariable UUID scenarioId, @RequestBody DiscardRequest request) {
        return new VersionResponse(scenarios.discard(id, scenarioId, RequiredVersion.of(request.version())));
    }
}
