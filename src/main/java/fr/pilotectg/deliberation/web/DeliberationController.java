package fr.pilotectg.deliberation.web;

import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.domain.ActesMatiere;
import fr.pilotectg.deliberation.domain.CouncilBody;
import fr.pilotectg.deliberation.domain.DeliberationDetails;
import fr.pilotectg.deliberation.domain.DeliberationQuery;
import fr.pilotectg.deliberation.domain.DeliberationReads;
import fr.pilotectg.deliberation.domain.DeliberationRecording;
import fr.pilotectg.deliberation.domain.Severity;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Deliberation pages: the list the user may see (filters, paging; htmx refreshes the results), one deliberation with
 * its attendance, figures, préfecture stamp, findings and history, and the form to record or correct one.
 */
@Controller
class DeliberationController {

    private static final int PAGE_SIZE = 20;
    private static final String SECTION = "deliberation.nav";

    private final DeliberationReads deliberations;
    private final DeliberationRecording recording;
    private final DeliberationResources resources;
    private final AuditTrail audit;

    private final Directory directory;

    DeliberationController(
            DeliberationReads deliberations,
            DeliberationRecording recording,
            DeliberationResources resources,
            AuditTrail audit,
            Directory directory) {
        this.directory = directory;
        this.deliberations = deliberations;
        this.recording = recording;
        this.resources = resources;
        this.audit = audit;
    }

    @GetMapping("/deliberations")
    String list(
            @RequestParam(name = "organisation", required = false) UUID organisation,
            @RequestParam(name = "body", required = false) CouncilBody body,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        PageResult<DeliberationSummary> results = deliberations.search(
                new DeliberationQuery(organisation, body, year, q), new PageQuery(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("results", results);
        model.addAttribute("organisation", organisation);
        model.addAttribute("body", body);
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("organisations", deliberations.visibleOrganisations());
        model.addAttribute("bodies", CouncilBody.values());
        model.addAttribute("canCreate", !deliberations.writableOrganisations().isEmpty());
        model.addAttribute("base", listUrl(organisation, body, year, q));
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey(SECTION)));
        return "true".equals(htmx) ? "deliberation/list :: results" : "deliberation/list";
    }

    @GetMapping("/deliberations/{id}")
    String detail(@PathVariable UUID id, Model model) {
        DeliberationDetails details = deliberations.get(id);
        DeliberationResource deliberation = resources.resource(details);
        model.addAttribute("d", deliberation);
        model.addAttribute(
                "errors",
                deliberation.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .toList());
        model.addAttribute(
                "warnings",
                deliberation.findings().stream()
                        .filter(f -> f.severity() == Severity.WARNING)
                        .toList());
        model.addAttribute("canEdit", deliberations.canEdit(id));
        model.addAttribute("openable", directory.openable(java.util.Set.of(deliberation.organisationId())));
        model.addAttribute("history", audit.history("deliberation", id.toString(), PageQuery.first(20)));
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.section(SECTION, "/deliberations"), Breadcrumb.here(title(details))));
        return "deliberation/detail";
    }

    @GetMapping("/deliberations/new")
    String newForm(Model model) {
        List<OrganisationView> organisations = deliberations.writableOrganisations();
        if (organisations.isEmpty()) throw AccessControl.denied();
        var form = new DeliberationForm();
        UUID own = CurrentUser.optional().map(PiloteUser::organisationId).orElse(null);
        organisations.stream()
                .filter(o -> o.id().equals(own))
                .findFirst()
                .or(() -> organisations.size() == 1 ? organisations.stream().findFirst() : Optional.empty())
                .ifPresent(o -> form.setOrganisationId(o.id().toString()));
        form.setBody(CouncilBody.CONSEIL_MUNICIPAL.name());
        return form(form, null, model);
    }

    @PostMapping("/deliberations/new")
    String create(
            @ModelAttribute("form") DeliberationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (deliberations.writableOrganisations().isEmpty()) throw AccessControl.denied();
        DeliberationDetails created;
        try {
            created = recording.record(form.input());
        } catch (RuntimeException e) {
            FormErrors.reject(result, DeliberationResources.forForm(e));
            return form(form, null, model);
        }
        saved(redirect, created, "deliberation.created");
        return "redirect:/deliberations/" + created.deliberation().id();
    }

    @GetMapping("/deliberations/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        DeliberationDetails details = deliberations.get(id);
        if (!deliberations.canEdit(id)) throw AccessControl.denied();
        return form(DeliberationForm.of(details), details, model);
    }

    @PostMapping("/deliberations/{id}/edit")
    String edit(
            @PathVariable UUID id,
            @ModelAttribute("form") DeliberationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        DeliberationDetails updated;
        try {
            updated = recording.update(id, form.getVersion(), form.input());
        } catch (OptimisticLockingFailureException e) {
            // Someone saved in between: keep what this user typed, and let a second save replace the newer version.
            DeliberationDetails current = deliberations.get(id);
            result.reject("deliberation.form.conflict");
            form.setVersion(current.version());
            return form(form, current, model);
        } catch (RuntimeException e) {
            FormErrors.reject(result, DeliberationResources.forForm(e));
            return form(form, deliberations.get(id), model);
        }
        saved(redirect, updated, "deliberation.saved");
        return "redirect:/deliberations/" + id;
    }

    /** The form for a new deliberation ({@code details} null) or for correcting one. */
    private String form(DeliberationForm form, DeliberationDetails details, Model model) {
        List<OrganisationView> organisations = deliberations.writableOrganisations();
        model.addAttribute("form", form);
        model.addAttribute("details", details);
        model.addAttribute("organisations", organisations);
        model.addAttribute("bodies", CouncilBody.values());
        model.addAttribute("matieres", ActesMatiere.all());
        model.addAttribute(
                "action",
                details == null
                        ? "/deliberations/new"
                        : "/deliberations/" + details.deliberation().id() + "/edit");
        model.addAttribute(
                "cancel",
                details == null
                        ? "/deliberations"
                        : "/deliberations/" + details.deliberation().id());
        Breadcrumb section = Breadcrumb.section(SECTION, "/deliberations");
        model.addAttribute(
                "breadcrumbs",
                details == null
                        ? List.of(section, Breadcrumb.hereKey("deliberation.new"))
                        : List.of(
                                section,
                                Breadcrumb.link(
                                        title(details),
                                        "/deliberations/"
                                                + details.deliberation().id()),
                                Breadcrumb.hereKey("deliberation.edit")));
        return "deliberation/form";
    }

    /** Confirms the save; with findings, a warning that sends the reader to them (listed and counted on the page). */
    private static void saved(RedirectAttributes redirect, DeliberationDetails details, String key) {
        if (details.findings().isEmpty()) Flash.success(redirect, key);
        else Flash.warning(redirect, key + ".withFindings");
    }

    private String title(DeliberationDetails details) {
        return resources.message("deliberation.title", details.deliberation().number());
    }

    private static String listUrl(UUID organisation, CouncilBody body, Integer year, String q) {
        var url = UriComponentsBuilder.fromPath("/deliberations");
        if (organisation != null) url.queryParam("organisation", organisation);
        if (body != null) url.queryParam("body", body.name());
        if (year != null) url.queryParam("year", year);
        if (q != null && !q.isBlank()) url.queryParam("q", q);
        return url.encode().build().toUriString();
    }
}
