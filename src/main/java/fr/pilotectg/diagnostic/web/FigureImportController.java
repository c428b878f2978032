package fr.pilotectg.diagnostic.web;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.diagnostic.domain.DiagnosticReading;
import fr.pilotectg.diagnostic.domain.FigureCsv;
import fr.pilotectg.diagnostic.domain.FigureEntry;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import java.util.List;
import java.util.Locale;
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
 * The import of Caf figures from a small CSV: the file (or its pasted text) is first checked line by line, nothing saved;
 * the import then records every figure (origin IMPORTED) or none.
 */
@Controller
class FigureImportController {

    private final DiagnosticReading reading;
    private final FigureEntry figures;
    private final MessageSource messages;

    FigureImportController(DiagnosticReading reading, FigureEntry figures, MessageSource messages) {
        this.reading = reading;
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping("/conventions/{id}/diagnostic/import")
    String page(@PathVariable UUID id, Model model) {
        ConventionSummary convention = reading.visibleConvention(id);
        if (!reading.canEdit(convention)) throw fr.pilotectg.platform.AccessControl.denied();
        return page(convention, "", reading.get(id).version(), null, List.of(), model);
    }

    @PostMapping("/conventions/{id}/diagnostic/import")
    String post(
            @PathVariable UUID id,
            @RequestParam(name = "csvText", defaultValue = "") String content,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "version") int version,
            @RequestParam(name = "action", defaultValue = "check") String action,
            Model model,
            RedirectAttributes redirect) {
        ConventionSummary convention = reading.visibleConvention(id);
        if (!reading.canEdit(convention)) throw fr.pilotectg.platform.AccessControl.denied();
        String csv = content;
        if (file != null && !file.isEmpty()) {
            try {
                csv = figures.importText(id, Upload.of(file));
            } catch (DomainException e) {
                if (e.kind() == ErrorKind.FORBIDDEN || e.kind() == ErrorKind.NOT_FOUND) throw e;
                return page(convention, "", version, null, ActionErrors.messages(e, messages), model);
            }
        }
        try {
            if ("import".equals(action)) {
                FigureCsv.Imported imported = figures.importFigures(id, version, upload(csv));
                Flash.success(
                        redirect, "diagnostic.import.done", imported.rows().size());
                return "redirect:/conventions/" + id + "/diagnostic#chiffres";
            }
            FigureImportReport report =
                    FigureImportReport.of(figures.checkImport(id, upload(csv)), false, version, messages);
            return page(convention, csv, version, report, List.of(), model);
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.FORBIDDEN || e.kind() == ErrorKind.NOT_FOUND) throw e;
            return page(
                    convention,
                    csv,
                    version,
                    reportOrNone(id, csv, version),
                    ActionErrors.messages(e, messages),
                    model);
        } catch (RuntimeException e) {
            return page(
                    convention,
                    csv,
                    version,
                    reportOrNone(id, csv, version),
                    ActionErrors.messages(e, messages),
                    model);
        }
    }

    private static Upload upload(String csv) {
        return Upload.ofText("chiffres.csv", csv);
    }

    /** The line-by-line check shown beside a refusal, or none when the file itself is refused (header, size). */
    private FigureImportReport reportOrNone(UUID id, String csv, int version) {
        try {
            return FigureImportReport.of(figures.checkImport(id, upload(csv)), false, version, messages);
        } catch (DomainException ignored) {
            return null;
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.FRANCE);
    }

    private String page(
            ConventionSummary convention,
            String content,
            int version,
            FigureImportReport report,
            List<String> errors,
            Model model) {
        model.addAttribute("convention", convention);
        model.addAttribute("canEdit", reading.canEdit(convention));
        model.addAttribute("csvText", content);
        model.addAttribute("version", version);
        model.addAttribute("report", report);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(convention.title(), "/conventions/" + convention.id()),
                        Breadcrumb.link(message("diagnostic.short"), "/conventions/" + convention.id() + "/diagnostic"),
                        Breadcrumb.hereKey("diagnostic.import.title")));
        return "diagnostic/import";
    }
}
