package fr.pilotectg.convention.web;

import fr.pilotectg.convention.ConventionFilter;
import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.domain.Civility;
import fr.pilotectg.convention.domain.ConventionAmendments;
import fr.pilotectg.convention.domain.ConventionDeliberationLinks;
import fr.pilotectg.convention.domain.ConventionDetails;
import fr.pilotectg.convention.domain.ConventionDrafting;
import fr.pilotectg.convention.domain.ConventionEndOfLife;
import fr.pilotectg.convention.domain.ConventionReads;
import fr.pilotectg.convention.domain.ConventionRecording;
import fr.pilotectg.convention.domain.ConventionTerms;
import fr.pilotectg.convention.domain.ConventionVersion;
import fr.pilotectg.convention.domain.PartyKind;
import fr.pilotectg.convention.domain.PredecessorKind;
import fr.pilotectg.convention.domain.ReferenceCatalog;
import fr.pilotectg.convention.domain.ReferenceItem;
import fr.pilotectg.convention.domain.RepresentativeRole;
import fr.pilotectg.convention.domain.TerminationKind;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.SearchText;
import fr.pilotectg.territory.Lookup;
import fr.pilotectg.territory.Territories;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Convention pages: the portfolio, a convention with its life cycle actions, the terms form (new draft, revision,
 * avenant) and the earlier versions. A refused action comes back on the convention page as a French message.
 */
@Controller
class ConventionController {

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]$");

    private final ConventionReads reads;
    private final ConventionDrafting drafting;
    private final ConventionRecording recording;
    private final ConventionAmendments amendments;
    private final ConventionEndOfLife endOfLife;
    private final ConventionDeliberationLinks links;
    private final ReferenceCatalog catalog;
    private final Directory directory;
    private final Territories territories;
    private final AccessControl access;
    private final AuditTrail audit;
    private final MessageSource messages;

    ConventionController(
            ConventionReads reads,
            ConventionDrafting drafting,
            ConventionRecording recording,
            ConventionAmendments amendments,
            ConventionEndOfLife endOfLife,
            ConventionDeliberationLinks links,
            ReferenceCatalog catalog,
            Directory directory,
            Territories territories,
            AccessControl access,
            AuditTrail audit,
            MessageSource messages) {
        this.reads = reads;
        this.drafting = drafting;
        this.recording = recording;
        this.amendments = amendments;
        this.endOfLife = endOfLife;
        this.links = links;
        this.catalog = catalog;
        this.directory = directory;
        this.territories = territories;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- portfolio

    @GetMapping("/conventions")
    String portfolio(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "caf", required = false) UUID caf,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "commune", required = false) String commune,
            @RequestParam(name = "epci", required = false) String epci,
            @RequestParam(name = "domain", required = false) String domain,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "alerts", defaultValue = "false") boolean alerts,
            @RequestParam(name = "findings", defaultValue = "false") boolean findings,
            @RequestParam(name = "besoin", required = false) String need,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        var filter = new ConventionFilter(
                q,
                caf,
                status,
                commune,
                epci,
                domain,
                from,
                to,
                alerts,
                findings,
                fr.pilotectg.convention.ConventionNeed.fromParam(need).orElse(null));
        model.addAttribute("filter", filter);
        model.addAttribute("results", reads.portfolio(filter, new PageQuery(Math.max(0, page), 25)));
        model.addAttribute("statuses", ConventionStatus.values());
        model.addAttribute("needs", fr.pilotectg.convention.ConventionNeed.values());
        model.addAttribute(
                "cafs",
                visibleOrganisations().stream()
                        .filter(o -> o.kind() == OrganisationKind.CAF)
                        .toList());
        model.addAttribute("domainItems", catalog.active(ReferenceItem.Kind.DOMAIN));
        model.addAttribute("domainLabels", catalog.labels(ReferenceItem.Kind.DOMAIN));
        model.addAttribute("pagerBase", pagerBase(filter));
        model.addAttribute(
                "canCreate",
                access.canCreate()
                        && (access.currentReach().all()
                                || !access.currentReach().organisations().isEmpty()));
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("convention.nav")));
        return "convention/portfolio";
    }

    // ---------------------------------------------------------------- one convention

    @GetMapping("/conventions/{id}")
    String detail(@PathVariable UUID id, Model model) {
        ConventionDetails details = reads.get(id);
        model.addAttribute("d", details);
        model.addAttribute("c", details.convention());
        model.addAttribute("terms", details.terms());
        addTermsLabels(details.terms(), model);
        model.addAttribute("terminationKinds", TerminationKind.values());
        model.addAttribute("linkable", details.canEdit() ? reads.linkableDeliberations(id) : List.of());
        model.addAttribute(
                "openable",
                directory.openable(details.signatories().stream()
                        .map(s -> s.signatory().organisationId())
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        model.addAttribute("memberNames", memberNames(details.terms()));
        model.addAttribute("history", audit.history("convention", id.toString(), PageQuery.first(50)));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.here(details.terms().title())));
        return "convention/detail";
    }

    @GetMapping("/conventions/{id}/versions/{number}")
    String version(@PathVariable UUID id, @PathVariable int number, Model model) {
        ConventionDetails details = reads.get(id);
        ConventionVersion version = details.convention().version(number);
        model.addAttribute("d", details);
        model.addAttribute("v", version);
        model.addAttribute("record", details.recordOf(number).orElse(null));
        model.addAttribute("terms", version.terms());
        addTermsLabels(version.terms(), model);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(details.terms().title(), "/conventions/" + id),
                        Breadcrumb.here(messages.getMessage(
                                "convention.version.title", new Object[] {number}, Locale.FRANCE))));
        return "convention/version";
    }

    // ---------------------------------------------------------------- terms form

    @GetMapping("/conventions/new")
    String newForm(Model model) {
        access.requireCreate();
        return form(TermsForm.blank(), null, Mode.CREATE, model);
    }

    @PostMapping("/conventions/new")
    String create(
            @ModelAttribute("form") TermsForm form,
            BindingResult result,
            @RequestParam(name = "_add", required = false) String add,
            @RequestParam(name = "_remove", required = false) String remove,
            Model model,
            RedirectAttributes redirect) {
        access.requireCreate();
        return submit(form, result, add, remove, null, Mode.CREATE, model, redirect);
    }

    /** A convention already signed, entered from its published text. */
    @GetMapping("/conventions/enregistrer")
    String recordForm(Model model) {
        access.requireCreate();
        return form(TermsForm.blank(), null, Mode.RECORD, model);
    }

    @PostMapping("/conventions/enregistrer")
    String record(
            @ModelAttribute("form") TermsForm form,
            BindingResult result,
            @RequestParam(name = "_add", required = false) String add,
            @RequestParam(name = "_remove", required = false) String remove,
            Model model,
            RedirectAttributes redirect) {
        access.requireCreate();
        return submit(form, result, add, remove, null, Mode.RECORD, model, redirect);
    }

    /** Corrects what was typed of a convention recorded from its text (no avenant). */
    @GetMapping("/conventions/{id}/correction")
    String correctionForm(@PathVariable UUID id, Model model) {
        ConventionDetails details = editable(id);
        TermsForm form = TermsForm.of(details.terms(), details.version());
        form.setSignedOn(details.convention().signedOn().orElse(null));
        form.setSignaturePlace(details.convention().signaturePlace().orElse(null));
        return form(form, details, Mode.CORRECT, model);
    }

    @PostMapping("/conventions/{id}/correction")
    String correct(
            @PathVariable UUID id,
            @ModelAttribute("form") TermsForm form,
            BindingResult result,
            @RequestParam(name = "_add", required = false) String add,
            @RequestParam(name = "_remove", required = false) String remove,
            Model model,
            RedirectAttributes redirect) {
        return submit(form, result, add, remove, id, Mode.CORRECT, model, redirect);
    }

    @GetMapping("/conventions/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        ConventionDetails details = editable(id);
        return form(TermsForm.of(details.terms(), details.version()), details, Mode.REVISE, model);
    }

    @PostMapping("/conventions/{id}/edit")
    String edit(
            @PathVariable UUID id,
            @ModelAttribute("form") TermsForm form,
            BindingResult result,
            @RequestParam(name = "_add", required = false) String add,
            @RequestParam(name = "_remove", required = false) String remove,
            Model model,
            RedirectAttributes redirect) {
        return submit(form, result, add, remove, id, Mode.REVISE, model, redirect);
    }

    @GetMapping("/conventions/{id}/avenants/new")
    String amendmentForm(@PathVariable UUID id, Model model) {
        ConventionDetails details = editable(id);
        TermsForm form = TermsForm.of(details.terms(), details.version());
        form.setDraftedOn(details.today());
        return form(form, details, Mode.AMEND, model);
    }

    @PostMapping("/conventions/{id}/avenants/new")
    String draftAmendment(
            @PathVariable UUID id,
            @ModelAttribute("form") TermsForm form,
            BindingResult result,
            @RequestParam(name = "_add", required = false) String add,
            @RequestParam(name = "_remove", required = false) String remove,
            Model model,
            RedirectAttributes redirect) {
        return submit(form, result, add, remove, id, Mode.AMEND, model, redirect);
    }

    /**
     * One handler for the terms forms: an {@code _add}/{@code _remove} button only re-renders the form with a row more
     * or less; otherwise the form's use case runs ({@link #save}) and leads to the convention, or the refusal is shown
     * on the form.
     */
    private String submit(
            TermsForm form,
            BindingResult result,
            String add,
            String remove,
            UUID id,
            Mode mode,
            Model model,
            RedirectAttributes redirect) {
        if ("epciCommunes".equals(add)) {
            // an EPCI brings its member communes from the reference data; the user then removes those not covered
            form.addCommunes(TermsForm.codes(form.getEpcis()).stream()
                    .flatMap(siren -> territories.epciMembers(siren).stream())
                    .map(c -> c.inseeCode())
                    .toList());
            return form(form, id == null ? null : editable(id), mode, model);
        }
        if (add != null || remove != null) {
            form.edit(add, remove);
            return form(form, id == null ? null : editable(id), mode, model);
        }
        try {
            resolveOrganisations(form);
            UUID saved = save(form, id, mode);
            Flash.success(redirect, mode.successKey);
            return "redirect:/conventions/" + saved;
        } catch (RuntimeException e) {
            reject(result, e);
            return form(form, id == null ? null : editable(id), mode, model);
        }
    }

    /**
     * Each signatory's organisation typed in its picker without picking a suggestion (no JavaScript, or typed in full):
     * its id as is, else the one organisation of the user's reach whose name it is (accents, case and hyphens aside, ADR
     * 0025), else the one suggestion; none or several is refused on the field, and nothing is saved.
     */
    private void resolveOrganisations(TermsForm form) {
        var problems = new java.util.ArrayList<FieldProblem>();
        for (int i = 0; i < form.getSignatories().size(); i++) {
            TermsForm.SignatoryForm s = form.getSignatories().get(i);
            String typed = s.getOrganisationLabel() == null
                    ? ""
                    : s.getOrganisationLabel().strip();
            if (s.getOrganisationId() != null || typed.isEmpty()) continue;
            String field = "signatories[" + i + "].organisationId";
            try {
                s.setOrganisationId(UUID.fromString(typed));
                continue;
            } catch (IllegalArgumentException notAnId) {
                // a name: looked up below
            }
            List<OrganisationView> found = typed.length() > Lookup.TEXT_MAX
                    ? List.of()
                    : directory.suggestOrganisations(access.currentReach(), Lookup.of(typed, Lookup.LIMIT_MAX));
            String folded = SearchText.fold(typed);
            List<OrganisationView> exact = found.stream()
                    .filter(o -> SearchText.fold(o.name()).equals(folded))
                    .toList();
            List<OrganisationView> chosen = exact.isEmpty() ? found : exact;
            if (chosen.size() == 1) s.setOrganisationId(chosen.get(0).id());
            else if (chosen.isEmpty())
                problems.add(FieldProblem.of(field, "CONVENTION_ORGANISATION_NAME_UNKNOWN", typed));
            else problems.add(FieldProblem.of(field, "CONVENTION_ORGANISATION_NAME_AMBIGUOUS", typed, chosen.size()));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        resolvePartners(form);
    }

    /**
     * A partner typed by name without picking a suggestion is linked to the one organisation of the user's reach that
     * bears exactly that name (accents, case and hyphens aside); otherwise it stays a partner named as the text names it
     * (many partners — an association, a school — are not in the directory).
     */
    private void resolvePartners(TermsForm form) {
        for (TermsForm.PartnerForm p : form.getPartners()) {
            String typed = p.getName() == null ? "" : p.getName().strip();
            if (p.getOrganisationId() != null || typed.isEmpty() || typed.length() > Lookup.TEXT_MAX) continue;
            String folded = SearchText.fold(typed);
            List<OrganisationView> exact =
                    directory.suggestOrganisations(access.currentReach(), Lookup.of(typed, Lookup.LIMIT_MAX)).stream()
                            .filter(o -> SearchText.fold(o.name()).equals(folded))
                            .toList();
            if (exact.size() == 1) {
                p.setOrganisationId(exact.get(0).id());
                p.setName(exact.get(0).name());
            }
        }
    }

    /** Shows each signatory's organisation by its name in its picker (a draft revised, a form shown again). */
    private void labelOrganisations(TermsForm form) {
        var ids = form.getSignatories().stream()
                .filter(s -> s.getOrganisationId() != null
                        && (s.getOrganisationLabel() == null
                                || s.getOrganisationLabel().isBlank()))
                .map(TermsForm.SignatoryForm::getOrganisationId)
                .toList();
        if (ids.isEmpty()) return;
        var names = new java.util.HashMap<UUID, String>();
        directory.organisations(ids).forEach(o -> names.put(o.id(), o.name()));
        form.getSignatories().stream()
                .filter(s -> s.getOrganisationId() != null
                        && (s.getOrganisationLabel() == null
                                || s.getOrganisationLabel().isBlank()))
                .forEach(s -> s.setOrganisationLabel(names.getOrDefault(
                        s.getOrganisationId(), s.getOrganisationId().toString())));
    }

    /** What each terms form does with what was typed; returns the convention's id. */
    private UUID save(TermsForm form, UUID id, Mode mode) {
        switch (mode) {
            case CREATE -> {
                return drafting.create(form.data());
            }
            case RECORD -> {
                return recording.recordAsSigned(form.data(), form.getSignedOn(), form.getSignaturePlace());
            }
            case REVISE -> drafting.reviseDraft(id, form.getVersion(), form.data());
            case CORRECT ->
                recording.correctRecord(
                        id, form.getVersion(), form.data(), form.getSignedOn(), form.getSignaturePlace());
            case AMEND ->
                amendments.draftAmendment(
                        id, form.getVersion(), form.getAmendmentTitle(), form.data(), form.getDraftedOn());
        }
        return id;
    }

    // ---------------------------------------------------------------- life cycle actions

    @PostMapping("/conventions/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam("version") int version, RedirectAttributes redirect) {
        return act(id, redirect, "convention.submitted", () -> drafting.submit(id, version));
    }

    @PostMapping("/conventions/{id}/return-to-draft")
    String returnToDraft(@PathVariable UUID id, @RequestParam("version") int version, RedirectAttributes redirect) {
        return act(id, redirect, "convention.returned", () -> drafting.returnToDraft(id, version));
    }

    @PostMapping("/conventions/{id}/sign")
    String sign(
            @PathVariable UUID id,
            @RequestParam("version") int version,
            @RequestParam(name = "signedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate signedOn,
            @RequestParam(name = "signaturePlace", required = false) String signaturePlace,
            RedirectAttributes redirect) {
        return act(id, redirect, "convention.signed", () -> drafting.sign(id, version, signedOn, signaturePlace));
    }

    @PostMapping("/conventions/{id}/avenants/{number}/sign")
    String signAmendment(
            @PathVariable UUID id,
            @PathVariable int number,
            @RequestParam("version") int version,
            @RequestParam(name = "signedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate signedOn,
            @RequestParam(name = "effectiveFrom", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate effectiveFrom,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "convention.amendment.signed",
                () -> amendments.signAmendment(id, version, number, signedOn, effectiveFrom));
    }

    @PostMapping("/conventions/{id}/avenants/{number}/withdraw")
    String withdrawAmendment(
            @PathVariable UUID id,
            @PathVariable int number,
            @RequestParam("version") int version,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "convention.amendment.withdrawn",
                () -> amendments.withdrawAmendment(id, version, number));
    }

    @PostMapping("/conventions/{id}/termination")
    String terminate(
            @PathVariable UUID id,
            @RequestParam("version") int version,
            @RequestParam(name = "kind", required = false) TerminationKind kind,
            @RequestParam(name = "actOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate actOn,
            @RequestParam(name = "party", required = false) UUID party,
            @RequestParam(name = "remedied", defaultValue = "false") boolean remedied,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "convention.terminated",
                () -> endOfLife.terminate(
                        id, version, new ConventionEndOfLife.TerminationRequest(kind, actOn, party, remedied)));
    }

    /** The date a termination would take effect, shown while the form is filled in (htmx). */
    @GetMapping("/conventions/{id}/termination/preview")
    String terminationPreview(
            @PathVariable UUID id,
            @RequestParam(name = "kind", required = false) TerminationKind kind,
            @RequestParam(name = "actOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate actOn,
            Model model) {
        reads.get(id);
        LocalDate effective = kind == null || actOn == null ? null : kind.effectiveOn(actOn);
        model.addAttribute("effective", effective);
        return "convention/detail :: terminationPreview";
    }

    @PostMapping("/conventions/{id}/renewal")
    String renew(
            @PathVariable UUID id,
            @RequestParam("version") int version,
            @RequestParam(name = "start", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate start,
            @RequestParam(name = "end", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
            RedirectAttributes redirect) {
        try {
            UUID successor = endOfLife.renew(id, version, start, end);
            Flash.success(redirect, "convention.renewed");
            return "redirect:/conventions/" + successor;
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
            return "redirect:/conventions/" + id + "#cycle";
        }
    }

    @PostMapping("/conventions/{id}/deliberations")
    String link(
            @PathVariable UUID id,
            @RequestParam("version") int version,
            @RequestParam(name = "signatoryId", required = false) UUID signatoryId,
            @RequestParam(name = "deliberationId", required = false) UUID deliberationId,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "convention.deliberation.linked",
                () -> links.linkDeliberation(id, version, signatoryId, deliberationId),
                "signataires");
    }

    @PostMapping("/conventions/{id}/deliberations/{deliberationId}/unlink")
    String unlink(
            @PathVariable UUID id,
            @PathVariable UUID deliberationId,
            @RequestParam("version") int version,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "convention.deliberation.unlinked",
                () -> links.unlinkDeliberation(id, version, deliberationId),
                "signataires");
    }

    // ---------------------------------------------------------------- internals

    enum Mode {
        CREATE("convention.new", "convention.created"),
        REVISE("convention.edit", "convention.saved"),
        AMEND("convention.amendment.new", "convention.amendment.drafted"),
        RECORD("convention.record.new", "convention.record.recorded"),
        CORRECT("convention.record.correct", "convention.record.corrected");

        /** The form's title (breadcrumb) and what the page says once saved. */
        final String titleKey;

        final String successKey;

        Mode(String titleKey, String successKey) {
            this.titleKey = titleKey;
            this.successKey = successKey;
        }
    }

    private String act(UUID id, RedirectAttributes redirect, String successKey, Runnable action) {
        return act(id, redirect, successKey, action, "cycle");
    }

    private String act(UUID id, RedirectAttributes redirect, String successKey, Runnable action, String anchor) {
        try {
            action.run();
            Flash.success(redirect, successKey);
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "#" + anchor;
    }

    /** Maps the terms' field paths onto the form's ({@code communes[2]} → {@code communes}) before showing them. */
    private static void reject(BindingResult result, RuntimeException e) {
        if (e instanceof DomainException d && !d.fields().isEmpty()) {
            var fields = d.fields().stream()
                    .map(p -> new FieldProblem(formField(p.field()), p.code(), p.args()))
                    .toList();
            FormErrors.reject(result, new DomainException(d.kind(), d.code(), d.args(), fields));
            return;
        }
        FormErrors.reject(result, e);
    }

    private static String formField(String field) {
        if (field.startsWith("communes")
                || field.startsWith("epcis")
                || field.startsWith("domains")
                || field.startsWith("themes")
                || field.startsWith("objectives")
                || field.startsWith("missions")) {
            return INDEX.matcher(field).replaceAll("");
        }
        if (field.matches("predecessor(Start|End|ExtendedTo)")) return field;
        if (field.equals("predecessor.start")) return "predecessorStart";
        if (field.equals("predecessor.end")) return "predecessorEnd";
        if (field.equals("predecessor.extendedTo")) return "predecessorExtendedTo";
        if (field.startsWith("predecessor")) return "predecessorLabel";
        if (field.equals("declaredCommunes")) return field;
        if (field.matches("signatories\\[\\d+]\\.members\\[\\d+]"))
            return INDEX.matcher(field).replaceAll("");
        if (field.matches("signatories\\[\\d+]\\.authorisations\\[\\d+]\\..*"))
            return field.substring(0, field.lastIndexOf('.'));
        if (field.matches("signatories\\[\\d+]\\.(kind|organisationId)"))
            return field.replace(".kind", ".organisationId");
        if (field.matches("partners\\[\\d+]")) return field + ".name";
        return field;
    }

    private ConventionDetails editable(UUID id) {
        ConventionDetails details = reads.get(id);
        if (!details.canEdit()) throw AccessControl.denied();
        return details;
    }

    private String form(TermsForm form, ConventionDetails details, Mode mode, Model model) {
        labelOrganisations(form);
        model.addAttribute("form", form);
        model.addAttribute("d", details);
        model.addAttribute("mode", mode.name());
        model.addAttribute("partyKinds", PartyKind.values());
        model.addAttribute("roles", RepresentativeRole.values());
        model.addAttribute("civilities", Civility.values());
        model.addAttribute("predecessorKinds", PredecessorKind.values());
        model.addAttribute("domainItems", catalog.active(ReferenceItem.Kind.DOMAIN));
        model.addAttribute("missionItems", catalog.active(ReferenceItem.Kind.MISSION));
        model.addAttribute("enjeuItems", catalog.active(ReferenceItem.Kind.ENJEU));
        model.addAttribute("selectedCommunes", territories.communes(TermsForm.codes(form.getCommunes())));
        Breadcrumb section = Breadcrumb.section("convention.nav", "/conventions");
        String here = mode.titleKey;
        model.addAttribute(
                "breadcrumbs",
                details == null
                        ? List.of(section, Breadcrumb.hereKey(here))
                        : List.of(
                                section,
                                Breadcrumb.link(
                                        details.terms().title(),
                                        "/conventions/" + details.convention().id()),
                                Breadcrumb.hereKey(here)));
        return "convention/form";
    }

    private void addTermsLabels(ConventionTerms terms, Model model) {
        model.addAttribute(
                "communeViews",
                territories.communes(
                        terms.communes().stream().map(c -> c.value()).toList()));
        model.addAttribute(
                "epciViews",
                terms.epcis().stream()
                        .map(e -> territories.findEpci(e.value()))
                        .flatMap(java.util.Optional::stream)
                        .toList());
        model.addAttribute("domainLabels", catalog.labels(ReferenceItem.Kind.DOMAIN));
        model.addAttribute("missionLabels", catalog.labels(ReferenceItem.Kind.MISSION));
        model.addAttribute("enjeuLabels", catalog.labels(ReferenceItem.Kind.ENJEU));
    }

    /** For each collective party (by its name), its member communes' names in French order, « Armentières (59017) ». */
    private java.util.Map<String, String> memberNames(ConventionTerms terms) {
        var names = new java.util.HashMap<String, String>();
        terms.signatories().stream()
                .filter(s -> !s.members().isEmpty())
                .forEach(s -> names.put(
                        s.organisationName(),
                        territories
                                .communes(
                                        s.members().stream().map(c -> c.value()).toList())
                                .stream()
                                .map(c -> c.name() + " (" + c.inseeCode() + ")")
                                .sorted(fr.pilotectg.shared.FrenchOrder.NAMES)
                                .collect(java.util.stream.Collectors.joining(", "))));
        return names;
    }

    private List<OrganisationView> visibleOrganisations() {
        return directory
                .visibleOrganisations(access.currentReach(), new PageQuery(0, 200))
                .content();
    }

    private static String pagerBase(ConventionFilter f) {
        var base = new StringBuilder("/conventions?alerts=").append(f.alertsOnly());
        if (f.findingsOnly()) base.append("&findings=true");
        append(base, "q", f.text());
        append(base, "caf", f.cafId());
        append(base, "status", f.status());
        append(base, "commune", f.commune());
        append(base, "epci", f.epci());
        append(base, "domain", f.domain());
        append(base, "from", f.from());
        append(base, "to", f.to());
        append(base, "besoin", f.need() == null ? null : f.need().slug());
        return base.toString();
    }

    private static void append(StringBuilder base, String name, Object value) {
        if (value != null) {
            base.append('&')
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
