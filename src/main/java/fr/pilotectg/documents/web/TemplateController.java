package fr.pilotectg.documents.web;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.documents.domain.DocumentErrors;
import fr.pilotectg.documents.domain.TemplateUploads;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Word template of a Caf's conventions, as a page: the version in force, its download (to edit it in Word), the
 * versions uploaded and the form to upload a new one. A Caf agent sees its Caf's; an administrator picks the Caf.
 */
@Controller
class TemplateController {

    static final String PATH = "/documents/modele";

    private final TemplateUploads uploads;
    private final Directory directory;
    private final MessageSource messages;

    TemplateController(TemplateUploads uploads, Directory directory, MessageSource messages) {
        this.uploads = uploads;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "caf", required = false) UUID caf, Model model) {
        TemplateUploads.Overview overview = uploads.overview(caf);
        model.addAttribute("o", overview);
        model.addAttribute(
                "cafName",
                overview.cafId() == null
                        ? null
                        : directory
                                .findOrganisation(overview.cafId())
                                .map(OrganisationView::name)
                                .orElse(null));
        model.addAttribute("maxMegabytes", TemplateUploads.MAX_BYTES / (1024 * 1024));
        if (uploads.picksTheCaf())
            model.addAttribute(
                    "cafs",
                    directory
                            .visibleOrganisationsOfKind(OrganisationKind.CAF, new PageQuery(0, 200))
                            .content());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("documents.templatePage.title")));
        return "documents/template";
    }

    @GetMapping(PATH + ".docx")
    ResponseEntity<byte[]> download(@RequestParam(name = "caf", required = false) UUID caf) {
        return DocumentApi.templateFile(uploads.current(caf));
    }

    @PostMapping(PATH)
    String upload(
            @RequestParam(name = "caf", required = false) UUID caf,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        String back = "redirect:" + PATH + (caf == null ? "" : "?caf=" + caf);
        try {
            if (file == null || file.isEmpty()) throw DomainException.invalid(DocumentErrors.TEMPLATE_INVALID);
            if (file.getSize() > TemplateUploads.MAX_BYTES)
                throw DomainException.invalid(DocumentErrors.TEMPLATE_TOO_LARGE);
            String name = file.getOriginalFilename() == null ? "modele.docx" : file.getOriginalFilename();
            String version = uploads.upload(caf, name, file.getBytes());
            Flash.success(redirect, "documents.templatePage.uploaded", version);
        } catch (DomainException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return back;
    }
}
