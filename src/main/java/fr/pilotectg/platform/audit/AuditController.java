package fr.pilotectg.platform.audit;

import fr.pilotectg.platform.AuditEntry;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The journal of changes the user may see (optionally of one entity type), and one entity's history. */
@Controller
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String journal(
            @RequestParam(name = "type", defaultValue = "") String type,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        model.addAttribute("entries", audit.journal(type, new PageQuery(Math.max(0, page), 50)));
        model.addAttribute(
                "pagerBase",
                UriComponentsBuilder.fromPath("/audit")
                        .queryParamIfPresent("type", Optional.of(type).filter(t -> !t.isBlank()))
                        .encode()
                        .toUriString());
        model.addAttribute("titleKey", "audit.title");
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("audit.title")));
        return "audit/journal";
    }

    @GetMapping("/audit/{type}/{id}")
    String history(
            @PathVariable String type,
            @PathVariable String id,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        PageResult<AuditEntry> entries = audit.history(type, id, new PageQuery(Math.max(0, page), 50));
        // The history is shown with the entity's own access rule: none visible means an entity out of reach (or none at
        // all).
        if (entries.totalElements() == 0) throw DomainException.notFound("AUDIT_HISTORY_NOT_FOUND", id);
        model.addAttribute("entries", entries);
        model.addAttribute(
                "pagerBase",
                UriComponentsBuilder.fromPath("/audit/{type}/{id}")
                        .buildAndExpand(type, id)
                        .encode()
                        .toUriString());
        model.addAttribute("titleKey", "audit.history.title");
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.section("audit.title", "/audit"), Breadcrumb.hereKey("audit.history.title")));
        return "audit/journal";
    }
}
