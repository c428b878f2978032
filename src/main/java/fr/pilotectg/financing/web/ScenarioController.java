package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingScenarios;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.ScenarioChange;
import fr.pilotectg.financing.domain.ScenarioErrors;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scenario pages of a convention's financing: the list (create with one change, generate from the schéma, discard,
 * pick two to compare) and a scenario beside the current plan or beside another scenario. A refusal says why; nothing is
 * saved.
 */
@Controller
class ScenarioController {

    private final FinancingScenarios scenarios;
    private final FinancingText text;
    private final MessageSource messages;

    ScenarioController(FinancingScenarios scenarios, FinancingText text, MessageSource messages) {
        this.scenarios = scenarios;
        this.text = text;
        this.messages = messages;
    }

    @GetMapping("/conventions/{id}/financement/scenarios")
    String list(@PathVariable UUID id, Model model) {
        var list = scenarios.list(id);
        model.addAttribute("l", ScenarioViews.ListView.of(list, text));
        model.addAttribute("c", list.convention());
        model.addAttribute("breadcrumbs", crumbs(list.convention().title(), id, null));
        return "financing/scenarios";
    }

    @GetMapping("/conventions/{id}/financement/scenarios/{scenarioId}")
    String comparison(@PathVariable UUID id, @PathVariable UUID scenarioId, Model model) {
        var comparison = scenarios.comparison(id, scenarioId);
        return show(ScenarioViews.Comparison.of(comparison, scenarios, text), comparison.convention(), model);
    }

    @GetMapping("/conventions/{id}/financement/scenarios/{scenarioId}/comparer")
    String compare(
            @PathVariable UUID id, @PathVariable UUID scenarioId, @RequestParam("avec") UUID otherId, Model model) {
        var comparison = scenarios.compare(id, scenarioId, otherId);
        return show(ScenarioViews.Comparison.of(comparison, scenarios, text), comparison.convention(), model);
    }

    /** The list page's form: the two scenarios picked. */
    @GetMapping("/conventions/{id}/financement/scenarios/comparer")
    String picked(@PathVariable UUID id, @RequestParam("avant") UUID before, @RequestParam("avec") UUID after) {
        return "redirect:/conventions/" + id + "/financement/scenarios/" + before + "/comparer?avec=" + after;
    }

    private String show(ScenarioViews.Comparison view, fr.pilotectg.convention.ConventionSummary c, Model model) {
        model.addAttribute("s", view);
        model.addAttribute("c", c);
        model.addAttribute("breadcrumbs", crumbs(c.title(), c.id(), view.afterLabel()));
        return "financing/scenario";
    }

    @PostMapping("/conventions/{id}/financement/scenarios")
    String create(
            @PathVariable UUID id,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "structureId", required = false) String structureId,
            @RequestParam(name = "territory", required = false) String territory,
            @RequestParam(name = "places", required = false) String places,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "month", required = false) String month,
            @RequestParam(name = "qpv", required = false) String qpv,
            @RequestParam(name = "tranche", required = false) String tranche,
            @RequestParam(name = "proration", required = false) String proration,
            @RequestParam(name = "newName", required = false) String newName,
            RedirectAttributes redirect) {
        try {
            ScenarioChange change = new ScenarioChange(
                    kind(kind),
                    blank(structureId),
                    blank(territory),
                    blank(newName),
                    number("places", places),
                    number("year", year),
                    number("month", month),
                    qpv == null || qpv.isBlank() ? null : Boolean.valueOf(qpv),
                    number("tranche", tranche),
                    blank(proration),
                    null);
            var created = scenarios.create(id, name, List.of(change));
            Flash.success(redirect, "financing.scenario.created.flash", created.name());
            return "redirect:/conventions/" + id + "/financement/scenarios/" + created.id();
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
            return "redirect:/conventions/" + id + "/financement/scenarios#nouveau";
        }
    }

    @PostMapping("/conventions/{id}/financement/scenarios/schema")
    String fromSchema(
            @PathVariable UUID id,
            @RequestParam(name = "name", required = false) String name,
            RedirectAttributes redirect) {
        try {
            var generated = scenarios.fromSchema(id, name);
            Flash.success(
                    redirect,
                    "financing.scenario.generated.flash",
                    generated.scenario().name(),
                    generated.skipped());
            return "redirect:/conventions/" + id + "/financement/scenarios/"
                    + generated.scenario().id();
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
            return "redirect:/conventions/" + id + "/financement/scenarios";
        }
    }

    @PostMapping("/conventions/{id}/financement/scenarios/{scenarioId}/ecarter")
    String discard(
            @PathVariable UUID id,
            @PathVariable UUID scenarioId,
            @RequestParam("version") int version,
            @RequestParam(name = "name", required = false) String name,
            RedirectAttributes redirect) {
        try {
            scenarios.discard(id, scenarioId, version);
            Flash.success(redirect, "financing.scenario.discarded.flash", name == null ? "" : name);
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/financement/scenarios";
    }

    private List<Breadcrumb> crumbs(String title, UUID id, String here) {
        List<Breadcrumb> crumbs = new java.util.ArrayList<>(List.of(
                Breadcrumb.section("convention.nav", "/conventions"),
                Breadcrumb.link(title, "/conventions/" + id),
                Breadcrumb.link(text.text("financing.title"), "/conventions/" + id + "/financement")));
        if (here == null) crumbs.add(Breadcrumb.hereKey("financing.scenario.title"));
        else {
            crumbs.add(Breadcrumb.link(
                    text.text("financing.scenario.title"), "/conventions/" + id + "/financement/scenarios"));
            crumbs.add(Breadcrumb.here(here));
        }
        return crumbs;
    }

    private static ScenarioChange.Kind kind(String kind) {
        try {
            return kind == null || kind.isBlank() ? null : ScenarioChange.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A whole number typed in the form; anything else is refused with the field's code, nothing is saved. */
    private static Integer number(String field, String typed) {
        if (typed == null || typed.isBlank()) return null;
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            String code = switch (field) {
                case "month" -> ScenarioErrors.MONTH_INVALID;
                case "tranche" -> ScenarioErrors.TRANCHE_INVALID;
                case "year" -> ScenarioErrors.YEAR_OUTSIDE_CONVENTION;
                default -> ScenarioErrors.PLACES_NEGATIVE;
            };
            throw DomainException.invalidFields(List.of(FieldProblem.of("changes[0]." + field, code, typed, "", "")));
        }
    }
}
