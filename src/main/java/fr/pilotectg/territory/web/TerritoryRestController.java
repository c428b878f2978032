package fr.pilotectg.territory.web;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.EpciView;
import fr.pilotectg.territory.Lookup;
import fr.pilotectg.territory.QpvView;
import fr.pilotectg.territory.Qpvs;
import fr.pilotectg.territory.ReferenceDataset;
import fr.pilotectg.territory.Territories;
import fr.pilotectg.territory.domain.TerritoryQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Territoires", description = "Référentiel des communes, EPCI, départements et QPV")
class TerritoryRestController {

    private final Territories territories;
    private final Qpvs qpvs;
    private final TerritoryQueries queries;

    TerritoryRestController(Territories territories, Qpvs qpvs, TerritoryQueries queries) {
        this.territories = territories;
        this.qpvs = qpvs;
        this.queries = queries;
    }

    @GetMapping("/communes")
    @Operation(summary = "Rechercher des communes par nom (sans accents ni casse) ou code INSEE")
    PageResult<CommuneView> communes(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return territories.searchCommunes(q, new PageQuery(page, size));
    }

    @GetMapping("/communes/suggestions")
    @Operation(
            summary = "Suggestions de communes pour une saisie au fil de la frappe : nom sans accents ni casse "
                    + "(chaque mot tapé), code INSEE ou SIREN ; 400 si `q` est vide ou dépasse 80 caractères, "
                    + "`limit` de 1 à 20 (10 par défaut)")
    List<CommuneView> communeSuggestions(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "limit", required = false) Integer limit) {
        return territories.suggestCommunes(Lookup.of(q, limit));
    }

    @GetMapping("/epcis/suggestions")
    @Operation(
            summary = "Suggestions d'EPCI pour une saisie au fil de la frappe : nom sans accents ni casse ou SIREN ; "
                    + "400 si `q` est vide ou dépasse 80 caractères, `limit` de 1 à 20 (10 par défaut)")
    List<EpciView> epciSuggestions(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "limit", required = false) Integer limit) {
        return territories.suggestEpcis(Lookup.of(q, limit));
    }

    @GetMapping("/communes/{inseeCode}")
    @Operation(summary = "Une commune par son code INSEE, avec son EPCI et sa commune de rattachement")
    CommuneDetail commune(@PathVariable String inseeCode) {
        CommuneView commune = territories.commune(inseeCode);
        String qpvHolder = commune.qpvCommuneCode();
        return new CommuneDetail(
                commune,
                territories.attachedCommunes(commune.inseeCode()).stream()
                        .map(CommuneView::inseeCode)
                        .toList(),
                qpvs.of(qpvHolder),
                !qpvHolder.equals(commune.inseeCode()));
    }

    @GetMapping("/epcis")
    @Operation(summary = "Rechercher des EPCI par nom ou SIREN")
    PageResult<EpciView> epcis(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return queries.searchEpcis(q == null ? "" : q, new PageQuery(page, size));
    }

    @GetMapping("/epcis/{siren}")
    @Operation(summary = "Un EPCI et ses communes membres")
    EpciDetail epci(@PathVariable String siren) {
        return new EpciDetail(
                queries.epci(siren).orElseThrow(() -> DomainException.notFound("EPCI_NOT_FOUND", siren)),
                territories.epciMembers(siren).stream()
                        .map(CommuneView::inseeCode)
                        .toList());
    }

    @GetMapping("/reference-datasets")
    @Operation(summary = "Les référentiels chargés et leur millésime")
    List<ReferenceDataset> datasets() {
        return queries.datasets();
    }

    /**
     * @param qpvsOfParentCommune true for a commune associée or déléguée, whose QPVs are listed under its parent
     */
    record CommuneDetail(
            CommuneView commune, List<String> attachedCommunes, List<QpvView> qpvs, boolean qpvsOfParentCommune) {}

    record EpciDetail(EpciView epci, List<String> memberCommunes) {}
}
