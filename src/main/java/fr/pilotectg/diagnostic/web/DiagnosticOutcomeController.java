package fr.pilotectg.diagnostic.web;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.diagnostic.domain.Diagnostic;
import fr.pilotectg.diagnostic.domain.DiagnosticService;
import fr.pilotectg.diagnostic.domain.Priority;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * What comes out of the diagnostic, edited one line at a time: the champs d'intervention prioritaires with their
 * development axes (linked to the convention's domains and to enjeux), and the diagnostic's due dates. Each page lists
 * the lines with their edit and remove buttons, and a form to add a line or change the one chosen.
 */
@Controller
class DiagnosticOutcomeController {

    /** The enjeux codes of the national list, as the diagnostic's priorities refer to them. */
    static final List<String> ENJEUX = IntStream.rangeClosed(1, 10).mapToObj(i -> "E" + i).toList();

    private final DiagnosticService diagnostics;
    private final MessageSource messages;

    DiagnosticOutcomeController(DiagnosticService diagnostics, MessageSource messages) {
        this.diagnostics = diagnostics;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- priorities

    @GetMapping("/conventions/{id}/diagnostic/priorites")
    String priorities(@PathVariable UUID id, @RequestParam(required = false) Integer edit, Model model) {
        var stored = diagnostics.get(id);
        List<Priority> lines = stored.value().priorities();
        PriorityForm form = edit != null && edit >= 0 && edit < lines.size() ? PriorityForm.of(edit, lines.get(edit), stored.version())
                : PriorityForm.blank(stored.version());
        return prioritiesPage(id, stored.value(), stored.version(), form, model);
    }

    @PostMapping("/conventions/{id}/diagnostic/priorites")
    String putPriority(@PathVariable UUID id, @ModelAttribute("form") PriorityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            diagnostics.putPriority(id, form.getVersion(), form.getIndex(), form.priority());
            Flash.success(redirect, "diagnostic.priorities.saved");
            return "redirect:/conventions/" + id + "/diagnostic/priorites";
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            var stored = diagnostics.get(id);
            return prioritiesPage(id, stored.value(), stored.version(), form, model);
        }
    }

    @PostMapping("/conventions/{id}/diagnostic/priorites/remove")
    String removePriority(@PathVariable UUID id, @RequestParam int index, @RequestParam int version, RedirectAttributes redirect) {
        try {
            diagnostics.removePriority(id, version, index);
            Flash.success(redirect, "diagnostic.priorities.removed");
        } catch (OptimisticLockingFailureException e) {
            Flash.danger(redirect, "error.CONCURRENT_MODIFICATION");
        }
        return "redirect:/conventions/" + id + "/diagnostic/priorites";
    }

    private String prioritiesPage(UUID id, Diagnostic diagnostic, int version, PriorityForm form, Model model) {
        ConventionSummary convention = diagnostics.visibleConvention(id);
        model.addAttribute("convention", convention);
        model.addAttribute("canEdit", diagnostics.canEdit(convention));
        model.addAttribute("priorities", diagnostic.priorities());
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("domains", convention.domains());
        model.addAttribute("enjeux", ENJEUX);
        breadcrumbs(convention, "diagnostic.priorities", model);
        return "diagnostic/priorities";
    }

    // ---------------------------------------------------------------- milestones

    @GetMapping("/conventions/{id}/diagnostic/echeances")
    String milestones(@PathVariable UUID id, @RequestParam(required = false) Integer edit, Model model) {
        var stored = diagnostics.get(id);
        var lines = stored.value().milestones();
        MilestoneForm form = edit != null && edit >= 0 && edit < lines.size() ? MilestoneForm.of(edit, lines.get(edit), stored.version())
                : MilestoneForm.blank(stored.version());
        return milestonesPage(id, stored.value(), stored.version(), form, model);
    }

    @PostMapping("/conventions/{id}/diagnostic/echeances")
    String putMilestone(@PathVariable UUID id, @ModelAttribute("form") MilestoneForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            diagnostics.putMilestone(id, form.getVersion(), form.getIndex(), form.getDueOn(), form.getDeliverable());
            Flash.success(redirect, "diagnostic.milestones.saved");
            return "redirect:/conventions/" + id + "/diagnostic/echeances";
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            var stored = diagnostics.get(id);
            return milestonesPage(id, stored.value(), stored.version(), form, model);
        }
    }

    @PostMapping("/conventions/{id}/diagnostic/echeances/remove")
    String removeMilestone(@PathVariable UUID id, @RequestParam int index, @RequestParam int version, RedirectAttributes redirect) {
        try {
            diagnostics.removeMilestone(id, version, index);
            Flash.success(redirect, "diagnostic.milestones.removed");
        } catch (OptimisticLockingFailureException e) {
            Flash.danger(redirect, "error.CONCURRENT_MODIFICATION");
        }
        return "redirect:/conventions/" + id + "/diagnostic/echeances";
    }

    private String milestonesPage(UUID id, Diagnostic diagnostic, int version, MilestoneForm form, Model model) {
        ConventionSummary convention = diagnostics.visibleConvention(id);
        model.addAttribute("convention", convention);
        model.addAttribute("canEdit", diagnostics.canEdit(convention));
        model.addAttribute("milestones", diagnostic.milestones());
        model.addAttribute("today", diagnostics.today());
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        breadcrumbs(convention, "diagnostic.milestones", model);
        return "diagnostic/milestones";
    }

    private void breadcrumbs(ConventionSummary convention, String here, Model model) {
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.section("convention.nav", "/conventions"),
                Breadcrumb.link(convention.title(), "/conventions/" + convention.id()),
                Breadcrumb.link(messages.getMessage("diagnostic.short", null, Locale.FRANCE), "/conventions/" + convention.id() + "/diagnostic"),
                Breadcrumb.hereKey(here)));
    }
}
