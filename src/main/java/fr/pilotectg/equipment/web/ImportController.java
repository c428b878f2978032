package fr.pilotectg.equipment.web;

import fr.pilotectg.equipment.domain.ColumnMapping;
import fr.pilotectg.equipment.domain.ImportField;
import fr.pilotectg.equipment.domain.ImportFiles;
import fr.pilotectg.equipment.domain.ImportJobs;
import fr.pilotectg.equipment.domain.ImportTable;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload a file, check the guessed column mapping, run a dry run (with a progress bar polled by htmx),
 * read the report line by line, then import all lines or none.
 */
@Controller
class ImportController {

    private static final String BASE = EquipmentController.BASE + "/imports";
    private static final int OTHER_LINES_SHOWN = 200;

    private final ImportFiles files;
    private final ImportJobs jobs;
    private final MessageSource messages;
    private final AccessControl access;

    ImportController(ImportFiles files, ImportJobs jobs, MessageSource messages, AccessControl access) {
        this.access = access;
        this.files = files;
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String uploadForm(Model model) {
        access.requireCreate();
        return upload(model, null);
    }

    @PostMapping(BASE)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        access.requireCreate();
        try {
            if (file == null || file.isEmpty()) throw DomainException.invalid("IMPORT_FILE_EMPTY");
            ImportTable table = files.read(Upload.of(file));
            return "redirect:" + BASE + "/" + jobs.create(table).id();
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.FORBIDDEN || e.kind() == ErrorKind.NOT_FOUND) throw e;
            return upload(model, messages.getMessage(e.messageKey(), e.args().toArray(), Locale.FRANCE));
        }
    }

    private String upload(Model model, String error) {
        model.addAttribute("error", error);
        model.addAttribute("maxMegabytes", files.limits().maxFileSize().toMegabytes());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("equipment.nav", EquipmentController.BASE),
                        Breadcrumb.hereKey("equipment.import.title")));
        return "equipment/import";
    }

    @GetMapping(BASE + "/{id}")
    String job(@PathVariable UUID id, Model model) {
        ImportJobs.Job job = jobs.get(id);
        model.addAttribute("job", job);
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("headers", job.headers());
        model.addAttribute("others", OTHER_LINES_SHOWN);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("equipment.nav", EquipmentController.BASE),
                        Breadcrumb.section("equipment.import.title", BASE),
                        Breadcrumb.here(job.filename())));
        return "equipment/import-job";
    }

    /** The progress fragment polled by htmx; once the job has finished, asks htmx to reload the whole page. */
    @GetMapping(BASE + "/{id}/status")
    String status(@PathVariable UUID id, Model model, HttpServletResponse response) {
        ImportJobs.Job job = jobs.get(id);
        if (!job.running()) response.setHeader("HX-Refresh", "true");
        model.addAttribute("job", job);
        return "equipment/import-job :: progress";
    }

    @PostMapping(BASE + "/{id}/check")
    String check(@PathVariable UUID id, @RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
        ImportJobs.Job job = jobs.get(id);
        try {
            jobs.check(job, mapping(job, parameters));
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:" + BASE + "/" + id;
    }

    /** The column chosen for each field ({@code column_NAME=3}); a column the file does not have is no column. */
    private static ColumnMapping mapping(ImportJobs.Job job, Map<String, String> parameters) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            String value = parameters.get("column_" + field.name());
            if (value == null || value.isBlank()) continue;
            try {
                int index = Integer.parseInt(value);
                if (index >= 0 && index < job.headers().size()) columns.put(field, index);
            } catch (NumberFormatException e) {
                throw DomainException.invalid("IMPORT_MAPPING_UNKNOWN_COLUMN", value);
            }
        }
        return new ColumnMapping(columns);
    }

    /** Imports a checked file; a refusal (not checked yet, a run under way) is shown above the job's page. */
    @PostMapping(BASE + "/{id}/commit")
    String commit(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            jobs.commit(jobs.get(id));
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:" + BASE + "/" + id;
    }
}
