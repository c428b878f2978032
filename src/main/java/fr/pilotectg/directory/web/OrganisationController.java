package fr.pilotectg.directory.web;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.directory.domain.OrganisationService;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.territory.Territories;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation pages: the list of those the user can see, one organisation, its form (identity for its agents, all for admins). */
@Controller
class OrganisationController {

    private final OrganisationService organisations;
    private final Territories territories;
    private final AuditTrail audit;

    OrganisationController(OrganisationService organisations, Territories territories, AuditTrail audit) {
        this.organisations = organisations;
        this.territories = territories;
        this.audit = audit;
    }

    @GetMapping("/organisations")
    String list(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "kind", required = false) OrganisationKind kind,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("results", organisations.search(q, kind, new PageQuery(Math.max(0, page), 25)));
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("directory.nav.organisations")));
        return "directory/organisations";
    }

    @GetMapping("/organisations/{id}")
    String detail(@PathVariable UUID id, Model model) {
        OrganisationView organisation = organisations.get(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("communes", territories.communes(organisation.communes()));
        model.addAttribute(
                "epcis",
                organisation.epcis().stream()
                        .map(territories::findEpci)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        model.addAttribute("canEdit", organisations.canEdit(organisation));
        model.addAttribute("history", audit.history("organisation", id.toString(), PageQuery.first(20)));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("directory.nav.organisations", "/organisations"),
                        Breadcrumb.here(organisation.name())));
        return "directory/organisation";
    }

    @GetMapping("/organisations/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        OrganisationView organisation = organisations.get(id);
        if (!organisations.canEdit(organisation)) throw AccessControl.denied();
        return form(OrganisationForm.of(organisation), organisation, model);
    }

    @PostMapping("/organisations/{id}/edit")
    String edit(
            @PathVariable UUID id,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            organisations.update(id, form.getVersion(), form.data());
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(form, organisations.get(id), model);
        }
        Flash.success(redirect, "directory.organisation.saved");
        return "redirect:/organisations/" + id;
    }

    @GetMapping("/admin/organisations/new")
    String newForm(Model model) {
        return form(new OrganisationForm(), null, model);
    }

    @PostMapping("/admin/organisations/new")
    String create(
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            OrganisationView created = organisations.create(form.data());
            Flash.success(redirect, "directory.organisation.created");
            return "redirect:/organisations/" + created.id();
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(form, null, model);
        }
    }

    /** The form for a new organisation ({@code organisation} null) or for correcting one. */
    private String form(OrganisationForm form, OrganisationView organisation, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", OrganisationKind.values());
        // A new organisation is an admin's; an existing one shows only the parts its user may change.
        Set<String> parts = organisation == null
                ? Set.of("IDENTITY", "ATTACHMENTS", "CLASSIFICATION")
                : organisations.rightsOn(organisation).stream().map(Enum::name).collect(Collectors.toSet());
        model.addAttribute("parts", parts);
        Breadcrumb section = Breadcrumb.section("directory.nav.organisations", "/organisations");
        model.addAttribute(
                "breadcrumbs",
                organisation == null
                        ? List.of(section, Breadcrumb.hereKey("directory.organisation.new"))
                        : List.of(
                                section,
                                Breadcrumb.link(organisation.name(), "/organisations/" + organisation.id()),
                                Breadcrumb.hereKey("directory.edit")));
        return "directory/organisation-form";
    }
}
