package fr.pilotectg.documents.web;

import fr.pilotectg.documents.domain.DocumentErrors;
import fr.pilotectg.documents.domain.DocumentGeneration;
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

/** The « Documents » page of a convention: the gaps with links to their fields, generate, download. */
@Controller
class DocumentController {

    private final DocumentGeneration generation;
    private final TemplateUploads uploads;

    DocumentController(DocumentGeneration generation, TemplateUploads uploads) {
        this.generation = generation;
        this.uploads = uploads;
    }

    @GetMapping("/conventions/{id}/documents")
    String page(@PathVariable UUID id, Model model) {
        var overview = generation.overview(id);
        model.addAttribute("o", overview);
        model.addAttribute("c", overview.convention());
        model.addAttribute("canManageTemplate", uploads.manages());
        model.addAttribute("cafId", overview.convention().cafId());
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
            @PathVariable UUID id, @RequestParam(defaultValue = "DRAFT") String kind, RedirectAttributes redirect) {
        try {
            generation.generate(id, DocumentApi.kind(kind));
            Flash.success(redirect, "documents.generated");
        } catch (DomainException e) {
            if (!e.code().equals(DocumentErrors.GAPS_REMAIN) && !e.code().equals(DocumentErrors.TOO_LARGE)) throw e;
            Flash.danger(redirect, "error." + e.code(), e.args().toArray());
        }
        return "redirect:/conventions/" + id + "/documents";
    }
}
