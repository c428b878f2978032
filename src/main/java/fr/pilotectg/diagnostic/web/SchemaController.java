package fr.pilotectg.diagnostic.web;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.diagnostic.domain.ActionNature;
import fr.pilotectg.diagnostic.domain.ActionStatus;
import fr.pilotectg.diagnostic.domain.DiagnosticReading;
import fr.pilotectg.diagnostic.domain.MilestoneKind;
import fr.pilotectg.diagnostic.domain.SchemaOverview;
import fr.pilotectg.diagnostic.domain.SchemaService;
import fr.pilotectg.diagnostic.domain.Thematic;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.shared.FrenchNumbers;
import fr.pilotectg.shared.FrenchOrder;
import fr.pilotectg.territory.Territories;
import java.time.LocalDate;
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
 * The schéma de développement page (rows by commune and thematic, places per year and their effect on the coverage
 * rate), its row form and the realisation button, which updates the register's capacity.
 */
@Controller
class SchemaController {

    private final SchemaService schemas;
    private final DiagnosticReading reading;
    private final EquipmentRegister register;
    private final Territories territories;
    private final AuditTrail audit;
    private final MessageSource messages;

    SchemaController(
            SchemaService schemas,
            DiagnosticReading reading,
            EquipmentRegister register,
            Territories territories,
            AuditTrail audit,
            MessageSource messages) {
        this.schemas = schemas;
        this.reading = reading;
        this.register = register;
        this.territories = territories;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/conventions/{id}/schema")
    String page(@PathVariable UUID id, Model model) {
        SchemaOverview overview = schemas.overview(id);
        model.addAttribute("o", overview);
        model.addAttribute("milestoneKinds", MilestoneKind.values());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(overview.convention().title(), "/conventions/" + id),
                        Breadcrumb.hereKey("diagnostic.schema.short")));
        return "diagnostic/schema";
    }

    @PostMapping("/conventions/{id}/schema/{actionId}/realisation")
    String realise(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @RequestParam int version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate realisedOn,
            RedirectAttributes redirect) {
        try {
            var done = schemas.realise(id, actionId, version, realisedOn);
            if (done.capacity() != null) {
                String name = register.find(done.capacity().equipmentId())
                        .map(EquipmentView::name)
                        .orElse("");
                Flash.success(
                        redirect,
                        "schema.realised.capacity",
                        FrenchNumbers.format(done.capacity().capacity().value()),
                        messages.getMessage(
                                "schema.unit." + done.capacity().capacity().unit(), null, Locale.FRANCE),
                        name);
            } else {
                Flash.success(redirect, "schema.realised");
            }
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
            return "redirect:/conventions/" + id + "/schema/" + actionId + "/edit#avancement";
        }
        return "redirect:/conventions/" + id + "/schema#action-" + actionId;
    }

    @PostMapping("/conventions/{id}/schema/{actionId}/status")
    String move(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @RequestParam int version,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            schemas.move(id, actionId, version, status, reason);
            Flash.success(redirect, "schema.status.saved");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
            return "redirect:/conventions/" + id + "/schema/" + actionId + "/edit#avancement";
        }
        return "redirect:/conventions/" + id + "/schema#action-" + actionId;
    }

    @GetMapping("/conventions/{id}/schema/new")
    String newForm(@PathVariable UUID id, Model model) {
        ConventionSummary convention = reading.visibleConvention(id);
        if (!reading.canEdit(convention)) throw fr.pilotectg.platform.AccessControl.denied();
        ActionForm form = new ActionForm();
        form.setCommuneCode(
                convention.communes().isEmpty() ? null : convention.communes().get(0));
        return form(convention, null, form, model);
    }

    @PostMapping("/conventions/{id}/schema/new")
    String create(
            @PathVariable UUID id,
            @ModelAttribute("form") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!reading.canEdit(reading.visibleConvention(id))) throw fr.pilotectg.platform.AccessControl.denied();
        try {
            UUID actionId = schemas.plan(id, form.data());
            Flash.success(redirect, "schema.form.saved");
            return "redirect:/conventions/" + id + "/schema#action-" + actionId;
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(reading.visibleConvention(id), null, form, model);
        }
    }

    @GetMapping("/conventions/{id}/schema/{actionId}/edit")
    String editForm(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        var stored = schemas.get(id, actionId);
        return form(
                reading.visibleConvention(id),
                actionId,
                ActionForm.of(stored.value().data(), stored.version()),
                model);
    }

    @PostMapping("/conventions/{id}/schema/{actionId}/edit")
    String edit(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @ModelAttribute("form") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            schemas.revise(id, actionId, form.getVersion(), form.data());
            Flash.success(redirect, "schema.form.saved");
            return "redirect:/conventions/" + id + "/schema#action-" + actionId;
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(reading.visibleConvention(id), actionId, form, model);
        }
    }

    private String form(ConventionSummary convention, UUID actionId, ActionForm form, Model model) {
        model.addAttribute("convention", convention);
        if (actionId != null && reading.canEdit(convention)) {
            // The action's progress (realise, change status) lives on its own page, not on every row of the schéma.
            model.addAttribute("progress", schemas.get(convention.id(), actionId));
            model.addAttribute("today", schemas.today());
            model.addAttribute(
                    "movableStatuses", List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.ABANDONED));
        }
        model.addAttribute("actionId", actionId);
        model.addAttribute("form", form);
        model.addAttribute("communes", territories.communes(convention.communes()));
        model.addAttribute(
                "equipment",
                register.entriesOf(convention.communes()).stream()
                        .sorted(FrenchOrder.by(EquipmentView::communeName)
                                .thenComparing(EquipmentView::name, FrenchOrder.NAMES))
                        .toList());
        model.addAttribute("thematics", Thematic.values());
        model.addAttribute("natures", ActionNature.values());
        model.addAttribute("types", EquipmentType.values());
        model.addAttribute("units", CapacityUnit.values());
        model.addAttribute("milestoneKinds", MilestoneKind.values());
        String here = actionId == null
                ? messages.getMessage("schema.form.new", null, Locale.FRANCE)
                : messages.getMessage("schema.form.edit", new Object[] {form.getTitle()}, Locale.FRANCE);
        model.addAttribute("heading", here);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(convention.title(), "/conventions/" + convention.id()),
                        Breadcrumb.link(
                                messages.getMessage("diagnostic.schema.short", null, Locale.FRANCE),
                                "/conventions/" + convention.id() + "/schema"),
                        Breadcrumb.here(here)));
        return "diagnostic/schema-form";
    }
}
