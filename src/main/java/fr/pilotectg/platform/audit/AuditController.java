package fr.pilotectg.platform.audit;

import fr.pilotectg.platform.AuditEntry;
import fr.pilotectg.platform.AuditJournalFilter;
import fr.pilotectg.platform.AuditObjectPath;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The journal of changes the user may see, filtered by convention, author, period and kind of object (in SQL, paged, with
 * its total), each row linked to its object; and one entity's history.
 */
@Controller
class AuditController {

    private final AuditTrail audit;
    private final AuditLabels labels;
    private final ObjectProvider<AuditObjectPath> paths;

    AuditController(AuditTrail audit, AuditLabels labels, ObjectProvider<AuditObjectPath> paths) {
        this.audit = audit;
        this.labels = labels;
        this.paths = paths;
    }

    @GetMapping("/audit")
    String journal(
            @RequestParam(name = "type", defaultValue = "") String type,
            @RequestParam(name = "convention", required = false) @Nullable UUID convention,
            @RequestParam(name = "auteur", required = false) @Nullable String author,
            @RequestParam(name = "du", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate from,
            @RequestParam(name = "au", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate to,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        var filter = new AuditJournalFilter(convention, author, from, to, type);
        PageResult<AuditEntry> entries = audit.journal(filter, new PageQuery(Math.max(0, page), 50));
        model.addAttribute("entries", entries);
        model.addAttribute("filter", filter);
        model.addAttribute("links", links(entries));
        model.addAttribute("types", types());
        model.addAttribute(
                "conventionName",
                convention == null || entries.totalElements() == 0
                        ? null
                        : labels.names(java.util.Set.of(convention)).getOrDefault(convention, convention.toString()));
        model.addAttribute("pagerBase", journalBase(filter));
        model.addAttribute(
                "withoutConvention",
                journalBase(new AuditJournalFilter(null, filter.author(), from, to, filter.entityType())));
        model.addAttribute("showTotal", true);
        model.addAttribute("titleKey", "audit.title");
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("audit.title")));
        return "audit/journal";
    }

    /** The journal's URL with the filters set, each once (the pager adds the page). */
    static String journalBase(AuditJournalFilter f) {
        return UriComponentsBuilder.fromPath("/audit")
                .queryParamIfPresent("type", Optional.ofNullable(f.entityType()))
                .queryParamIfPresent("convention", Optional.ofNullable(f.conventionId()))
                .queryParamIfPresent("auteur", Optional.ofNullable(f.author()))
                .queryParamIfPresent("du", Optional.ofNullable(f.from()))
                .queryParamIfPresent("au", Optional.ofNullable(f.to()))
                .encode()
                .toUriString();
    }

    /** Each row's object page (its module's {@link AuditObjectPath}), or its history. */
    private Map<String, String> links(PageResult<AuditEntry> entries) {
        Map<String, AuditObjectPath> byType = new HashMap<>();
        paths.orderedStream().forEach(p -> byType.putIfAbsent(p.entityType(), p));
        Map<String, String> links = new HashMap<>();
        for (AuditEntry e : entries.content()) {
            AuditObjectPath path = byType.get(e.entityType());
            links.put(
                    e.entityType() + "/" + e.entityId(),
                    path != null
                            ? path.pathOf(e.entityId())
                            : UriComponentsBuilder.fromPath("/audit/{type}/{id}")
                                    .buildAndExpand(e.entityType(), e.entityId())
                                    .encode()
                                    .toUriString());
        }
        return links;
    }

    /** The kinds of object offered by the filter: the types the modules declare and those the journal names. */
    private List<String> types() {
        var types = new java.util.TreeSet<String>();
        paths.orderedStream().map(AuditObjectPath::entityType).forEach(types::add);
        types.addAll(KNOWN_TYPES);
        return List.copyOf(types);
    }

    /** Entity types recorded without an object page of their own. */
    static final List<String> KNOWN_TYPES = List.of(
            "convention",
            "organisation",
            "deliberation",
            "equipment",
            "equipment-import",
            "equipment-inventory",
            "fiche-action",
            "axe-plan-actions",
            "instance-gouvernance",
            "reunion-gouvernance",
            "poste-cooperation",
            "diagnostic",
            "schema-action",
            "indicateur-evaluation",
            "revue-evaluation",
            "financement",
            "reference-ctg",
            "reference-data",
            "epci",
            "user",
            "api-token",
            "sign-in");

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
