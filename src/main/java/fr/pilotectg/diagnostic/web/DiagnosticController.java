package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.AnalysisSection;
import fr.pilotectg.diagnostic.domain.AnalysisStatus;
import fr.pilotectg.diagnostic.domain.AnalysisWriting;
import fr.pilotectg.diagnostic.domain.DiagnosticReading;
import fr.pilotectg.diagnostic.domain.DiagnosticReport;
import fr.pilotectg.diagnostic.domain.FigureEntry;
import fr.pilotectg.diagnostic.domain.FigureKind;
import fr.pilotectg.diagnostic.domain.FigureScope;
import fr.pilotectg.diagnostic.domain.MilestonePlanning;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.shared.FrenchNumbers;
import fr.pilotectg.shared.PageQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The diagnostic page of a convention (figures with their sources, charts with their tables, analyses, milestones,
 * validation) and its forms. A refused figure comes back on the page with the user's input and a message per field.
 */
@Controller
class DiagnosticController {

    private final DiagnosticReading reading;
    private final FigureEntry figures;
    private final AnalysisWriting analyses;
    private final MilestonePlanning milestones;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final fr.pilotectg.convention.Conventions conventions;

    DiagnosticController(
            DiagnosticReading reading,
            FigureEntry figures,
            AnalysisWriting analyses,
            MilestonePlanning milestones,
            AuditTrail audit,
            MessageSource messages,
            fr.pilotectg.convention.Conventions conventions) {
        this.conventions = conventions;
        this.reading = reading;
        this.figures = figures;
        this.analyses = analyses;
        this.milestones = milestones;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/conventions/{id}/diagnostic")
    String page(@PathVariable UUID id, Model model) {
        DiagnosticReport report = reading.report(id);
        return page(
                report,
                FigureForm.blank(report.version()),
                ValidationForm.of(report.validatedByCopilOn(), report.version()),
                model);
    }

    @PostMapping("/conventions/{id}/diagnostic/figures")
    String recordFigure(
            @PathVariable UUID id,
            @ModelAttribute("figureForm") FigureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            figures.recordFigure(id, form.getVersion(), form.figure());
            Flash.success(redirect, "diagnostic.figure.saved");
            return "redirect:/conventions/" + id + "/diagnostic#chiffres";
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            DiagnosticReport report = reading.report(id);
            return page(report, form, ValidationForm.of(report.validatedByCopilOn(), report.version()), model);
        }
    }

    @PostMapping("/conventions/{id}/diagnostic/figures/remove")
    String removeFigure(
            @PathVariable UUID id,
            @RequestParam FigureScope scope,
            @RequestParam FigureKind kind,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            figures.removeFigure(id, version, scope, kind);
            Flash.success(redirect, "diagnostic.figure.removed");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/diagnostic#chiffres";
    }

    @PostMapping("/conventions/{id}/diagnostic/validation")
    String validate(
            @PathVariable UUID id,
            @ModelAttribute("validationForm") ValidationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            analyses.validate(id, form.getVersion(), form.getValidatedOn());
            Flash.success(redirect, "diagnostic.validation.saved");
            return "redirect:/conventions/" + id + "/diagnostic#validation";
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            DiagnosticReport report = reading.report(id);
            return page(report, FigureForm.blank(report.version()), form, model);
        }
    }

    @PostMapping("/conventions/{id}/diagnostic/milestones")
    String markMilestone(
            @PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam int version,
            @RequestParam(defaultValue = "true") boolean done,
            RedirectAttributes redirect) {
        try {
            milestones.markMilestone(id, version, dueOn, done ? reading.today() : null);
            Flash.success(redirect, "diagnostic.milestones.marked");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/diagnostic#echeances";
    }

    @GetMapping("/conventions/{id}/diagnostic/analyses/{section}")
    String analysisForm(@PathVariable UUID id, @PathVariable AnalysisSection section, Model model) {
        var stored = reading.get(id);
        return analysisPage(id, section, AnalysisForm.of(stored.value().analysis(section), stored.version()), model);
    }

    @PostMapping("/conventions/{id}/diagnostic/analyses/{section}")
    String writeAnalysis(
            @PathVariable UUID id,
            @PathVariable AnalysisSection section,
            @ModelAttribute("form") AnalysisForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            analyses.writeAnalysis(id, form.getVersion(), form.analysis(section));
            Flash.success(redirect, "diagnostic.analysis.saved");
            return "redirect:/conventions/" + id + "/diagnostic#analyses";
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return analysisPage(id, section, form, model);
        }
    }

    private String analysisPage(UUID id, AnalysisSection section, AnalysisForm form, Model model) {
        var convention = reading.visibleConvention(id);
        String label = messages.getMessage("diagnostic.section." + section, null, Locale.FRANCE);
        model.addAttribute("convention", convention);
        model.addAttribute("section", section);
        model.addAttribute("sectionLabel", label);
        model.addAttribute("form", form);
        model.addAttribute("statuses", AnalysisStatus.values());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(convention.title(), "/conventions/" + id),
                        Breadcrumb.link(
                                messages.getMessage("diagnostic.short", null, Locale.FRANCE),
                                "/conventions/" + id + "/diagnostic"),
                        Breadcrumb.here(label)));
        return "diagnostic/analysis";
    }

    private String page(DiagnosticReport report, FigureForm figureForm, ValidationForm validationForm, Model model) {
        UUID id = report.convention().id();
        model.addAttribute("r", report);
        model.addAttribute("extent", conventions.territoryExtent(id));
        model.addAttribute("figureForm", figureForm);
        model.addAttribute("validationForm", validationForm);
        model.addAttribute("scopes", FigureScope.values());
        model.addAttribute("kinds", FigureKind.values());
        model.addAttribute(
                "placesChart",
                Charts.bars(report.placesByCommune().stream()
                        .filter(p -> p.places().signum() > 0)
                        .map(p -> new Charts.Item(
                                p.communeName() + " — "
                                        + messages.getMessage("equipment.type." + p.type(), null, Locale.FRANCE),
                                p.places(),
                                FrenchNumbers.format(p.places()),
                                "#1f4e8c"))
                        .toList()));
        model.addAttribute("coverageChart", Charts.bars(coverageItems(report)));
        model.addAttribute("history", audit.history("diagnostic", id.toString(), PageQuery.first(20)));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(report.convention().title(), "/conventions/" + id),
                        Breadcrumb.hereKey("diagnostic.short")));
        return "diagnostic/diagnostic";
    }

    /** Coverage (petite enfance) and Caf share for the territory, the EPCI and the département, where known. */
    private List<Charts.Item> coverageItems(DiagnosticReport report) {
        List<Charts.Item> items = new ArrayList<>();
        for (DiagnosticReport.Comparison c : report.comparisons()) {
            if (!c.percentage()) continue;
            String kind = messages.getMessage("diagnostic.kind." + c.kind(), null, Locale.FRANCE);
            add(items, kind, "diagnostic.comparison.territory", c.territory(), "#1f4e8c");
            add(items, kind, "diagnostic.comparison.epci", c.epci(), "#6a329f");
            add(items, kind, "diagnostic.comparison.departement", c.departement(), "#38761d");
        }
        return items;
    }

    private void add(List<Charts.Item> items, String kind, String scopeKey, DiagnosticReport.Value value, String css) {
        if (value == null) return;
        items.add(new Charts.Item(
                kind + " — " + messages.getMessage(scopeKey, null, Locale.FRANCE),
                value.value(),
                DiagnosticFormat.percent(value.value()),
                css));
    }
}
