package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.actionplan.domain.AxisData;
import fr.pilotectg.actionplan.domain.FicheEditing;
import fr.pilotectg.actionplan.domain.FicheImport;
import fr.pilotectg.actionplan.domain.FicheWorkflow;
import fr.pilotectg.actionplan.domain.PlanAudit;
import fr.pilotectg.actionplan.domain.PlanAxes;
import fr.pilotectg.actionplan.domain.PlanFilter;
import fr.pilotectg.actionplan.domain.PlanReads;
import fr.pilotectg.actionplan.domain.PlanViews;
import fr.pilotectg.convention.ConventionPart;
import fr.pilotectg.convention.ConventionRights;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FrenchOrder;
import fr.pilotectg.shared.PageQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Action plan pages: a convention's plan (filters, counts, parts per axis, a quarter-by-quarter calendar of
 * milestones), a fiche (printable), the fiche form (new and edit, optimistic locking: a stale form keeps the user's
 * input and says so in French) and the status change. Each change redirects (PRG) with a flash message.
 */
@Controller
class ActionPlanController {

    private final PlanReads reads;
    private final PlanAxes axes;
    private final FicheEditing editing;
    private final FicheWorkflow workflow;
    private final FicheImport imports;
    private final Directory directory;
    private final AccessControl access;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ConventionRights rights;

    ActionPlanController(
            PlanReads reads,
            PlanAxes axes,
            FicheEditing editing,
            FicheWorkflow workflow,
            FicheImport imports,
            Directory directory,
            AccessControl access,
            AuditTrail audit,
            MessageSource messages,
            ConventionRights rights,
            fr.pilotectg.convention.NationalList nationalList,
            org.springframework.beans.factory.ObjectProvider<fr.pilotectg.actionplan.FicheIndicatorSource>
                    indicatorSources,
            fr.pilotectg.actionplan.domain.FicheComments comments,
            fr.pilotectg.actionplan.domain.FicheFiles files) {
        this.files = files;
        this.indicatorSources = indicatorSources;
        this.comments = comments;
        this.reads = reads;
        this.axes = axes;
        this.editing = editing;
        this.workflow = workflow;
        this.imports = imports;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.rights = rights;
        this.nationalList = nationalList;
    }

    private final fr.pilotectg.convention.NationalList nationalList;
    private final org.springframework.beans.factory.ObjectProvider<fr.pilotectg.actionplan.FicheIndicatorSource>
            indicatorSources;
    private final fr.pilotectg.actionplan.domain.FicheComments comments;
    private final fr.pilotectg.actionplan.domain.FicheFiles files;

    // ---------------------------------------------------------------- plan

    @GetMapping("/conventions/{id}/plan")
    String plan(
            @PathVariable UUID id,
            @RequestParam(name = "axis", required = false) UUID axis,
            @RequestParam(name = "commune", required = false) String commune,
            @RequestParam(name = "status", required = false) FicheStatus status,
            @RequestParam(name = "late", required = false) Boolean late,
            @RequestParam(name = "pilot", required = false) UUID pilot,
            @RequestParam(name = "partner", required = false) String partner,
            Model model) {
        var filter = new PlanFilter(axis, commune, status, late, pilot, partner);
        PlanViews.Plan plan = reads.plan(id, filter);
        model.addAttribute("plan", plan);
        model.addAttribute("c", plan.convention());
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", FicheStatus.values());
        model.addAttribute(
                "axisChoices",
                plan.axes().stream()
                        .map(a -> new Choice(a.id().toString(), a.title()))
                        .toList());
        model.addAttribute(
                "communeChoices",
                plan.convention().communes().stream()
                        .map(code -> new Choice(code, plan.communeNames().getOrDefault(code, code)))
                        .toList());
        model.addAttribute(
                "statusChoices",
                Arrays.stream(FicheStatus.values())
                        .map(s -> new Choice(s.name(), message(s.messageKey())))
                        .toList());
        model.addAttribute(
                "lateChoices",
                List.of(
                        new Choice("true", message("actionplan.filter.lateOnly")),
                        new Choice("false", message("actionplan.filter.notLate"))));
        model.addAttribute(
                "pilots",
                plan.all().stream()
                        .filter(l -> l.fiche().content().pilotId() != null)
                        .map(l -> l.fiche().content().pilotId())
                        .distinct()
                        .map(p -> new Choice(
                                p.toString(), plan.organisationNames().getOrDefault(p, p.toString())))
                        .sorted(FrenchOrder.by(Choice::label))
                        .toList());
        java.util.Map<String, String> domainLabel = new java.util.LinkedHashMap<>();
        plan.convention().domains().forEach(d -> domainLabel.put(d, domainLabel(d)));
        model.addAttribute("domainLabel", domainLabel);
        java.util.Map<UUID, String> domainLabels = new java.util.HashMap<>();
        plan.axes()
                .forEach(a -> domainLabels.put(
                        a.id(),
                        String.join(
                                ", ",
                                a.domains().stream().map(this::domainLabel).toList())));
        model.addAttribute("domainLabels", domainLabels);
        java.util.Map<UUID, String> enjeuLabels = new java.util.HashMap<>();
        plan.axes()
                .forEach(a -> enjeuLabels.put(
                        a.id(),
                        String.join(
                                " ; ",
                                a.enjeux().stream()
                                        .map(code -> message(
                                                "actionplan.axis.enjeu",
                                                code,
                                                plan.enjeuLabels().getOrDefault(code, code)))
                                        .toList())));
        model.addAttribute("enjeuLabels", enjeuLabels);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(plan.convention().title(), "/conventions/" + id),
                        Breadcrumb.hereKey("actionplan.title")));
        return "actionplan/plan";
    }

    /** An option of a filter select: the value sent and the label shown. */
    record Choice(String value, String label) {}

    /** The milestones of the plan's fiches by quarter: a view of its own, so that the plan table stays quick with hundreds of fiches. */
    @GetMapping("/conventions/{id}/plan/calendrier")
    String timeline(@PathVariable UUID id, Model model) {
        PlanViews.Plan plan = reads.plan(id, PlanFilter.none());
        model.addAttribute("plan", plan);
        model.addAttribute("c", plan.convention());
        model.addAttribute("timeline", Timeline.of(plan.shown(), plan.today()));
        model.addAttribute(
                "gantt",
                Gantt.of(
                        plan.convention(),
                        plan.shown(),
                        plan.today(),
                        (key, args) -> messages.getMessage(key, args, Locale.FRANCE)));
        model.addAttribute(
                "periodLabel",
                Gantt.periodLabel(plan.convention(), (key, args) -> messages.getMessage(key, args, Locale.FRANCE)));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(plan.convention().title(), "/conventions/" + id),
                        Breadcrumb.link(message("actionplan.title"), "/conventions/" + id + "/plan"),
                        Breadcrumb.hereKey("actionplan.timeline")));
        return "actionplan/timeline";
    }

    /**
     * The plan as one table: column filters, sorting and paging done in SQL ({@link PlanListQuery}), the total shown,
     * the page size chosen among 25, 50 and 100; every link keeps the other parameters once.
     */
    @GetMapping("/conventions/{id}/plan/liste")
    String list(
            @PathVariable UUID id,
            @RequestParam(name = "axis", required = false) UUID axis,
            @RequestParam(name = "status", required = false) FicheStatus status,
            @RequestParam(name = "late", required = false) Boolean late,
            @RequestParam(name = "pilot", required = false) UUID pilot,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "dir", required = false) String dir,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "25") int size,
            Model model) {
        var query = new fr.pilotectg.actionplan.domain.PlanListQuery(
                new PlanFilter(axis, null, status, late, pilot, null),
                q,
                fr.pilotectg.actionplan.domain.PlanListQuery.Sort.of(sort),
                "desc".equals(dir),
                page,
                size);
        PlanViews.FicheList list = reads.list(id, query);
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("q", query.text());
        params.put("axis", axis == null ? null : axis.toString());
        params.put("status", status == null ? null : status.name());
        params.put("late", late == null ? null : late.toString());
        params.put("pilot", pilot == null ? null : pilot.toString());
        params.put("sort", sort == null ? null : query.sort().name().toLowerCase(Locale.ROOT));
        params.put("dir", query.descending() ? "desc" : null);
        params.put("size", query.size() == 25 ? null : String.valueOf(query.size()));
        params.put("page", query.page() == 0 ? null : String.valueOf(query.page()));
        model.addAttribute("list", list);
        model.addAttribute("c", list.convention());
        model.addAttribute("links", new fr.pilotectg.platform.ListLinks("/conventions/" + id + "/plan/liste", params));
        model.addAttribute("sizes", fr.pilotectg.actionplan.domain.PlanListQuery.SIZES);
        model.addAttribute("statuses", FicheStatus.values());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(list.convention().title(), "/conventions/" + id),
                        Breadcrumb.link(message("actionplan.title"), "/conventions/" + id + "/plan"),
                        Breadcrumb.hereKey("actionplan.list")));
        return "actionplan/list";
    }

    /** The plan as a board by status: a column per status, a card per fiche, a button per move the user may make. */
    @GetMapping("/conventions/{id}/plan/tableau")
    String board(@PathVariable UUID id, Model model) {
        PlanViews.Board board = reads.board(id);
        model.addAttribute("board", board);
        model.addAttribute("plan", board.plan());
        model.addAttribute("c", board.plan().convention());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(board.plan().convention().title(), "/conventions/" + id),
                        Breadcrumb.link(message("actionplan.title"), "/conventions/" + id + "/plan"),
                        Breadcrumb.hereKey("actionplan.board")));
        return "actionplan/board";
    }

    /** A card moved on the board: the fiche's status verb with the version the board read; back to the board. */
    @PostMapping("/conventions/{id}/plan/tableau/fiches/{ficheId}")
    String move(
            @PathVariable UUID id,
            @PathVariable UUID ficheId,
            @RequestParam("version") int version,
            @RequestParam(name = "status", required = false) FicheStatus status,
            RedirectAttributes redirect) {
        try {
            workflow.changeStatus(ficheId, version, status, null, null);
            Flash.success(redirect, "actionplan.board.moved");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/plan/tableau#carte-" + ficheId;
    }

    @PostMapping("/conventions/{id}/plan/axes")
    String createAxis(
            @PathVariable UUID id,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "commune", required = false) String commune,
            @RequestParam(name = "domains", required = false) List<String> domains,
            @RequestParam(name = "enjeux", required = false) String enjeux,
            RedirectAttributes redirect) {
        try {
            List<String> codes = enjeux == null
                    ? List.of()
                    : Arrays.stream(enjeux.split("[,;\\s]+"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .map(s -> s.toUpperCase(Locale.ROOT))
                            .toList();
            axes.createAxis(id, new AxisData(title, commune, domains == null ? List.of() : domains, codes));
            Flash.success(redirect, "actionplan.axis.created");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/plan";
    }

    // ---------------------------------------------------------------- export and import

    @GetMapping("/conventions/{id}/plan/export.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export(@PathVariable UUID id) {
        var plan = reads.plan(id, PlanFilter.none());
        byte[] workbook = PlanWorkbook.of(plan, messages);
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + PlanWorkbook.fileName(plan) + "\"")
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbook);
    }

    @GetMapping("/conventions/{id}/plan/import")
    String importForm(@PathVariable UUID id, Model model) {
        return importPage(id, null, null, model);
    }

    @PostMapping("/conventions/{id}/plan/import")
    String importFiches(
            @PathVariable UUID id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
            Model model) {
        try {
            var report = imports.importFiches(id, fr.pilotectg.platform.Upload.of(file), dryRun);
            return importPage(id, ImportView.of(report, messages), null, model);
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.FORBIDDEN || e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.CONFLICT)
                throw e;
            return importPage(
                    id, null, messages.getMessage(e.messageKey(), e.args().toArray(), Locale.FRANCE), model);
        }
    }

    private String importPage(UUID id, ImportView report, String fileError, Model model) {
        PlanViews.Plan plan = reads.plan(id, PlanFilter.none());
        if (!plan.canEdit()) throw AccessControl.denied();
        if (!plan.canStructure()) throw new DomainException(ErrorKind.FORBIDDEN, ConventionPart.TERMS.refusal());
        model.addAttribute("plan", plan);
        model.addAttribute("c", plan.convention());
        model.addAttribute("report", report);
        model.addAttribute("fileError", fileError);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(plan.convention().title(), "/conventions/" + id),
                        Breadcrumb.section("actionplan.title", "/conventions/" + id + "/plan"),
                        Breadcrumb.hereKey("actionplan.import.title")));
        return "actionplan/import";
    }

    // ---------------------------------------------------------------- fiche

    @GetMapping("/fiches/{id}")
    String fiche(@PathVariable UUID id, Model model) {
        PlanViews.FicheDetails d = reads.fiche(id);
        model.addAttribute("d", d);
        model.addAttribute("f", d.fiche());
        model.addAttribute("fc", d.fiche().content());
        model.addAttribute("c", d.convention());
        model.addAttribute("history", audit.history(PlanAudit.FICHE_ENTITY, id.toString(), PageQuery.first(50)));
        model.addAttribute("thread", comments.thread(id));
        model.addAttribute("files", files.files(id));
        model.addAttribute("fileMaxMo", fr.pilotectg.actionplan.domain.FicheFiles.MAX_SIZE / (1024 * 1024));
        model.addAttribute("commentMax", fr.pilotectg.actionplan.domain.FicheComments.MAX_LENGTH);
        var source = indicatorSources.getIfAvailable();
        model.addAttribute(
                "indicators",
                source == null
                        ? fr.pilotectg.actionplan.FicheIndicators.none()
                        : source.indicatorsOf(d.convention().id(), id));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(
                                d.convention().title(),
                                "/conventions/" + d.convention().id()),
                        Breadcrumb.section(
                                "actionplan.title",
                                "/conventions/" + d.convention().id() + "/plan"),
                        Breadcrumb.here(d.fiche().content().title())));
        return "actionplan/fiche";
    }

    @PostMapping("/fiches/{id}/status")
    String changeStatus(
            @PathVariable UUID id,
            @RequestParam("version") int version,
            @RequestParam(name = "status", required = false) FicheStatus status,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "origin", required = false) String origin,
            RedirectAttributes redirect) {
        try {
            workflow.changeStatus(id, version, status, reason, origin);
            Flash.success(redirect, "actionplan.fiche.statusChanged");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/fiches/" + id;
    }

    // ---------------------------------------------------------------- form

    @GetMapping("/conventions/{id}/plan/fiches/new")
    String newForm(@PathVariable UUID id, @RequestParam(name = "axis", required = false) UUID axis, Model model) {
        var form = new FicheForm().withBlankRows();
        form.setAxisId(axis);
        return form(id, null, form, model);
    }

    @PostMapping("/conventions/{id}/plan/fiches/new")
    String create(
            @PathVariable UUID id,
            @ModelAttribute("fiche") FicheForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.compact();
        if (result.hasErrors()) return form(id, null, form.withBlankRows(), model);
        try {
            UUID ficheId = editing.createFiche(id, form.getAxisId(), form.content(), form.progressValue());
            Flash.success(redirect, "actionplan.fiche.created");
            return "redirect:/fiches/" + ficheId;
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(id, null, form.withBlankRows(), model);
        }
    }

    @GetMapping("/fiches/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        PlanViews.FicheDetails d = reads.fiche(id);
        if (!d.canEdit()) throw new DomainException(ErrorKind.FORBIDDEN, ConventionPart.FICHE.refusal());
        var form =
                FicheForm.of(d.fiche().content(), d.fiche().axisId(), d.fiche().progress(), d.version());
        return form(d.convention().id(), id, form, model);
    }

    @PostMapping("/fiches/{id}/edit")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("fiche") FicheForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID conventionId = reads.fiche(id).convention().id();
        form.compact();
        if (result.hasErrors()) return form(conventionId, id, form.withBlankRows(), model);
        try {
            editing.update(id, form.getVersion(), form.getAxisId(), form.content(), form.progressValue());
            Flash.success(redirect, "actionplan.fiche.saved");
            return "redirect:/fiches/" + id;
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(conventionId, id, form.withBlankRows(), model);
        }
    }

    private String form(UUID conventionId, UUID ficheId, FicheForm form, Model model) {
        PlanViews.Plan plan = reads.plan(conventionId, PlanFilter.none());
        if (!plan.canEdit()) throw AccessControl.denied();
        model.addAttribute("fiche", form);
        model.addAttribute("ficheId", ficheId);
        model.addAttribute("plan", plan);
        model.addAttribute("c", plan.convention());
        model.addAttribute(
                "otherFiches",
                plan.all().stream().filter(l -> !l.id().equals(ficheId)).toList());
        model.addAttribute("organisations", organisations(plan.convention()));
        String here = messages.getMessage(
                ficheId == null ? "actionplan.form.newTitle" : "actionplan.form.editTitle", null, Locale.FRANCE);
        model.addAttribute("formTitle", here);
        model.addAttribute(
                "action",
                ficheId == null ? "/conventions/" + conventionId + "/plan/fiches/new" : "/fiches/" + ficheId + "/edit");
        model.addAttribute("cancel", ficheId == null ? "/conventions/" + conventionId + "/plan" : "/fiches/" + ficheId);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(plan.convention().title(), "/conventions/" + conventionId),
                        Breadcrumb.section("actionplan.title", "/conventions/" + conventionId + "/plan"),
                        Breadcrumb.here(here)));
        return "actionplan/form";
    }

    /** The organisations a fiche may name (pilot, partners): those taking part in the convention (ADR 0003). */
    private List<OrganisationView> organisations(ConventionSummary convention) {
        return directory.visibleOrganisations(access.currentReach(), PageQuery.first(200)).content().stream()
                .filter(o -> rights.takesPart(convention, o.id()))
                .sorted(FrenchOrder.by(OrganisationView::name))
                .toList();
    }

    /** A domain's label from the national list (custom ones included), never its code. */
    private String domainLabel(String code) {
        String label = nationalList.domains().get(code);
        return label != null ? label : messages.getMessage("actionplan.domain." + code, null, code, Locale.FRANCE);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
