package fr.pilotectg.convention.web;

import fr.pilotectg.convention.domain.ConventionImportJobs;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page of the bulk import of conventions, linked from the portfolio for those who may create conventions (others
 * get 403): the template to download, a file checked (the table of what each convention would create, every problem
 * with its sheet, line and column) and then imported, all or nothing. The check and the import run in the background:
 * the page of the job polls its progress (htmx) and shows the report once done.
 */
@Controller
class ConventionImportController {

    static final String BASE = "/conventions/importer";

    private final ConventionImportJobs jobs;
    private final Directory directory;
    private final AccessControl access;
    private final MessageSource messages;

    ConventionImportController(
            ConventionImportJobs jobs, Directory directory, AccessControl access, MessageSource messages) {
        this.jobs = jobs;
        this.directory = directory;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String form(Model model) {
        access.requireCreate();
        return page(null, null, model);
    }

    @PostMapping(BASE)
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            Model model) {
        access.requireCreate();
        try {
            return "redirect:" + BASE + "/"
                    + jobs.submit(Upload.of(file), dryRun).id();
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.FORBIDDEN || e.kind() == ErrorKind.NOT_FOUND) throw e;
            return page(null, messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), Locale.FRANCE), model);
        }
    }

    /** A job's page: its progress while it runs (polled), then its report. */
    @GetMapping(BASE + "/{id}")
    String job(@PathVariable UUID id, Model model) {
        access.requireCreate();
        return page(jobs.get(id), null, model);
    }

    /** The progress fragment polled by htmx; once the job has finished, asks htmx to reload the whole page. */
    @GetMapping(BASE + "/{id}/etat")
    String status(@PathVariable UUID id, Model model, HttpServletResponse response) {
        access.requireCreate();
        ConventionImportJobs.Job job = jobs.get(id);
        if (!job.running()) response.setHeader("HX-Refresh", "true");
        model.addAttribute("job", job);
        return "convention/import :: progress";
    }

    @GetMapping(BASE + "/modele.xlsx")
    ResponseEntity<byte[]> template() {
        access.requireCreate();
        return ConventionImportDownloads.template(directory);
    }

    private String page(ConventionImportJobs.Job job, String fileError, Model model) {
        model.addAttribute("job", job);
        model.addAttribute("report", job == null || job.running() ? null : job.report());
        model.addAttribute("fileError", fileError);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.hereKey("conventionImport.title")));
        return "convention/import";
    }
}
