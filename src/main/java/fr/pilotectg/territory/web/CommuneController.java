package fr.pilotectg.territory.web;

import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Qpvs;
import fr.pilotectg.territory.Territories;
import fr.pilotectg.territory.domain.TerritoryQueries;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of the reference territories: the commune search, a commune, an EPCI. */
@Controller
class CommuneController {

    private final Territories territories;
    private final Qpvs qpvs;
    private final TerritoryQueries queries;

    CommuneController(Territories territories, Qpvs qpvs, TerritoryQueries queries) {
        this.territories = territories;
        this.qpvs = qpvs;
        this.queries = queries;
    }

    @GetMapping("/communes")
    String search(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        PageResult<CommuneView> results =
                q.isBlank() ? null : territories.searchCommunes(q, new PageQuery(Math.max(page, 0), 20));
        model.addAttribute("q", q);
        model.addAttribute("results", results);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("territory.nav")));
        return "true".equals(htmx) ? "territory/communes :: results" : "territory/communes";
    }

    @GetMapping("/communes/{inseeCode}")
    String commune(@PathVariable String inseeCode, Model model) {
        CommuneView commune = territories.commune(inseeCode);
        model.addAttribute("commune", commune);
        model.addAttribute("attached", territories.attachedCommunes(commune.inseeCode()));
        model.addAttribute("qpvs", qpvs.of(commune.qpvCommuneCode()));
        model.addAttribute(
                "epci",
                commune.epciSiren() == null
                        ? null
                        : territories.findEpci(commune.epciSiren()).orElse(null));
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.section("territory.nav", "/communes"), Breadcrumb.here(commune.name())));
        return "territory/commune";
    }

    @GetMapping("/epcis/{siren}")
    String epci(@PathVariable String siren, Model model) {
        var epci = queries.epci(siren).orElseThrow(() -> DomainException.notFound("EPCI_NOT_FOUND", siren));
        model.addAttribute("epci", epci);
        model.addAttribute("members", territories.epciMembers(siren));
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.section("territory.nav", "/communes"), Breadcrumb.here(epci.name())));
        return "territory/epci";
    }
}
