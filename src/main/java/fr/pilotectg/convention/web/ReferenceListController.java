package fr.pilotectg.convention.web;

import fr.pilotectg.convention.domain.ReferenceCatalog;
import fr.pilotectg.convention.domain.ReferenceItem;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of the national list: fix a wording, retire an entry, add a domain or an enjeu. */
@Controller
class ReferenceListController {

    private final ReferenceCatalog catalog;
    private final AccessControl access;
    private final MessageSource messages;

    ReferenceListController(ReferenceCatalog catalog, AccessControl access, MessageSource messages) {
        this.catalog = catalog;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/admin/reference-ctg")
    String list(Model model) {
        access.requireAdmin();
        List<ReferenceItem> items = catalog.all();
        model.addAttribute(
                "domains",
                items.stream()
                        .filter(i -> i.kind() == ReferenceItem.Kind.DOMAIN)
                        .toList());
        model.addAttribute(
                "missions",
                items.stream()
                        .filter(i -> i.kind() == ReferenceItem.Kind.MISSION)
                        .toList());
        model.addAttribute(
                "enjeux",
                items.stream().filter(i -> i.kind() == ReferenceItem.Kind.ENJEU).toList());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("convention.reference.nav")));
        return "convention/reference";
    }

    @PostMapping("/admin/reference-ctg/{kind}/{code}")
    String update(
            @PathVariable ReferenceItem.Kind kind,
            @PathVariable String code,
            @RequestParam("version") int version,
            @RequestParam(name = "label", required = false) String label,
            @RequestParam(name = "active", defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        try {
            catalog.update(kind, code, version, label, active);
            Flash.success(redirect, "convention.reference.saved");
        } catch (RuntimeException e) {
            refuse(e, redirect);
        }
        return "redirect:/admin/reference-ctg#" + kind.name().toLowerCase(Locale.ROOT) + "-" + code;
    }

    @PostMapping("/admin/reference-ctg/{kind}")
    String add(
            @PathVariable ReferenceItem.Kind kind,
            @RequestParam(name = "label", required = false) String label,
            @RequestParam(name = "parentCode", required = false) String parentCode,
            RedirectAttributes redirect) {
        try {
            catalog.add(kind, parentCode, label);
            Flash.success(redirect, "convention.reference.added");
        } catch (RuntimeException e) {
            refuse(e, redirect);
        }
        return "redirect:/admin/reference-ctg";
    }

    private void refuse(RuntimeException e, RedirectAttributes redirect) {
        ActionErrors.flash(redirect, e, messages);
    }
}
