package fr.pilotectg.deliberation.web;

import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.domain.CouncilBody;
import fr.pilotectg.deliberation.domain.DeliberationDetails;
import fr.pilotectg.deliberation.domain.DeliberationQuery;
import fr.pilotectg.deliberation.domain.DeliberationReads;
import fr.pilotectg.deliberation.domain.DeliberationRecording;
import fr.pilotectg.deliberation.web.DeliberationResource.FindingItem;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/deliberations")
@Tag(name = "Délibérations", description = """
        Délibérations des assemblées (conseil municipal, communal, communautaire, CA de la Caf) : séance, présences et \
        pouvoirs, vote, identifiant ACTES, transmission en préfecture. Les anomalies relevées (quorum, pouvoirs, \
        décomptes, dates, cohérence de l'identifiant ACTES) ne bloquent jamais l'enregistrement : elles sont renvoyées \
        dans `findings`. Erreurs : 404 `DELIBERATION_NOT_FOUND` (inexistante ou hors de votre périmètre), \
        400 `ACTES_ID_INVALID` (identifiant ACTES mal formé ; le code du champ `actesId` nomme la partie fautive : \
        `ACTES_DEPARTEMENT_MALFORMED`, `ACTES_SIREN_INVALID`, `ACTES_DATE_INVALID`, `ACTES_NUMBER_MALFORMED`, \
        `ACTES_NATURE_UNKNOWN`, `ACTES_SEGMENT_COUNT`), 400 `VALIDATION_FAILED` avec `fields` (valeurs impossibles : \
        date inexistante `DELIBERATION_DATE_INVALID`, nombre négatif `DELIBERATION_COUNT_NEGATIVE`…), \
        403 `ACCESS_DENIED`, 409 `CONCURRENT_MODIFICATION`.""")
class DeliberationRestController {

    private final DeliberationReads deliberations;
    private final DeliberationRecording recording;
    private final DeliberationResources resources;

    DeliberationRestController(
            DeliberationReads deliberations, DeliberationRecording recording, DeliberationResources resources) {
        this.deliberations = deliberations;
        this.recording = recording;
        this.resources = resources;
    }

    @GetMapping
    @Operation(
            summary = "Les délibérations visibles par l'utilisateur, de la séance la plus récente à la plus ancienne",
            description = "`warnings` compte toutes les anomalies relevées, erreurs comprises.")
    PageResult<DeliberationSummary> list(
            @Parameter(description = "Organisation de la délibération")
                    @RequestParam(name = "organisation", required = false)
                    UUID organisation,
            @Parameter(description = "Assemblée") @RequestParam(name = "body", required = false) CouncilBody body,
            @Parameter(description = "Année de la séance") @RequestParam(name = "year", required = false) Integer year,
            @Parameter(description = "Mots du numéro, de l'objet, de la collectivité ou de l'identifiant ACTES")
                    @RequestParam(name = "q", defaultValue = "")
                    String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return deliberations.search(new DeliberationQuery(organisation, body, year, q), new PageQuery(page, size));
    }

    @PostMapping
    @Operation(summary = "Enregistrer une délibération (201) ; les anomalies relevées sont dans `findings`")
    ResponseEntity<DeliberationResource> create(@RequestBody DeliberationRequest request) {
        DeliberationDetails created = recording.record(request.input());
        return ResponseEntity.created(URI.create(
                        "/api/v1/deliberations/" + created.deliberation().id()))
                .body(resources.resource(created));
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "Une délibération, ses chiffres calculés (quorum, votants…), son identifiant ACTES décodé et ses anomalies")
    DeliberationResource get(@PathVariable UUID id) {
        return resources.resource(deliberations.get(id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary =
                    "Corriger une délibération (tous les champs) ; 409 CONCURRENT_MODIFICATION si `version` n'est plus la dernière")
    DeliberationResource update(@PathVariable UUID id, @RequestBody DeliberationRequest request) {
        return resources.resource(recording.update(id, RequiredVersion.of(request.version()), request.input()));
    }

    @GetMapping("/{id}/findings")
    @Operation(summary = "Les anomalies relevées dans une délibération (règles du CGCT, cohérence de l'acte)")
    List<FindingItem> findings(@PathVariable UUID id) {
        return resources.findings(deliberations.findings(id));
    }
}
