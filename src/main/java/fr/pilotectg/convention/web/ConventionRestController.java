package fr.pilotectg.convention.web;

import fr.pilotectg.convention.ConventionAlert;
import fr.pilotectg.convention.ConventionFilter;
import fr.pilotectg.convention.ConventionFinding;
import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.domain.ConventionAmendments;
import fr.pilotectg.convention.domain.ConventionDeliberationLinks;
import fr.pilotectg.convention.domain.ConventionDrafting;
import fr.pilotectg.convention.domain.ConventionEndOfLife;
import fr.pilotectg.convention.domain.ConventionReads;
import fr.pilotectg.convention.domain.ConventionRecording;
import fr.pilotectg.convention.domain.ReferenceCatalog;
import fr.pilotectg.convention.domain.ReferenceItem;
import fr.pilotectg.convention.domain.TerminationKind;
import fr.pilotectg.convention.domain.TermsData;
import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conventions API. Each change carries the {@code version} the client read (a stale one gets 409
 * {@code CONCURRENT_MODIFICATION}) and answers the convention as it now stands; a refused transition gets 422 with
 * the rule's code (e.g. {@code CONVENTION_AMENDMENT_NOT_ALLOWED}).
 */
@RestController
@RequestMapping("/api/v1/conventions")
@Tag(name = "Conventions territoriales globales")
class ConventionRestController {

    private final ConventionReads reads;
    private final ConventionDrafting drafting;
    private final ConventionRecording recording;
    private final ConventionAmendments amendments;
    private final ConventionEndOfLife endOfLife;
    private final ConventionDeliberationLinks links;
    private final ReferenceCatalog catalog;
    private final MessageSource messages;

    ConventionRestController(
            ConventionReads reads,
            ConventionDrafting drafting,
            ConventionRecording recording,
            ConventionAmendments amendments,
            ConventionEndOfLife endOfLife,
            ConventionDeliberationLinks links,
            ReferenceCatalog catalog,
            MessageSource messages) {
        this.reads = reads;
        this.drafting = drafting;
        this.recording = recording;
        this.amendments = amendments;
        this.endOfLife = endOfLife;
        this.links = links;
        this.catalog = catalog;
        this.messages = messages;
    }

    record VersionRequest(Integer version) {}

    record TermsRequest(Integer version, TermsData terms) {}

    record SignatureRequest(Integer version, LocalDate signedOn, String signaturePlace) {}

    /** A convention signed outside the application, as its published text gives it. */
    record RecordRequest(TermsData terms, LocalDate signedOn, String signaturePlace) {}

    record CorrectionRequest(Integer version, TermsData terms, LocalDate signedOn, String signaturePlace) {}

    record AmendmentRequest(Integer version, String title, LocalDate draftedOn, TermsData terms) {}

    record AmendmentSignatureRequest(Integer version, LocalDate signedOn, LocalDate effectiveFrom) {}

    record TerminationRequest(Integer version, TerminationKind kind, LocalDate actOn, UUID party, Boolean remedied) {}

    record RenewalRequest(Integer version, LocalDate start, LocalDate end) {}

    record LinkRequest(Integer version, UUID signatoryId, UUID deliberationId) {}

    record PortfolioItem(
            UUID id,
            String title,
            ConventionStatus status,
            LocalDate start,
            LocalDate end,
            LocalDate signedOn,
            long daysToExpiry,
            List<String> communes,
            List<String> epcis,
            List<String> domains,
            UUID cafId,
            UUID successorId,
            List<ConventionResponse.AlertItem> alerts,
            String periodLabel,
            String duration,
            int findings,
            List<String> domainLabels) {}

    record ReferenceItemRequest(Integer version, String label, Boolean active, String parentCode) {}

    @GetMapping
    @Operation(
            summary =
                    "Le portefeuille de conventions visibles, filtré (Caf, statut, commune, EPCI, domaine, période, alertes)")
    PageResult<PortfolioItem> portfolio(
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
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        Map<String, String> domainLabels = catalog.labels(ReferenceItem.Kind.DOMAIN);
        String domainCode = domain == null
                ? null
                : domainLabels.entrySet().stream()
                        .filter(e -> e.getValue().equals(domain.strip()))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(domain); // the label or the code
        var filter = new ConventionFilter(q, caf, status, commune, epci, domainCode, from, to, alerts, findings);
        return reads.portfolio(filter, new PageQuery(page, size))
                .map(line -> new PortfolioItem(
                        line.convention().id(),
                        line.convention().title(),
                        line.convention().status(),
                        line.convention().start(),
                        line.convention().end(),
                        line.convention().signedOn(),
                        line.daysToExpiry(),
                        line.convention().communes(),
                        line.convention().epcis(),
                        line.convention().domains(),
                        line.convention().cafId(),
                        line.convention().successorId(),
                        line.alerts().stream()
                                .map(a -> new ConventionResponse.AlertItem(a.code(), a.level(), message(a)))
                                .toList(),
                        line.convention().periodLabel(),
                        line.convention().durationLabel(),
                        line.convention().findings().size(),
                        line.convention().domains().stream()
                                .map(d -> domainLabels.getOrDefault(d, d))
                                .toList()));
    }

    @PostMapping
    @Operation(summary = "Créer un projet de convention")
    ResponseEntity<ConventionResponse> create(@RequestBody TermsData terms) {
        UUID id = drafting.create(terms);
        return ResponseEntity.created(URI.create("/api/v1/conventions/" + id)).body(get(id));
    }

    @PostMapping("/signed")
    @Operation(
            summary = "Enregistrer une convention déjà signée d’après son texte publié (en vigueur ou expirée selon"
                    + " le calendrier ; ce qui manque devient des constats)")
    ResponseEntity<ConventionResponse> recordAsSigned(@RequestBody RecordRequest request) {
        UUID id = recording.recordAsSigned(request.terms(), request.signedOn(), request.signaturePlace());
        return ResponseEntity.created(URI.create("/api/v1/conventions/" + id)).body(get(id));
    }

    @PutMapping("/{id}/record")
    @Operation(summary = "Corriger la saisie d’une convention enregistrée d’après son texte (sans avenant)")
    ConventionResponse correctRecord(@PathVariable UUID id, @RequestBody CorrectionRequest request) {
        recording.correctRecord(
                id,
                RequiredVersion.of(request.version()),
                request.terms(),
                request.signedOn(),
                request.signaturePlace());
        return get(id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Une convention : termes consolidés, versions, avenants, résiliations, délibérations, alertes")
    ConventionResponse get(@PathVariable UUID id) {
        return ConventionResponse.of(
                reads.get(id), this::message, this::message, catalog.labels(ReferenceItem.Kind.DOMAIN));
    }

    @PutMapping("/{id}/terms")
    @Operation(summary = "Modifier les termes d'un projet (une convention signée ne change que par avenant)")
    ConventionResponse revise(@PathVariable UUID id, @RequestBody TermsRequest request) {
        drafting.reviseDraft(id, RequiredVersion.of(request.version()), request.terms());
        return get(id);
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Envoyer le projet en signature")
    ConventionResponse submit(@PathVariable UUID id, @RequestBody VersionRequest request) {
        drafting.submit(id, RequiredVersion.of(request.version()));
        return get(id);
    }

    @PostMapping("/{id}/return-to-draft")
    @Operation(summary = "Revenir de la signature à l'état de projet")
    ConventionResponse returnToDraft(@PathVariable UUID id, @RequestBody VersionRequest request) {
        drafting.returnToDraft(id, RequiredVersion.of(request.version()));
        return get(id);
    }

    @PostMapping("/{id}/signature")
    @Operation(summary = "Enregistrer la signature (refusée tant qu'un signataire n'a pas de délibération adoptée)")
    ConventionResponse sign(@PathVariable UUID id, @RequestBody SignatureRequest request) {
        drafting.sign(id, RequiredVersion.of(request.version()), request.signedOn(), request.signaturePlace());
        return get(id);
    }

    @PostMapping("/{id}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rédiger un avenant portant les termes modifiés")
    ConventionResponse draftAmendment(@PathVariable UUID id, @RequestBody AmendmentRequest request) {
        amendments.draftAmendment(
                id, RequiredVersion.of(request.version()), request.title(), request.terms(), request.draftedOn());
        return get(id);
    }

    @PostMapping("/{id}/amendments/{number}/signature")
    @Operation(summary = "Signer un avenant : ses termes deviennent la version suivante")
    ConventionResponse signAmendment(
            @PathVariable UUID id, @PathVariable int number, @RequestBody AmendmentSignatureRequest request) {
        amendments.signAmendment(
                id, RequiredVersion.of(request.version()), number, request.signedOn(), request.effectiveFrom());
        return get(id);
    }

    @PostMapping("/{id}/amendments/{number}/withdrawal")
    @Operation(summary = "Retirer un avenant en attente (il reste dans l'historique)")
    ConventionResponse withdrawAmendment(
            @PathVariable UUID id, @PathVariable int number, @RequestBody VersionRequest request) {
        amendments.withdrawAmendment(id, RequiredVersion.of(request.version()), number);
        return get(id);
    }

    @PostMapping("/{id}/terminations")
    @Operation(
            summary = "Résilier : mise en demeure (1 mois), modification sans avenant (immédiate) ou préavis (6 mois)")
    ConventionResponse terminate(@PathVariable UUID id, @RequestBody TerminationRequest request) {
        endOfLife.terminate(
                id,
                RequiredVersion.of(request.version()),
                new ConventionEndOfLife.TerminationRequest(
                        request.kind(), request.actOn(), request.party(), Boolean.TRUE.equals(request.remedied())));
        return get(id);
    }

    @PostMapping("/{id}/renewal")
    @Operation(summary = "Renouveler par accord exprès : crée un nouveau projet de convention qui nomme celle-ci")
    ResponseEntity<ConventionResponse> renew(@PathVariable UUID id, @RequestBody RenewalRequest request) {
        UUID successor = endOfLife.renew(id, RequiredVersion.of(request.version()), request.start(), request.end());
        return ResponseEntity.created(URI.create("/api/v1/conventions/" + successor))
                .body(get(successor));
    }

    @GetMapping("/{id}/deliberations")
    @Operation(summary = "Les délibérations rattachées, par signataire")
    List<ConventionResponse.SignatoryItem> deliberations(@PathVariable UUID id) {
        return get(id).signatories();
    }

    @GetMapping("/{id}/linkable-deliberations")
    @Operation(summary = "Les délibérations qui peuvent être rattachées à la convention")
    List<DeliberationSummary> linkable(@PathVariable UUID id) {
        return reads.linkableDeliberations(id);
    }

    @PostMapping("/{id}/deliberations")
    @Operation(summary = "Rattacher une délibération au signataire qu'elle autorise")
    ConventionResponse link(@PathVariable UUID id, @RequestBody LinkRequest request) {
        links.linkDeliberation(
                id, RequiredVersion.of(request.version()), request.signatoryId(), request.deliberationId());
        return get(id);
    }

    @DeleteMapping("/{id}/deliberations/{deliberationId}")
    @Operation(summary = "Détacher une délibération (avant signature seulement)")
    ConventionResponse unlink(
            @PathVariable UUID id, @PathVariable UUID deliberationId, @RequestParam(name = "version") int version) {
        links.unlinkDeliberation(id, version, deliberationId);
        return get(id);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Les versions signées successives (convention initiale puis avenants)")
    List<ConventionResponse.VersionItem> versions(@PathVariable UUID id) {
        return get(id).versions();
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "Les termes d'une version signée")
    TermsData version(@PathVariable UUID id, @PathVariable int number) {
        return TermsData.of(reads.get(id).convention().version(number).terms());
    }

    @GetMapping("/reference-list")
    @Operation(summary = "La liste nationale : domaines d'intervention, missions de la Caf et enjeux")
    List<ReferenceItem> referenceList() {
        return catalog.all();
    }

    @PostMapping("/reference-list/{kind}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ajouter un domaine ou un enjeu (administrateurs)")
    ReferenceItem addReferenceItem(@PathVariable ReferenceItem.Kind kind, @RequestBody ReferenceItemRequest request) {
        return catalog.add(kind, request.parentCode(), request.label());
    }

    @PutMapping("/reference-list/{kind}/{code}")
    @Operation(summary = "Modifier le libellé d'une entrée ou la retirer (administrateurs)")
    ReferenceItem updateReferenceItem(
            @PathVariable ReferenceItem.Kind kind,
            @PathVariable String code,
            @RequestBody ReferenceItemRequest request) {
        return catalog.update(
                kind,
                code,
                RequiredVersion.of(request.version()),
                request.label(),
                request.active() == null || request.active());
    }

    private String message(ConventionFinding finding) {
        return messages.getMessage(finding.messageKey(), finding.argArray(), Locale.FRANCE);
    }

    private String message(ConventionAlert alert) {
        return messages.getMessage(alert.messageKey(), alert.argArray(), Locale.FRANCE);
    }
}
