package fr.pilotectg.convention.web;

import fr.pilotectg.convention.domain.ConventionImport;
import fr.pilotectg.convention.domain.ConventionImportReport;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page of the bulk import of conventions, linked from the portfolio for those who may create conventions (others
 * get 403): the template to download, a file checked (the table of what each convention would create, every problem
 * with its sheet, line and column) and then imported, all or nothing.
 */
@Controller
class ConventionImportController {

    private final ConventionImport imports;
    private final Directory directory;
    private final AccessControl access;
    private final MessageSource messages;

    ConventionImportController(
            ConventionImport imports, Directory directory, AccessControl access, MessageSource messages) {
        this.imports = imports;
        this.directory = directory;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/conventions/importer")
    String form(Model model) {
        access.requireCreate();
        return page(null, null, model);
    }

    @PostMapping("/conventions/importer")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            Model model) {
        access.requireCreate();
        try {
            return page(imports.importFile(Upload.of(file), dryRun), null, model);
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.FORBIDDEN || e.kind() == ErrorKind.NOT_FOUND) throw e;
            return page(null, messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), Locale.FRANCE), model);
        }
    }

    @GetMapping("/conventions/importer/modele.xlsx")
    ResponseEntity<byte[]> template() {
        access.requireCreate();
        return ConventionImportDownloads.template(directory);
    }

    private String page(ConventionImportReport report, String fileError, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("fileError", fileError);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.hereKey("conventionImport.title")));
        return "convention/import";
    }
}
