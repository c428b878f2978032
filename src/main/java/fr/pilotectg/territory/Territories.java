package fr.pilotectg.territory;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.territory.domain.TerritoryQueries;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territory module's front door for other modules: communes, EPCI and départements of the reference data (public
 * data). The QPVs have their own front door, {@link Qpvs}; the module's own pages read {@code TerritoryQueries}.
 */
@Service
@Transactional(readOnly = true)
public class Territories {

    private final TerritoryQueries queries;

    Territories(TerritoryQueries queries) {
        this.queries = queries;
    }

    /** Communes whose name or INSEE code matches, accent- and case-insensitively; best matches first. */
    public PageResult<CommuneView> searchCommunes(String text, PageQuery page) {
        return queries.searchCommunes(text == null ? "" : text, page);
    }

    /** Type-ahead on communes by name (accent-insensitive, every word typed) or INSEE code / SIREN; best matches first. */
    public List<CommuneView> suggestCommunes(Lookup lookup) {
        return queries.suggestCommunes(lookup);
    }

    /** Type-ahead on EPCI by name or SIREN; best matches first, then French order. */
    public List<EpciView> suggestEpcis(Lookup lookup) {
        return queries.suggestEpcis(lookup);
    }

    public Optional<CommuneView> findCommune(String inseeCode) {
        if (!InseeCode.isWellFormed(inseeCode)) return Optional.empty();
        return queries.commune(inseeCode);
    }

    /** The commune, or {@code COMMUNE_NOT_FOUND}. */
    public CommuneView commune(String inseeCode) {
        return findCommune(inseeCode).orElseThrow(() -> DomainException.notFound("COMMUNE_NOT_FOUND", inseeCode));
    }

    public List<CommuneView> communes(Collection<String> inseeCodes) {
        return queries.communes(Set.copyOf(inseeCodes));
    }

    /** Communes associées and déléguées attached to this commune (Lomme and Hellemmes for Lille). */
    public List<CommuneView> attachedCommunes(String inseeCode) {
        return queries.attachedCommunes(inseeCode);
    }

    /**
     * The centroids of these communes (geo.api.gouv.fr snapshot), by code; a commune associée without one of its own
     * (Lomme, Hellemmes) takes its parent's. Codes with none are absent.
     */
    public java.util.Map<String, CommuneCentroid> centroids(Collection<String> inseeCodes) {
        java.util.Map<String, CommuneCentroid> byCode = new java.util.HashMap<>();
        for (CommuneCentroid c : queries.centroids(Set.copyOf(inseeCodes))) byCode.put(c.inseeCode(), c);
        return byCode;
    }

    /**
     * The communes whose centroid lies within the box (largest first, at most {@code limit}, capped at 500): the named
     * points a map draws as its offline background.
     */
    public List<CommuneCentroid> centroidsWithin(
            java.math.BigDecimal latMin,
            java.math.BigDecimal latMax,
            java.math.BigDecimal lonMin,
            java.math.BigDecimal lonMax,
            int limit) {
        return queries.centroidsWithin(latMin, latMax, lonMin, lonMax, Math.min(Math.max(0, limit), 500));
    }

    public Optional<EpciView> findEpci(String siren) {
        return queries.epci(siren);
    }

    /** The member communes of an EPCI, by name. */
    public List<CommuneView> epciMembers(String siren) {
        return queries.epciMembers(siren);
    }

    public Optional<DepartementView> findDepartement(String code) {
        return queries.departement(code);
    }
}
