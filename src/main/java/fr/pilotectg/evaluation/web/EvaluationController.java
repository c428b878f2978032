package fr.pilotectg.evaluation.web;

import fr.pilotectg.evaluation.domain.EvaluationViews;
import fr.pilotectg.evaluation.domain.IndicatorService;
import fr.pilotectg.evaluation.domain.Review;
import fr.pilotectg.evaluation.domain.ReviewReport;
import fr.pilotectg.evaluation.domain.ReviewService;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.shared.DomainException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Evaluation pages: a convention's indicators (chart and table each, library, value and target entry), the annual
 * review of a year and the final bilan (texts, freeze, next convention). Each change redirects (PRG) with a flash
 * message; a refused value or button says why in French, every problem of it ({@link ActionErrors}), and saves nothing.
 */
@Controller
class EvaluationController {

    private final IndicatorService indicators;
    private final ReviewService reviews;
    private final MessageSource messages;

    private final fr.pilotectg.actionplan.ActionPlans plans;

    EvaluationController(
            IndicatorService indicators,
            ReviewService reviews,
            MessageSource messages,
            fr.pilotectg.actionplan.ActionPlans plans) {
        this.plans = plans;
        this.indicators = indicators;
        this.reviews = reviews;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- indicators

    @GetMapping("/conventions/{id}/evaluation")
    String indicators(@PathVariable UUID id, Model model) {
        EvaluationViews.Indicators view = indicators.indicators(id);
        List<Integer> years = view.span().years();
        Map<UUID, String> charts = new LinkedHashMap<>();
        for (var line : view.lines()) {
            List<ReviewReport.YearPoint> points = years.stream()
                    .map(y -> new ReviewReport.YearPoint(y, line.target(y), line.value(y)))
                    .toList();
            charts.put(
                    line.id(),
                    Charts.lines(
                            points, msg("evaluation.chart.caption", line.data().name())));
        }
        model.addAttribute("v", view);
        model.addAttribute("c", view.convention());
        model.addAttribute("years", years);
        model.addAttribute("charts", charts);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(view.convention().title(), "/conventions/" + id),
                        Breadcrumb.hereKey("evaluation.title")));
        return "evaluation/indicators";
    }

    @PostMapping("/conventions/{id}/evaluation/indicateurs")
    String adopt(
            @PathVariable UUID id,
            @RequestParam(name = "code", required = false) String code,
            RedirectAttributes redirect) {
        try {
            indicators.adopt(id, code);
            Flash.success(redirect, "evaluation.indicator.created");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/evaluation";
    }

    @PostMapping("/conventions/{id}/evaluation/indicateurs/{indicatorId}/saisie")
    String enter(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @RequestParam("version") int version,
            @RequestParam(name = "kind", defaultValue = "value") String kind,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "value", required = false) String value,
            RedirectAttributes redirect) {
        try {
            if ("target".equals(kind)) indicators.setTarget(indicatorId, version, year, value, null);
            else indicators.recordValue(indicatorId, version, year, value, null);
            Flash.success(redirect, "evaluation.indicator.saved");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/evaluation#indicateur-" + indicatorId;
    }

    /**
     * Links an indicator to a fiche of the plan, from the fiche's page (back to it). {@code indicator} is the choice of
     * the page's list: the indicator's id and the version the page read, « id:version ».
     */
    @PostMapping("/conventions/{id}/evaluation/fiches/{ficheId}/indicateurs")
    String linkFiche(
            @PathVariable UUID id,
            @PathVariable UUID ficheId,
            @RequestParam(name = "indicator", required = false) String indicator,
            RedirectAttributes redirect) {
        try {
            String[] parts = indicator == null ? new String[0] : indicator.split(":", 2);
            UUID indicatorId;
            int version;
            try {
                indicatorId = UUID.fromString(parts[0]);
                version = Integer.parseInt(parts[1]);
            } catch (RuntimeException e) {
                throw DomainException.invalidFields(List.of(fr.pilotectg.shared.FieldProblem.of(
                        "indicator", fr.pilotectg.evaluation.domain.EvaluationErrors.INDICATOR_NOT_FOUND, indicator)));
            }
            indicators.linkFiche(indicatorId, version, ficheId);
            Flash.success(redirect, "evaluation.indicator.linked");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/fiches/" + ficheId + "#indicateurs";
    }

    /** Unlinks an indicator from a fiche, from the fiche's page (back to it). */
    @PostMapping("/conventions/{id}/evaluation/indicateurs/{indicatorId}/fiches/{ficheId}/retirer")
    String unlinkFiche(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @PathVariable UUID ficheId,
            @RequestParam("version") int version,
            RedirectAttributes redirect) {
        try {
            indicators.unlinkFiche(indicatorId, version, ficheId);
            Flash.success(redirect, "evaluation.indicator.unlinked");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/fiches/" + ficheId + "#indicateurs";
    }

    @GetMapping("/conventions/{id}/evaluation/indicateurs/nouveau")
    String newIndicator(@PathVariable UUID id, Model model) {
        EvaluationViews.Indicators view = indicators.indicators(id);
        return indicatorForm(
                view, null, new IndicatorForm().withYears(view.span().years()), model);
    }

    @PostMapping("/conventions/{id}/evaluation/indicateurs/nouveau")
    String createIndicator(
            @PathVariable UUID id,
            @ModelAttribute("indicator") IndicatorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        EvaluationViews.Indicators view = indicators.indicators(id);
        try {
            UUID indicatorId = indicators.createIndicator(id, form.input());
            Flash.success(redirect, "evaluation.indicator.created");
            return "redirect:/conventions/" + id + "/evaluation#indicateur-" + indicatorId;
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return indicatorForm(view, null, form.withYears(view.span().years()), model);
        }
    }

    @GetMapping("/conventions/{id}/evaluation/indicateurs/{indicatorId}/modifier")
    String editIndicator(@PathVariable UUID id, @PathVariable UUID indicatorId, Model model) {
        EvaluationViews.Indicators view = indicators.indicators(id);
        var line = view.lines().stream()
                .filter(l -> l.id().equals(indicatorId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound(
                        fr.pilotectg.evaluation.domain.EvaluationErrors.INDICATOR_NOT_FOUND, indicatorId));
        return indicatorForm(
                view, indicatorId, IndicatorForm.of(line, view.span().years()), model);
    }

    @PostMapping("/conventions/{id}/evaluation/indicateurs/{indicatorId}/modifier")
    String updateIndicator(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @ModelAttribute("indicator") IndicatorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        EvaluationViews.Indicators view = indicators.indicators(id);
        try {
            indicators.updateIndicator(indicatorId, form.getVersion() == null ? -1 : form.getVersion(), form.input());
            Flash.success(redirect, "evaluation.indicator.updated");
            return "redirect:/conventions/" + id + "/evaluation#indicateur-" + indicatorId;
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return indicatorForm(view, indicatorId, form.withYears(view.span().years()), model);
        }
    }

    private String indicatorForm(EvaluationViews.Indicators view, UUID indicatorId, IndicatorForm form, Model model) {
        if (!view.canEdit()) throw fr.pilotectg.platform.AccessControl.denied();
        UUID id = view.convention().id();
        model.addAttribute("indicator", form);
        model.addAttribute("v", view);
        model.addAttribute("c", view.convention());
        model.addAttribute("units", fr.pilotectg.evaluation.domain.IndicatorUnit.values());
        model.addAttribute("directions", fr.pilotectg.evaluation.domain.Direction.values());
        String here = msg(indicatorId == null ? "evaluation.form.newTitle" : "evaluation.form.editTitle");
        model.addAttribute("formTitle", here);
        model.addAttribute(
                "action",
                indicatorId == null
                        ? "/conventions/" + id + "/evaluation/indicateurs/nouveau"
                        : "/conventions/" + id + "/evaluation/indicateurs/" + indicatorId + "/modifier");
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(view.convention().title(), "/conventions/" + id),
                        Breadcrumb.section("evaluation.title", "/conventions/" + id + "/evaluation"),
                        Breadcrumb.here(here)));
        return "evaluation/form";
    }

    // ---------------------------------------------------------------- annual review

    @GetMapping("/conventions/{id}/evaluation/revues/{year}")
    String review(@PathVariable UUID id, @PathVariable int year, Model model) {
        EvaluationViews.ReviewPage page = reviews.review(id, year);
        String here = msg("evaluation.review.of", year);
        return reviewPage(page, model, here);
    }

    @PostMapping("/conventions/{id}/evaluation/revues/{year}")
    String writeReview(
            @PathVariable UUID id,
            @PathVariable int year,
            @RequestParam("version") int version,
            @RequestParam(name = "conclusions", required = false) String conclusions,
            @RequestParam(name = "adjustments", required = false) String adjustments,
            RedirectAttributes redirect) {
        write(id, year, version, new Review.Texts(conclusions, adjustments, "", List.of()), redirect);
        return "redirect:/conventions/" + id + "/evaluation/revues/" + year;
    }

    @PostMapping("/conventions/{id}/evaluation/revues/{year}/figer")
    String freezeReview(
            @PathVariable UUID id,
            @PathVariable int year,
            @RequestParam("version") int version,
            @RequestParam(name = "presentedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate presentedOn,
            RedirectAttributes redirect) {
        freeze(id, year, version, presentedOn, redirect);
        return "redirect:/conventions/" + id + "/evaluation/revues/" + year;
    }

    // ---------------------------------------------------------------- final bilan

    @GetMapping("/conventions/{id}/evaluation/bilan")
    String finalReview(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "openFiches",
                plans.fichesOf(id).stream().filter(f -> !f.status().isClosed()).toList());
        model.addAttribute("outcomes", fr.pilotectg.actionplan.FicheOutcome.values());
        return reviewPage(reviews.finalReview(id), model, msg("evaluation.final.heading"));
    }

    @PostMapping("/conventions/{id}/evaluation/bilan")
    String writeFinal(
            @PathVariable UUID id,
            @RequestParam("version") int version,
            @RequestParam(name = "conclusions", required = false) String conclusions,
            @RequestParam(name = "effects", required = false) String effects,
            @RequestParam(name = "carriedObjectives", required = false) String objectives,
            RedirectAttributes redirect) {
        List<String> carried = objectives == null ? List.of() : Arrays.asList(objectives.split("\\R"));
        write(id, null, version, new Review.Texts(conclusions, "", effects, carried), redirect);
        return "redirect:/conventions/" + id + "/evaluation/bilan";
    }

    /**
     * The open fiches of the convention settled in one step from the final bilan: each {@code outcome_<fiche id>}
     * (CLOSE, CARRY, ABANDON or nothing) with its {@code version_<fiche id>}; all or nothing.
     */
    @PostMapping("/conventions/{id}/evaluation/bilan/fiches")
    String settleFiches(
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        try {
            Map<UUID, Integer> versions = new LinkedHashMap<>();
            Map<UUID, fr.pilotectg.actionplan.FicheOutcome> outcomes = new LinkedHashMap<>();
            params.forEach((name, value) -> {
                if (name.startsWith("outcome_") && value != null && !value.isBlank()) {
                    UUID fiche = UUID.fromString(name.substring("outcome_".length()));
                    outcomes.put(fiche, fr.pilotectg.actionplan.FicheOutcome.valueOf(value.strip()));
                    versions.put(fiche, Integer.parseInt(params.getOrDefault("version_" + fiche, "-1")));
                }
            });
            int settled = plans.settle(id, versions, outcomes, reason);
            Flash.success(redirect, "evaluation.final.fiches.settled", settled);
        } catch (IllegalArgumentException e) {
            ActionErrors.flash(
                    redirect,
                    DomainException.invalidFields(List.of(fr.pilotectg.shared.FieldProblem.of(
                            "outcome", fr.pilotectg.evaluation.domain.EvaluationErrors.FICHE_OTHER_CONVENTION))),
                    messages);
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/evaluation/bilan#fiches-ouvertes";
    }

    @PostMapping("/conventions/{id}/evaluation/bilan/figer")
    String freezeFinal(
            @PathVariable UUID id,
            @RequestParam("version") int version,
            @RequestParam(name = "presentedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate presentedOn,
            RedirectAttributes redirect) {
        freeze(id, null, version, presentedOn, redirect);
        return "redirect:/conventions/" + id + "/evaluation/bilan";
    }

    @PostMapping("/conventions/{id}/evaluation/bilan/suite")
    String successor(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            UUID successor = reviews.createSuccessor(id, null, null);
            Flash.success(redirect, "evaluation.final.successor.done");
            return "redirect:/conventions/" + successor + "/evaluation/bilan";
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
            return "redirect:/conventions/" + id + "/evaluation/bilan";
        }
    }

    // ---------------------------------------------------------------- internals

    private String reviewPage(EvaluationViews.ReviewPage page, Model model, String here) {
        ReviewReport report = page.report();
        Map<String, String> statusLabels = new LinkedHashMap<>();
        report.countsByStatus().keySet().forEach(s -> statusLabels.put(s, msg("actionplan.status." + s)));
        model.addAttribute("p", page);
        model.addAttribute("r", report);
        model.addAttribute("c", page.convention());
        model.addAttribute("statusLabels", statusLabels);
        model.addAttribute(
                "progressChart",
                Charts.bars(report.countsByStatus(), statusLabels, msg("evaluation.review.progress.caption")));
        model.addAttribute(
                "placesChart",
                report.places() == null
                        ? null
                        : Charts.lines(report.places().points(), msg("evaluation.review.places.caption")));
        Map<UUID, String> charts = new LinkedHashMap<>();
        if (page.review().kind() == Review.Kind.FINAL) {
            report.indicators()
                    .forEach(i ->
                            charts.put(i.id(), Charts.lines(i.points(), msg("evaluation.chart.caption", i.name()))));
        }
        model.addAttribute("charts", charts);
        model.addAttribute(
                "objectivesText", String.join("\n", page.review().texts().carriedObjectives()));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(
                                page.convention().title(),
                                "/conventions/" + page.convention().id()),
                        Breadcrumb.section(
                                "evaluation.title",
                                "/conventions/" + page.convention().id() + "/evaluation"),
                        Breadcrumb.here(here)));
        return page.review().kind() == Review.Kind.FINAL ? "evaluation/final" : "evaluation/review";
    }

    private void write(UUID id, Integer year, int version, Review.Texts texts, RedirectAttributes redirect) {
        try {
            reviews.writeReview(id, year, version, texts);
            Flash.success(redirect, "evaluation.review.saved");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
    }

    private void freeze(UUID id, Integer year, int version, LocalDate presentedOn, RedirectAttributes redirect) {
        try {
            reviews.freezeReview(id, year, version, presentedOn);
            Flash.success(redirect, "evaluation.review.frozenDone");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.FRANCE);
    }
}
