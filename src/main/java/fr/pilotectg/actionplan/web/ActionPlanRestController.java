package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.actionplan.domain.Attachment;
import fr.pilotectg.actionplan.domain.Axis;
import fr.pilotectg.actionplan.domain.AxisData;
import fr.pilotectg.actionplan.domain.Fiche;
import fr.pilotectg.actionplan.domain.FicheContent;
import fr.pilotectg.actionplan.domain.FicheEditing;
import fr.pilotectg.actionplan.domain.FicheImport;
import fr.pilotectg.actionplan.domain.FicheWorkflow;
import fr.pilotectg.actionplan.domain.Funding;
import fr.pilotectg.actionplan.domain.Milestone;
import fr.pilotectg.actionplan.domain.PartnerRef;
import fr.pilotectg.actionplan.domain.PlanAxes;
import fr.pilotectg.actionplan.domain.PlanFilter;
import fr.pilotectg.actionplan.domain.PlanReads;
import fr.pilotectg.actionplan.domain.PlanViews;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The action plan API: a convention's plan (axes and fiches, filterable), one fiche, its revision (with the
 * {@code version} read: a stale one gets 409 {@code CONCURRENT_MODIFICATION}) and its status changes (422
 * {@code FICHE_TRANSITION_NOT_ALLOWED} when the workflow forbids it). Field errors come back as problem+json
 * {@code fields} with French messages.
 */
@RestController
@Tag(name = "Plan d'actions")
class ActionPlanRestController {

    private final PlanReads reads;
    private final PlanAxes axes;
    private final FicheEditing editing;
    private final FicheWorkflow workflow;
    private final FicheImport imports;
    private final org.springframework.context.MessageSource messages;

    ActionPlanRestController(
            PlanReads reads,
            PlanAxes axes,
            FicheEditing editing,
            FicheWorkflow workflow,
            FicheImport imports,
            org.springframework.context.MessageSource messages,
            fr.pilotectg.convention.NationalList nationalList) {
        this.nationalList = nationalList;
        this.reads = reads;
        this.axes = axes;
        this.editing = editing;
        this.workflow = workflow;
        this.imports = imports;
        this.messages = messages;
    }

    private final fr.pilotectg.convention.NationalList nationalList;

    /** An axis to add; its domains named by code or by label. */
    record AxisRequest(String title, String commune, List<String> domains, List<String> enjeux) {}

    /** A fiche as the client sends it: the template's fields, its axis, progress and, for a change, the version read. */
    record FicheRequest(
            Integer version,
            UUID axisId,
            Integer progress,
            String title,
            String targetPublic,
            String diagnostic,
            String objectives,
            List<String> steps,
            List<Milestone> milestones,
            String services,
            String expectedResults,
            List<PartnerRef> partners,
            List<String> indicators,
            UUID pilotId,
            List<String> referents,
            BigDecimal budget,
            List<Funding> fundings,
            List<UUID> links,
            List<Attachment> attachments,
            String note,
            Boolean commonToAll,
            String numberInAxis,
            LocalDate realisedOn) {

        FicheContent content() {
            return new FicheContent(
                    title,
                    targetPublic,
                    diagnostic,
                    objectives,
                    steps,
                    milestones,
                    services,
                    expectedResults,
                    partners,
                    indicators,
                    pilotId,
                    referents,
                    budget,
                    fundings,
                    links,
                    attachments,
                    note,
                    commonToAll,
                    numberInAxis,
                    realisedOn);
        }
    }

    record StatusRequest(Integer version, FicheStatus status, String reason, String origin) {}

    record FicheResponse(
            UUID id,
            UUID conventionId,
            UUID axisId,
            int number,
            String status,
            int progress,
            boolean late,
            List<Milestone> lateMilestones,
            String abandonReason,
            String title,
            String targetPublic,
            String diagnostic,
            String objectives,
            List<String> steps,
            List<Milestone> milestones,
            String services,
            String expectedResults,
            List<PartnerRef> partners,
            List<String> indicators,
            UUID pilotId,
            List<String> referents,
            BigDecimal budget,
            List<Funding> fundings,
            List<UUID> links,
            List<Attachment> attachments,
            String note,
            boolean commonToAll,
            String numberInAxis,
            LocalDate realisedOn,
            List<FicheStatus> nextStatuses,
            int version) {

        static FicheResponse of(PlanViews.FicheLine line) {
            Fiche f = line.fiche();
            FicheContent c = f.content();
            return new FicheResponse(
                    f.id(),
                    f.conventionId(),
                    f.axisId(),
                    f.position(),
                    f.status().name(),
                    f.progress(),
                    line.late(),
                    line.lateMilestones(),
                    f.abandonReason(),
                    c.title(),
                    c.targetPublic(),
                    c.diagnostic(),
                    c.objectives(),
                    c.steps(),
                    c.milestones(),
                    c.services(),
                    c.expectedResults(),
                    c.partners(),
                    c.indicators(),
                    c.pilotId(),
                    c.referents(),
                    c.budget(),
                    c.fundings(),
                    c.links(),
                    c.attachments(),
                    c.note(),
                    c.commonToAll(),
                    c.numberInAxis(),
                    c.realisedOn(),
                    List.copyOf(f.status().next()),
                    line.version());
        }
    }

    /** Domains named by label or code, as codes: a label of the national list maps to its code, anything else stays. */
    private List<String> codes(List<String> domains) {
        if (domains == null) return null;
        java.util.Map<String, String> labels = nationalList.domains();
        return domains.stream()
                .map(d -> d == null
                        ? null
                        : labels.entrySet().stream()
                                .filter(e -> e.getValue().equals(d.strip()))
                                .map(java.util.Map.Entry::getKey)
                                .findFirst()
                                .orElse(d))
                .toList();
    }

    record AxisResponse(
            UUID id,
            int number,
            String title,
            String commune,
            List<String> domains,
            List<String> enjeux,
            List<FicheResponse> fiches,
            List<String> domainLabels) {}

    record PlanResponse(
            UUID conventionId,
            String conventionTitle,
            LocalDate today,
            int ficheCount,
            long lateCount,
            java.util.Map<FicheStatus, Long> countsByStatus,
            List<AxisResponse> axes) {}

    @GetMapping("/api/v1/conventions/{id}/plan")
    @Operation(
            summary =
                    "Le plan d'actions d'une convention : axes et fiches action, filtrables (axe, commune, statut, retard, pilote, partenaire)")
    PlanResponse plan(
            @PathVariable UUID id,
            @RequestParam(name = "axis", required = false) UUID axis,
            @RequestParam(name = "commune", required = false) String commune,
            @RequestParam(name = "status", required = false) FicheStatus status,
            @RequestParam(name = "late", required = false) Boolean late,
            @RequestParam(name = "pilot", required = false) UUID pilot,
            @RequestParam(name = "partner", required = false) String partner) {
        PlanViews.Plan plan = reads.plan(id, new PlanFilter(axis, commune, status, late, pilot, partner));
        java.util.Map<String, String> labels = nationalList.domains();
        List<AxisResponse> axes = plan.parts().stream()
                .map(p -> {
                    Axis a = p.axis();
                    return new AxisResponse(
                            a.id(),
                            a.position(),
                            a.title(),
                            a.commune(),
                            a.domains(),
                            a.enjeux(),
                            p.fiches().stream().map(FicheResponse::of).toList(),
                            a.domains().stream()
                                    .map(d -> labels.getOrDefault(d, d))
                                    .toList());
                })
                .toList();
        return new PlanResponse(
                id,
                plan.convention().title(),
                plan.today(),
                plan.shown().size(),
                plan.lateCount(),
                plan.countsByStatus(),
                axes);
    }

    @PostMapping("/api/v1/conventions/{id}/plan/axes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Ajouter un axe au plan d'actions (domaines de la convention, enjeux Caf E1 à E10, commune facultative)")
    AxisResponse createAxis(@PathVariable UUID id, @RequestBody AxisRequest request) {
        UUID axisId = axes.createAxis(
                id, new AxisData(request.title(), request.commune(), codes(request.domains()), request.enjeux()));
        return plan(id, axisId, null, null, null, null, null).axes().stream()
                .filter(a -> a.id().equals(axisId))
                .findFirst()
                .orElseThrow();
    }

    @PostMapping("/api/v1/conventions/{id}/plan/fiches")
    @Operation(summary = "Créer une fiche action (en brouillon)")
    ResponseEntity<FicheResponse> createFiche(@PathVariable UUID id, @RequestBody FicheRequest request) {
        UUID ficheId = editing.createFiche(id, request.axisId(), request.content(), progressOf(request.progress()));
        return ResponseEntity.created(URI.create("/api/v1/fiches/" + ficheId)).body(fiche(ficheId));
    }

    @GetMapping("/api/v1/fiches/{id}")
    @Operation(summary = "Une fiche action, avec son retard calculé au jour et les statuts possibles ensuite")
    FicheResponse fiche(@PathVariable UUID id) {
        return FicheResponse.of(reads.fiche(id).line());
    }

    @PutMapping("/api/v1/fiches/{id}")
    @Operation(summary = "Modifier une fiche action (avec la version lue : 409 si quelqu'un l'a modifiée entre-temps)")
    FicheResponse update(@PathVariable UUID id, @RequestBody FicheRequest request) {
        editing.update(
                id,
                RequiredVersion.of(request.version()),
                request.axisId(),
                request.content(),
                progressOf(request.progress()));
        return fiche(id);
    }

    @PostMapping("/api/v1/fiches/{id}/status")
    @Operation(
            summary = "Changer le statut d'une fiche (abandon : motif obligatoire ; origin : instance qui l'a décidé)")
    FicheResponse changeStatus(@PathVariable UUID id, @RequestBody StatusRequest request) {
        workflow.changeStatus(
                id, RequiredVersion.of(request.version()), request.status(), request.reason(), request.origin());
        return fiche(id);
    }

    @GetMapping(
            value = "/api/v1/conventions/{id}/plan/export",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Le plan d'actions en classeur XLSX (une ligne par fiche, en-têtes en français)")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        var plan = reads.plan(id, PlanFilter.none());
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + PlanWorkbook.fileName(plan) + "\"")
                .body(PlanWorkbook.of(plan, messages));
    }

    @PostMapping(value = "/api/v1/conventions/{id}/plan/import", consumes = "multipart/form-data")
    @Operation(
            summary =
                    "Importer des fiches (XLSX ou CSV, en-têtes de l'export) : dryRun=true vérifie ligne par ligne sans rien "
                            + "enregistrer ; sinon tout est créé en brouillon, ou rien si une ligne est refusée")
    ImportView importFiches(
            @PathVariable UUID id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun) {
        return ImportView.of(imports.importFiches(id, fr.pilotectg.platform.Upload.of(file), dryRun), messages);
    }

    private static int progressOf(Integer progress) {
        return progress == null ? 0 : progress;
    }
}
