package fr.pilotectg.documents.web;

import fr.pilotectg.documents.domain.DocumentComparison;
import fr.pilotectg.documents.domain.DocumentErrors;
import fr.pilotectg.documents.domain.DocumentGeneration;
import fr.pilotectg.documents.domain.DocumentJobs;
import fr.pilotectg.documents.domain.TemplateUploads;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.shared.DomainException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The « Documents » page of a convention: the gaps with links to their fields, ask for a generation and follow its
 * progress (the jobs' fragment polls while one runs), download, compare two versions.
 */
@Controller
class DocumentController {

    private final DocumentGeneration generation;
    private final TemplateUploads uploads;
    private final DocumentJobs jobs;
    private final DocumentComparison comparison;

    DocumentController(
            DocumentGeneration generation, TemplateUploads uploads, DocumentJobs jobs, DocumentComparison comparison) {
        this.generation = generation;
        this.uploads = uploads;
        this.jobs = jobs;
        this.comparison = comparison;
    }

    /** The latest jobs, with their steps in French, for the page and its polled fragment. */
    private void addJobs(UUID id, Model model) {
        var recent = jobs.recent(id, 5);
        model.addAttribute("jobs", recent);
        model.addAttribute(
                "steps",
                recent.stream().collect(java.util.stream.Collectors.toMap(DocumentJobs.Job::id, jobs::stepLabel)));
        model.addAttribute("anyRunning", recent.stream().anyMatch(DocumentJobs.Job::running));
        model.addAttribute("conventionId", id);
    }

    @GetMapping("/conventions/{id}/documents/travaux")
    String jobsFragment(@PathVariable UUID id, Model model) {
        addJobs(id, model);
        return "documents/page :: jobs";
    }

    @GetMapping("/conventions/{id}/documents/comparaison")
    String compare(
            @PathVariable UUID id,
            @RequestParam("a") UUID to,
            @RequestParam(name = "de", required = false) UUID from,
            Model model) {
        var result = comparison.compare(id, to, from);
        var overview = generation.overview(id);
        model.addAttribute("r", result);
        model.addAttribute("c", overview.convention());
        model.addAttribute("documents", overview.documents());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(overview.convention().title(), "/conventions/" + id),
                        Breadcrumb.section("documents.title", "/conventions/" + id + "/documents"),
                        Breadcrumb.hereKey("documents.compare.title")));
        return "documents/compare";
    }

    @GetMapping("/conventions/{id}/documents")
    String page(@PathVariable UUID id, Model model) {
        var overview = generation.overview(id);
        model.addAttribute("o", overview);
        model.addAttribute("c", overview.convention());
        model.addAttribute("canManageTemplate", uploads.manages());
        model.addAttribute("cafId", overview.convention().cafId());
        addJobs(id, model);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(overview.convention().title(), "/conventions/" + id),
                        Breadcrumb.hereKey("documents.title")));
        return "documents/page";
    }

    @GetMapping("/conventions/{id}/documents/{documentId}/{format}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId, @PathVariable String format) {
        return DocumentApi.file(generation.download(id, documentId, format));
    }

    @PostMapping("/conventions/{id}/documents")
    String generate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "DRAFT") String kind,
            @RequestParam(name = "amendmentNumber", required = false) Integer amendmentNumber,
            RedirectAttributes redirect) {
        try {
            jobs.request(id, DocumentApi.kind(kind), amendmentNumber);
            Flash.success(redirect, "documents.requested");
        } catch (DomainException e) {
            if (!e.code().equals(DocumentErrors.GAPS_REMAIN)
                    && !e.code().equals(DocumentErrors.AMENDMENT_REQUIRED)
                    && !e.code().equals(DocumentErrors.AMENDMENT_NOT_FOUND)) throw e;
            Flash.danger(redirect, "error." + e.code(), e.args().toArray());
        }
        return "redirect:/conventions/" + id + "/documents";
    }
}
