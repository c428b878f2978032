package fr.pilotectg.diagnostic.web;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.diagnostic.domain.AnalysisWriting;
import fr.pilotectg.diagnostic.domain.Diagnostic;
import fr.pilotectg.diagnostic.domain.DiagnosticReading;
import fr.pilotectg.diagnostic.domain.DiagnosticRepository.Stored;
import fr.pilotectg.diagnostic.domain.Milestone;
import fr.pilotectg.diagnostic.domain.MilestonePlanning;
import fr.pilotectg.diagnostic.domain.Priority;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
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
 * What comes out of the diagnostic, edited one line at a time: the champs d'intervention prioritaires with their
 * development axes (linked to the convention's domains and to enjeux), and the diagnostic's due dates. Each page lists
 * the lines with their edit and remove buttons, and a form to add a line or change the one chosen.
 */
@Controller
class DiagnosticOutcomeController {

    /** The enjeux codes of the national list, as the diagnostic's priorities refer to them. */
    static final List<String> ENJEUX =
            IntStream.rangeClosed(1, 10).mapToObj(i -> "E" + i).toList();

    private static final String PRIORITIES = "/conventions/{id}/diagnostic/priorites";
    private static final String MILESTONES = "/conventions/{id}/diagnostic/echeances";

    private final DiagnosticReading reading;
    private final AnalysisWriting analyses;
    private final MilestonePlanning milestones;
    private final MessageSource messages;

    DiagnosticOutcomeController(
            DiagnosticReading reading, AnalysisWriting analyses, MilestonePlanning milestones, MessageSource messages) {
        this.reading = reading;
        this.analyses = analyses;
        this.milestones = milestones;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- priorities

    @GetMapping(PRIORITIES)
    String priorities(@PathVariable UUID id, @RequestParam(required = false) Integer edit, Model model) {
        var stored = reading.get(id);
        Priority chosen = chosen(stored.value().priorities(), edit);
        PriorityForm form =
                chosen == null ? PriorityForm.blank(stored.version()) : PriorityForm.of(edit, chosen, stored.version());
        return prioritiesPage(id, stored, form, model);
    }

    @PostMapping(PRIORITIES)
    String putPriority(
            @PathVariable UUID id,
            @ModelAttribute("form") PriorityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return put(
                id,
                PRIORITIES,
                "diagnostic.priorities.saved",
                () -> analyses.putPriority(id, form.getVersion(), form.getIndex(), form.priority()),
                result,
                redirect,
                () -> prioritiesPage(id, reading.get(id), form, model));
    }

    @PostMapping(PRIORITIES + "/remove")
    String removePriority(
            @PathVariable UUID id, @RequestParam int index, @RequestParam int version, RedirectAttributes redirect) {
        return remove(
                id,
                PRIORITIES,
                "diagnostic.priorities.removed",
                () -> analyses.removePriority(id, version, index),
                redirect);
    }

    private String prioritiesPage(UUID id, Stored<Diagnostic> stored, PriorityForm form, Model model) {
        ConventionSummary convention = page(id, stored.version(), form, "diagnostic.priorities", model);
        model.addAttribute("priorities", stored.value().priorities());
        model.addAttribute("domains", convention.domains());
        model.addAttribute("enjeux", ENJEUX);
        return "diagnostic/priorities";
    }

    // ---------------------------------------------------------------- milestones

    @GetMapping(MILESTONES)
    String milestones(@PathVariable UUID id, @RequestParam(required = false) Integer edit, Model model) {
        var stored = reading.get(id);
        Milestone chosen = chosen(stored.value().milestones(), edit);
        MilestoneForm form = chosen == null
                ? MilestoneForm.blank(stored.version())
                : MilestoneForm.of(edit, chosen, stored.version());
        return milestonesPage(id, stored, form, model);
    }

    @PostMapping(MILESTONES)
    String putMilestone(
            @PathVariable UUID id,
            @ModelAttribute("form") MilestoneForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return put(
                id,
                MILESTONES,
                "diagnostic.milestones.saved",
                () -> milestones.putMilestone(
                        id, form.getVersion(), form.getIndex(), form.getDueOn(), form.getDeliverable()),
                result,
                redirect,
                () -> milestonesPage(id, reading.get(id), form, model));
    }

    @PostMapping(MILESTONES + "/remove")
    String removeMilestone(
            @PathVariable UUID id, @RequestParam int index, @RequestParam int version, RedirectAttributes redirect) {
        return remove(
                id,
                MILESTONES,
                "diagnostic.milestones.removed",
                () -> milestones.removeMilestone(id, version, index),
                redirect);
    }

    private String milestonesPage(UUID id, Stored<Diagnostic> stored, MilestoneForm form, Model model) {
        page(id, stored.version(), form, "diagnostic.milestones", model);
        model.addAttribute("milestones", stored.value().milestones());
        model.addAttribute("today", reading.today());
        return "diagnostic/milestones";
    }

    // ---------------------------------------------------------------- the flow both pages share

    /** The line the edit link chose, or null for a blank form (no choice, or a line that is no longer there). */
    private static <T> T chosen(List<T> lines, Integer edit) {
        return edit != null && edit >= 0 && edit < lines.size() ? lines.get(edit) : null;
    }

    /** Saves the line and goes back to the list, or shows the form again with the refusal beside its fields. */
    private String put(
            UUID id,
            String path,
            String savedKey,
            Runnable change,
            BindingResult result,
            RedirectAttributes redirect,
            Supplier<String> pageAgain) {
        try {
            change.run();
            Flash.success(redirect, savedKey);
            return redirect(id, path);
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return pageAgain.get();
        }
    }

    /** Removes the line; a refusal (a stale version, a line already gone) is shown above the list. */
    private String remove(UUID id, String path, String removedKey, Runnable change, RedirectAttributes redirect) {
        try {
            change.run();
            Flash.success(redirect, removedKey);
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return redirect(id, path);
    }

    private static String redirect(UUID id, String path) {
        return "redirect:" + path.replace("{id}", id.toString());
    }

    private ConventionSummary page(UUID id, int version, Object form, String here, Model model) {
        ConventionSummary convention = reading.visibleConvention(id);
        model.addAttribute("convention", convention);
        model.addAttribute("canEdit", reading.canEdit(convention));
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        breadcrumbs(convention, here, model);
        return convention;
    }

    private void breadcrumbs(ConventionSummary convention, String here, Model model) {
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(convention.title(), "/conventions/" + convention.id()),
                        Breadcrumb.link(
                                messages.getMessage("diagnostic.short", null, Locale.FRANCE),
                                "/conventions/" + convention.id() + "/diagnostic"),
                        Breadcrumb.hereKey(here)));
    }
}
