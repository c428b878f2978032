package fr.pilotectg.equipment.web;

import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.equipment.CapacityRecorded;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.equipment.domain.CommuneNames;
import fr.pilotectg.equipment.domain.EntryEditing;
import fr.pilotectg.equipment.domain.EquipmentData;
import fr.pilotectg.equipment.domain.EquipmentExporter;
import fr.pilotectg.equipment.domain.EquipmentFilter;
import fr.pilotectg.equipment.domain.EquipmentService;
import fr.pilotectg.equipment.domain.RegisterReads;
import fr.pilotectg.equipment.domain.RegisterSort;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Register pages: the list of a territory (a set of communes: the annex 1 of a convention) with totals and map, an
 * entry, its form, its capacities, the commune page with the declared inventory, and the exports.
 */
@Controller
class EquipmentController {

    static final String BASE = "/equipements";
    private static final int PAGE_SIZE = 50;
    private static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

    private final EquipmentService entries;
    private final RegisterReads reads;
    private final EntryEditing editing;
    private final EquipmentRegister register;
    private final EquipmentExporter exporter;
    private final CommuneNames communeNames;
    private final Territories territories;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final AccessControl access;
    private final RegisterMap map;

    EquipmentController(
            EquipmentService entries,
            RegisterReads reads,
            EntryEditing editing,
            EquipmentRegister register,
            EquipmentExporter exporter,
            CommuneNames communeNames,
            Territories territories,
            AuditTrail audit,
            MessageSource messages,
            AccessControl access,
            RegisterMap map) {
        this.access = access;
        this.map = map;
        this.entries = entries;
        this.reads = reads;
        this.editing = editing;
        this.register = register;
        this.exporter = exporter;
        this.communeNames = communeNames;
        this.territories = territories;
        this.audit = audit;
        this.messages = messages;
    }

    /** Numbers typed the French way ("50,6292", "1 234") are read like "50.6292". */
    @org.springframework.web.bind.annotation.InitBinder("form")
    void frenchNumbers(org.springframework.web.bind.WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new java.beans.PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                setValue(fr.pilotectg.shared.FrenchNumbers.parse(text)
                        .orElseThrow(() -> new IllegalArgumentException("not a number: " + text)));
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : ((BigDecimal) getValue()).toPlainString();
            }
        });
    }

    /** The filters of a register page, as the query string carries them ("" = any). */
    record Filters(
            String communes, EquipmentType type, OperatorCategory category, String qpv, String status, String q) {

        EquipmentFilter filter() {
            EquipmentFilter.Status s = status == null || status.isBlank()
                    ? EquipmentFilter.Status.OPEN
                    : "ALL".equals(status) ? null : EquipmentFilter.Status.valueOf(status);
            return EquipmentRequests.filter(communes, type, category, qpv, s, q, null);
        }

        /** The sort and page-size links of the register (each parameter once, in this order). */
        fr.pilotectg.platform.ListLinks links(RegisterSort sort, boolean descending, int pageSize) {
            java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
            params.put("communes", communes);
            params.put("type", type == null ? null : type.name());
            params.put("category", category == null ? null : category.name());
            params.put("qpv", qpv);
            params.put("status", status);
            params.put("q", q);
            params.put("sort", sort == null ? null : sort.name().toLowerCase(java.util.Locale.ROOT));
            params.put("dir", descending ? "desc" : null);
            params.put("size", pageSize == PAGE_SIZE ? null : String.valueOf(pageSize));
            return new fr.pilotectg.platform.ListLinks(BASE, params);
        }

        /** The query string of these filters (for pagination, export and map links). */
        String query() {
            return queryWithout("");
        }

        /** The query string of these filters but {@code name}'s, for a link that sets it (never a repeated parameter). */
        String queryWithout(String name) {
            StringBuilder query = new StringBuilder();
            if (!name.equals("communes")) append(query, "communes", communes);
            if (!name.equals("type")) append(query, "type", type == null ? null : type.name());
            if (!name.equals("category")) append(query, "category", category == null ? null : category.name());
            if (!name.equals("qpv")) append(query, "qpv", qpv);
            if (!name.equals("status")) append(query, "status", status);
            if (!name.equals("q")) append(query, "q", q);
            return query.toString();
        }

        static void append(StringBuilder query, String name, String value) {
            if (value == null || value.isBlank()) return;
            query.append(query.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @GetMapping(BASE)
    String list(
            @RequestParam(name = "communes", defaultValue = "") String communes,
            @RequestParam(name = "type", required = false) EquipmentType type,
            @RequestParam(name = "category", required = false) OperatorCategory category,
            @RequestParam(name = "qpv", defaultValue = "") String qpv,
            @RequestParam(name = "status", defaultValue = "") String status,
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "" + PAGE_SIZE) int size,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "dir", required = false) String dir,
            Model model) {
        Filters filters = new Filters(communes, type, category, qpv, status, q);
        EquipmentFilter filter = filters.filter();
        int pageSize = PAGE_SIZES.contains(size) ? size : PAGE_SIZE;
        RegisterSort order = RegisterSort.of(sort);
        boolean descending = "desc".equals(dir);
        PageResult<EquipmentView> results =
                reads.search(filter, new PageQuery(Math.max(0, page), pageSize), order, descending);
        // The sort, direction and page size ride along in every link of the page, each once.
        StringBuilder listing = new StringBuilder(filters.query());
        if (sort != null) Filters.append(listing, "sort", order.name().toLowerCase(java.util.Locale.ROOT));
        if (descending) Filters.append(listing, "dir", "desc");
        if (pageSize != PAGE_SIZE) Filters.append(listing, "size", String.valueOf(pageSize));
        model.addAttribute("listing", listing.toString());
        model.addAttribute("links", filters.links(sort == null ? null : order, descending, pageSize));
        model.addAttribute("pageSize", pageSize);
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("sortKey", sort == null ? null : order.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("sortDir", descending ? "desc" : null);
        model.addAttribute("typeQuery", filters.queryWithout("type"));
        RegisterTotals totals = RegisterTotals.of(reads.tallies(filter), communeNames::nameOf);
        communeNames.preload(filter.communes());
        List<CommuneView> territory = filter.communes().stream()
                .map(communeNames::find)
                .flatMap(java.util.Optional::stream)
                .toList();
        model.addAttribute("filters", filters);
        model.addAttribute("query", filters.query());
        model.addAttribute("selectedStatus", status.isBlank() ? "OPEN" : status);
        model.addAttribute("territory", territory);
        model.addAttribute(
                "territoryNames",
                String.join(", ", territory.stream().map(CommuneView::name).toList()));
        model.addAttribute("results", results);
        model.addAttribute("totals", totals);
        model.addAttribute("types", EquipmentType.values());
        model.addAttribute("categories", OperatorCategory.values());
        model.addAttribute("statuses", EquipmentFilter.Status.values());
        model.addAttribute("canCreate", access.canCreate());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("equipment.nav")));
        return "equipment/register";
    }

    /**
     * The map's data for the same filters and reach as the list, in SQL: placed entries (at most {@link RegisterMap#LIMIT},
     * with the count left out), legend per type, QPV outlines, the territory's communes and the background's.
     */
    @GetMapping(BASE + "/map-data")
    @ResponseBody
    Map<String, Object> mapData(
            @RequestParam(name = "communes", defaultValue = "") String communes,
            @RequestParam(name = "type", required = false) EquipmentType type,
            @RequestParam(name = "category", required = false) OperatorCategory category,
            @RequestParam(name = "qpv", defaultValue = "") String qpv,
            @RequestParam(name = "status", defaultValue = "") String status,
            @RequestParam(name = "q", defaultValue = "") String q) {
        return map.data(new Filters(communes, type, category, qpv, status, q).filter());
    }

    @GetMapping(BASE + "/export.xlsx")
    ResponseEntity<StreamingResponseBody> exportXlsx(
            @RequestParam(name = "communes", defaultValue = "") String communes,
            @RequestParam(name = "type", required = false) EquipmentType type,
            @RequestParam(name = "category", required = false) OperatorCategory category,
            @RequestParam(name = "qpv", defaultValue = "") String qpv,
            @RequestParam(name = "status", defaultValue = "") String status,
            @RequestParam(name = "q", defaultValue = "") String q) {
        return EquipmentDownloads.export(
                exporter, "xlsx", new Filters(communes, type, category, qpv, status, q).filter());
    }

    @GetMapping(BASE + "/export.csv")
    ResponseEntity<StreamingResponseBody> exportCsv(
            @RequestParam(name = "communes", defaultValue = "") String communes,
            @RequestParam(name = "type", required = false) EquipmentType type,
            @RequestParam(name = "category", required = false) OperatorCategory category,
            @RequestParam(name = "qpv", defaultValue = "") String qpv,
            @RequestParam(name = "status", defaultValue = "") String status,
            @RequestParam(name = "q", defaultValue = "") String q) {
        return EquipmentDownloads.export(
                exporter, "csv", new Filters(communes, type, category, qpv, status, q).filter());
    }

    @GetMapping(BASE + "/communes/{code}")
    String commune(@PathVariable String code, Model model) {
        CommuneView commune = territories.commune(code);
        RegisterTotals totals =
                RegisterTotals.of(register.openTallies(List.of(commune.inseeCode())), communeNames::nameOf);
        model.addAttribute("commune", commune);
        model.addAttribute("totals", totals);
        model.addAttribute("declared", register.declaredInventory(commune.inseeCode()));
        model.addAttribute("canReviseInventory", register.canReviseInventory(commune.inseeCode()));
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.section("equipment.nav", BASE), Breadcrumb.here(commune.name())));
        return "equipment/commune";
    }

    @GetMapping(BASE + "/{id}")
    String detail(@PathVariable UUID id, Model model) {
        EquipmentView entry = reads.get(id);
        model.addAttribute("entry", entry);
        model.addAttribute("capacities", reads.capacities(id));
        model.addAttribute("position", reads.position(entry));
        model.addAttribute("canEdit", editing.canEdit(entry));
        model.addAttribute("units", CapacityUnit.values());
        model.addAttribute("today", entries.today());
        model.addAttribute("open", entry.openOn(entries.today()));
        model.addAttribute("history", audit.history("equipment", id.toString(), PageQuery.first(20)));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("equipment.nav", BASE),
                        Breadcrumb.link(entry.communeName(), BASE + "?communes=" + entry.communeCode()),
                        Breadcrumb.here(entry.name())));
        return "equipment/detail";
    }

    @PostMapping(BASE + "/{id}/capacities")
    String recordCapacity(
            @PathVariable UUID id,
            @RequestParam(name = "value", required = false) BigDecimal value,
            @RequestParam(name = "unit", required = false) CapacityUnit unit,
            @RequestParam(name = "effectiveOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate effectiveOn,
            @RequestParam(name = "source", required = false) String source,
            RedirectAttributes redirect) {
        try {
            if (value == null) throw DomainException.invalidFields(List.of(FieldProblem.of("value", "REQUIRED")));
            CapacityRecorded recorded =
                    editing.recordCapacity(id, null, new EquipmentData.CapacityInput(value, unit, effectiveOn, source));
            if (recorded.warnings().isEmpty()) Flash.success(redirect, "equipment.detail.capacity.recorded");
            else
                Flash.warning(
                        redirect,
                        "equipment.detail.capacity.recorded.warning",
                        recorded.capacity().unit().name().toLowerCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/close")
    String close(
            @PathVariable UUID id,
            @RequestParam("version") int version,
            @RequestParam(name = "closedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate closedOn,
            RedirectAttributes redirect) {
        try {
            editing.close(id, version, closedOn);
            Flash.success(redirect, "equipment.detail.closed");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping(BASE + "/new")
    String newForm(@RequestParam(name = "commune", required = false) String commune, Model model) {
        access.requireCreate();
        EquipmentForm form = new EquipmentForm();
        form.setCommuneCode(commune);
        form.setSupportedByCollectivite(true);
        return form(form, null, model);
    }

    @PostMapping(BASE + "/new")
    String create(
            @ModelAttribute("form") EquipmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireCreate();
        if (result.hasErrors()) return form(form, null, model);
        try {
            EquipmentView created = editing.create(form.data());
            Flash.success(redirect, "equipment.created");
            return "redirect:" + BASE + "/" + created.id();
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(form, null, model);
        }
    }

    @GetMapping(BASE + "/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        EquipmentView entry = reads.get(id);
        if (!editing.canEdit(entry)) throw AccessControl.denied();
        return form(EquipmentForm.of(entry), entry, model);
    }

    @PostMapping(BASE + "/{id}/edit")
    String edit(
            @PathVariable UUID id,
            @ModelAttribute("form") EquipmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) return form(form, reads.get(id), model);
        try {
            editing.update(id, form.getVersion(), form.data());
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(form, reads.get(id), model);
        }
        Flash.success(redirect, "equipment.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String form(EquipmentForm form, EquipmentView entry, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("entry", entry);
        model.addAttribute("types", EquipmentType.values());
        model.addAttribute("categories", OperatorCategory.values());
        model.addAttribute("units", CapacityUnit.values());
        List<OrganisationView> organisations = new ArrayList<>(reads.operatorChoices(PageQuery.MAX_SIZE));
        if (form.getOperatorOrganisationId() != null
                && organisations.stream().noneMatch(o -> o.id().equals(form.getOperatorOrganisationId()))) {
            String current = entry != null
                            && form.getOperatorOrganisationId()
                                    .equals(entry.operator().organisationId())
                    ? entry.operator().name()
                    : form.getOperatorName();
            organisations.add(
                    0,
                    new OrganisationView(
                            form.getOperatorOrganisationId(),
                            null,
                            current == null ? "—" : current,
                            null,
                            null,
                            List.of(),
                            List.of(),
                            List.of(),
                            0));
        }
        model.addAttribute("organisations", organisations);
        model.addAttribute("formAction", entry == null ? BASE + "/new" : BASE + "/" + entry.id() + "/edit");
        model.addAttribute("cancelPath", entry == null ? BASE : BASE + "/" + entry.id());
        Breadcrumb section = Breadcrumb.section("equipment.nav", BASE);
        model.addAttribute(
                "breadcrumbs",
                entry == null
                        ? List.of(section, Breadcrumb.hereKey("equipment.form.new"))
                        : List.of(
                                section,
                                Breadcrumb.link(entry.name(), BASE + "/" + entry.id()),
                                Breadcrumb.hereKey("equipment.form.edit")));
        return "equipment/form";
    }
}
