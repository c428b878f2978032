package fr.pilotectg.financing.web;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.financing.domain.FinancingInputs;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputsEntry;
import fr.pilotectg.financing.domain.FinancingInputsImport;
import fr.pilotectg.financing.domain.FinancingReads;
import fr.pilotectg.financing.domain.FinancingReport;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.InputEntryErrors;
import fr.pilotectg.financing.web.InputsForms.GeneralForm;
import fr.pilotectg.financing.web.InputsForms.StructureForm;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages where the inputs of a convention's financing are read (everyone who reads the convention) and entered or
 * corrected without JSON (who may change its terms): the envelope, the amounts cited and the territories; each
 * structure of the equipment register with its support, places, new places and figures by year; the import of a file.
 * A stale version keeps what was typed and says so in French; problems show next to their fields.
 */
@Controller
class InputsController {

    private final FinancingReads reads;
    private final FinancingInputsEntry entry;
    private final FinancingInputsImport imports;
    private final FinancingText text;
    private final Directory directory;
    private final EquipmentRegister register;
    private final MessageSource messages;
    private final Clock clock;

    InputsController(
            FinancingReads reads,
            FinancingInputsEntry entry,
            FinancingInputsImport imports,
            FinancingText text,
            Directory directory,
            EquipmentRegister register,
            MessageSource messages,
            Clock clock) {
        this.reads = reads;
        this.entry = entry;
        this.imports = imports;
        this.text = text;
        this.directory = directory;
        this.register = register;
        this.messages = messages;
        this.clock = clock;
    }

    static String base(UUID id) {
        return "/conventions/" + id + "/financement/donnees";
    }

    // ---------------------------------------------------------------- overview

    @GetMapping("/conventions/{id}/financement/donnees")
    String overview(@PathVariable UUID id, Model model) {
        FinancingReport report = reads.report(id);
        model.addAttribute("v", InputsView.of(report, text, supporters(report.convention())));
        model.addAttribute("c", report.convention());
        model.addAttribute("version", report.version());
        model.addAttribute("canEdit", report.canEdit());
        if (report.canEdit()) model.addAttribute("registerEntries", registerChoices(report));
        model.addAttribute("breadcrumbs", crumbs(report.convention(), null));
        return "financing/inputs";
    }

    // ---------------------------------------------------------------- general

    @GetMapping("/conventions/{id}/financement/donnees/general")
    String generalForm(@PathVariable UUID id, Model model) {
        FinancingReport report = writable(id);
        return general(report, InputsFormReading.generalForm(report.inputs(), report.version()), model);
    }

    @PostMapping("/conventions/{id}/financement/donnees/general")
    String saveGeneral(
            @PathVariable UUID id,
            @ModelAttribute("form") GeneralForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FinancingReport report = writable(id);
        try {
            InputsFormReading.General g = InputsFormReading.general(form);
            try {
                entry.updateGeneral(id, version(form.getVersion()), g.envelope(), g.territories(), g.statedAmounts());
            } catch (DomainException e) {
                throw InputsFormReading.remap(e, g::formField);
            }
            Flash.success(redirect, "financing.inputs.saved");
            return "redirect:" + base(id) + "#general";
        } catch (RuntimeException e) {
            reject(result, e, model);
            return general(report, form, model);
        }
    }

    private String general(FinancingReport report, GeneralForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("c", report.convention());
        model.addAttribute("periods", List.of("ANNUAL", "CONTRACT"));
        model.addAttribute("statedKinds", FinancingInputs.StatedKind.values());
        model.addAttribute("breadcrumbs", crumbs(report.convention(), "financing.inputs.general.title"));
        return "financing/inputs-general";
    }

    // ---------------------------------------------------------------- structures

    @PostMapping("/conventions/{id}/financement/donnees/structures")
    String addStructure(
            @PathVariable UUID id,
            @RequestParam("version") int version,
            @RequestParam(name = "equipmentId", required = false) UUID equipmentId,
            RedirectAttributes redirect) {
        try {
            if (equipmentId == null)
                throw DomainException.invalid(fr.pilotectg.financing.domain.FinancingErrors.REQUIRED);
            String added = entry.addFromRegister(id, version, equipmentId);
            Flash.success(redirect, "financing.inputs.saved");
            return "redirect:" + base(id) + "/structures/" + added;
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
            return "redirect:" + base(id) + "#structures";
        }
    }

    @GetMapping("/conventions/{id}/financement/donnees/structures/{structureId}")
    String structureForm(@PathVariable UUID id, @PathVariable String structureId, Model model) {
        FinancingReport report = writable(id);
        Structure s = structure(report, structureId);
        return structurePage(
                report,
                s,
                InputsFormReading.structureForm(
                        s,
                        report.version(),
                        report.convention().start().getYear(),
                        report.convention().end().getYear()),
                model);
    }

    @PostMapping("/conventions/{id}/financement/donnees/structures/{structureId}")
    String saveStructure(
            @PathVariable UUID id,
            @PathVariable String structureId,
            @ModelAttribute("form") StructureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FinancingReport report = writable(id);
        Structure current = structure(report, structureId);
        try {
            InputsFormReading.StructureRead read =
                    InputsFormReading.structure(form, current, supporters(report.convention()));
            try {
                entry.saveStructure(id, version(form.getVersion()), structureId, read.structure());
            } catch (DomainException e) {
                throw InputsFormReading.remap(e, read::formField);
            }
            Flash.success(redirect, "financing.inputs.saved");
            return "redirect:" + base(id) + "#structure-" + structureId;
        } catch (RuntimeException e) {
            reject(result, e, model);
            return structurePage(report, current, form, model);
        }
    }

    @PostMapping("/conventions/{id}/financement/donnees/structures/{structureId}/retirer")
    String removeStructure(
            @PathVariable UUID id,
            @PathVariable String structureId,
            @RequestParam("version") int version,
            RedirectAttributes redirect) {
        try {
            entry.removeStructure(id, version, structureId);
            Flash.success(redirect, "financing.inputs.structure.removed");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:" + base(id) + "#structures";
    }

    private String structurePage(FinancingReport report, Structure s, StructureForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("s", s);
        model.addAttribute("c", report.convention());
        model.addAttribute("supporters", supporters(report.convention()));
        model.addAttribute("kinds", fr.pilotectg.financing.domain.StructureKind.values());
        model.addAttribute(
                "territories",
                report.inputs().territories().stream()
                        .map(FinancingInputs.Territory::key)
                        .toList());
        model.addAttribute("breadcrumbs", crumbs(report.convention(), null, s.name()));
        return "financing/inputs-structure";
    }

    // ---------------------------------------------------------------- import

    @GetMapping("/conventions/{id}/financement/donnees/import")
    String importForm(@PathVariable UUID id, Model model) {
        return importPage(writable(id), null, null, model);
    }

    @PostMapping("/conventions/{id}/financement/donnees/import")
    String importFile(
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            @RequestParam(name = "version", required = false) Integer version,
            Model model) {
        try {
            FinancingInputsImport.Result result = imports.importFile(id, Upload.of(file), dryRun, version);
            return importPage(writable(id), result, null, model);
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.FORBIDDEN || e.kind() == ErrorKind.NOT_FOUND) throw e;
            return importPage(
                    writable(id),
                    null,
                    messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), Locale.FRANCE),
                    model);
        } catch (OptimisticLockingFailureException e) {
            return importPage(writable(id), null, text.text("financing.inputs.stale"), model);
        }
    }

    @GetMapping("/conventions/{id}/financement/donnees/modele.xlsx")
    ResponseEntity<byte[]> template(@PathVariable UUID id) {
        return InputsTemplate.download(reads.report(id), imports, text, directory, clock);
    }

    private String importPage(
            FinancingReport report, FinancingInputsImport.Result result, String fileError, Model model) {
        model.addAttribute("c", report.convention());
        model.addAttribute("version", report.version());
        model.addAttribute("result", result);
        model.addAttribute("fileError", fileError);
        model.addAttribute("breadcrumbs", crumbs(report.convention(), "financing.import.title"));
        return "financing/inputs-import";
    }

    // ---------------------------------------------------------------- helpers

    private FinancingReport writable(UUID id) {
        FinancingReport report = reads.report(id);
        if (!report.canEdit()) throw AccessControl.denied();
        return report;
    }

    private static Structure structure(FinancingReport report, String structureId) {
        return report.inputs().structures().stream()
                .filter(s -> s.id().equals(structureId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound(InputEntryErrors.STRUCTURE_NOT_FOUND, structureId));
    }

    /** The signatory collectivités that may support a structure (the convention's organisations but its Caf). */
    Map<UUID, String> supporters(ConventionSummary convention) {
        Map<UUID, String> supporters = new LinkedHashMap<>();
        directory.organisations(convention.organisations()).stream()
                .filter(o -> !o.id().equals(convention.cafId()))
                .sorted(fr.pilotectg.shared.FrenchOrder.by(OrganisationView::name))
                .forEach(o -> supporters.put(o.id(), o.name()));
        return supporters;
    }

    /** The open register entries of the convention's communes not yet in the inputs: what may be added. */
    private Map<UUID, String> registerChoices(FinancingReport report) {
        Set<UUID> present = report.inputs().structures().stream()
                .map(Structure::equipmentId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, String> choices = new LinkedHashMap<>();
        List<EquipmentView> entries = register.openEntriesOf(report.convention().communes());
        for (EquipmentView e : entries)
            if (!present.contains(e.id())) choices.put(e.id(), e.name() + " — " + e.communeName());
        return choices;
    }

    /** A stale version says so above the form (what was typed stays); other refusals go next to their fields. */
    private void reject(BindingResult result, RuntimeException e, Model model) {
        if (e instanceof OptimisticLockingFailureException) {
            model.addAttribute("stale", true);
            result.reject("financing.inputs.stale");
            return;
        }
        FormErrors.reject(result, e);
    }

    private static int version(Integer version) {
        return version == null ? -1 : version;
    }

    private static List<Breadcrumb> crumbs(ConventionSummary c, String hereKey, String... label) {
        String id = c.id().toString();
        var crumbs = new java.util.ArrayList<>(List.of(
                Breadcrumb.section("convention.nav", "/conventions"),
                Breadcrumb.link(c.title(), "/conventions/" + id),
                Breadcrumb.section("financing.title", "/conventions/" + id + "/financement")));
        if (hereKey == null && label.length == 0) {
            crumbs.add(Breadcrumb.hereKey("financing.inputs.title"));
        } else {
            crumbs.add(Breadcrumb.section("financing.inputs.title", "/conventions/" + id + "/financement/donnees"));
            crumbs.add(label.length > 0 ? Breadcrumb.here(label[0]) : Breadcrumb.hereKey(hereKey));
        }
        return crumbs;
    }
}
