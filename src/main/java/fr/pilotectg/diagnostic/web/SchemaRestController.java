package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.ActionData;
import fr.pilotectg.diagnostic.domain.ActionStatus;
import fr.pilotectg.diagnostic.domain.SchemaOverview;
import fr.pilotectg.diagnostic.domain.SchemaService;
import fr.pilotectg.equipment.CapacityView;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schéma de développement of a convention through the API: its rows, the places planned and realised per year and
 * their effect on the taux de couverture; plan, revise, move and realise a row (realising updates the register).
 */
@RestController
@RequestMapping("/api/v1/conventions/{id}/schema")
@Tag(name = "Schéma de développement")
class SchemaRestController {

    private final SchemaService schemas;

    private final SchemaTotals totals;

    SchemaRestController(SchemaService schemas, SchemaTotals totals) {
        this.schemas = schemas;
        this.totals = totals;
    }

    /** A row as the API shows it. */
    record ActionItem(
            UUID id,
            int position,
            ActionData data,
            ActionStatus status,
            String statusReason,
            LocalDate realisedOn,
            String equipmentName,
            String communeName,
            int version) {

        static ActionItem of(SchemaOverview.Row row) {
            return new ActionItem(
                    row.action().id(),
                    row.action().position(),
                    row.action().data(),
                    row.action().status(),
                    row.action().statusReason(),
                    row.action().realisedOn(),
                    row.equipmentName(),
                    row.communeName(),
                    row.version());
        }
    }

    record SchemaResponse(
            UUID conventionId,
            List<ActionItem> actions,
            List<SchemaOverview.YearLine> years,
            java.math.BigDecimal placesNow,
            java.math.BigDecimal childrenUnder3,
            java.math.BigDecimal coverageNow,
            java.math.BigDecimal plannedTotal,
            java.math.BigDecimal realisedTotal,
            int plannedUnknown,
            int realisedUnknown,
            String plannedTotalText,
            String realisedTotalText) {}

    record ActionRequest(Integer version, ActionData data) {}

    record StatusRequest(Integer version, ActionStatus status, String reason) {}

    record RealisationRequest(Integer version, LocalDate realisedOn) {}

    record RealisationResponse(
            ActionItem action,
            CapacityView capacityRecorded,
            List<String> warnings,
            java.math.BigDecimal coverageNow) {}

    @GetMapping
    @Operation(
            summary =
                    "Le schéma de développement : actions, places prévues et réalisées par année, effet sur le taux de couverture")
    SchemaResponse get(@PathVariable UUID id) {
        SchemaOverview o = schemas.overview(id);
        return new SchemaResponse(
                id,
                o.rows().stream().map(ActionItem::of).toList(),
                o.years(),
                o.placesNow(),
                o.childrenUnder3() == null ? null : o.childrenUnder3().value(),
                o.coverageNow(),
                o.plannedTotal(),
                o.realisedTotal(),
                o.plannedUnknown(),
                o.realisedUnknown(),
                totals.text(o.plannedTotal(), o.plannedUnknown()),
                totals.text(o.realisedTotal(), o.realisedUnknown()));
    }

    @GetMapping("/actions/{actionId}")
    @Operation(summary = "Une action du schéma")
    ActionItem action(@PathVariable UUID id, @PathVariable UUID actionId) {
        return schemas.overview(id).rows().stream()
                .filter(r -> r.action().id().equals(actionId))
                .findFirst()
                .map(ActionItem::of)
                .orElseThrow(() -> fr.pilotectg.shared.DomainException.notFound("SCHEMA_ACTION_NOT_FOUND", actionId));
    }

    @PostMapping("/actions")
    @Operation(summary = "Prévoir une création ou un développement")
    ResponseEntity<ActionItem> plan(@PathVariable UUID id, @RequestBody ActionRequest request) {
        UUID actionId = schemas.plan(id, request.data() == null ? emptyData() : request.data());
        return ResponseEntity.created(URI.create("/api/v1/conventions/" + id + "/schema/actions/" + actionId))
                .body(action(id, actionId));
    }

    @PutMapping("/actions/{actionId}")
    @Operation(summary = "Modifier une action du schéma")
    ActionItem revise(@PathVariable UUID id, @PathVariable UUID actionId, @RequestBody ActionRequest request) {
        schemas.revise(
                id,
                actionId,
                RequiredVersion.of(request.version()),
                request.data() == null ? emptyData() : request.data());
        return action(id, actionId);
    }

    @PutMapping("/actions/{actionId}/status")
    @Operation(
            summary =
                    "Passer une action à PLANNED, IN_PROGRESS ou ABANDONED avec son motif (reason, obligatoire pour ABANDONED) ; "
                            + "REALISED : voir /realisation")
    ActionItem move(@PathVariable UUID id, @PathVariable UUID actionId, @RequestBody StatusRequest request) {
        schemas.move(id, actionId, RequiredVersion.of(request.version()), request.status(), request.reason());
        return action(id, actionId);
    }

    @PostMapping("/actions/{actionId}/realisation")
    @Operation(
            summary = "Réaliser une action : la capacité après est inscrite à l’historique du registre des équipements")
    RealisationResponse realise(
            @PathVariable UUID id, @PathVariable UUID actionId, @RequestBody RealisationRequest request) {
        var done = schemas.realise(id, actionId, RequiredVersion.of(request.version()), request.realisedOn());
        SchemaOverview o = schemas.overview(id);
        ActionItem item = o.rows().stream()
                .filter(r -> r.action().id().equals(actionId))
                .findFirst()
                .map(ActionItem::of)
                .orElseThrow();
        return new RealisationResponse(
                item,
                done.capacity() == null ? null : done.capacity().capacity(),
                done.capacity() == null ? List.of() : done.capacity().warnings(),
                o.coverageNow());
    }

    private static ActionData emptyData() {
        return new ActionData(
                null, null, null, null, null, null, null, null, null, null, null, null, null, false, null, null, null,
                null);
    }
}
