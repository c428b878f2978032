package fr.pilotectg.territory;

import fr.pilotectg.territory.domain.TerritoryQueries;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quartiers prioritaires de la politique de la ville (QPV 2024) of the reference data, for other modules. */
@Service
@Transactional(readOnly = true)
public class Qpvs {

    private final TerritoryQueries queries;

    Qpvs(TerritoryQueries queries) {
        this.queries = queries;
    }

    /** The QPVs that lie, at least in part, in this commune. */
    public List<QpvView> of(String inseeCode) {
        return queries.qpvsOf(inseeCode);
    }

    /** The QPVs whose outline is bundled (départements 59 and 62), with their GeoJSON geometry. */
    public List<QpvOutline> outlines() {
        return queries.qpvOutlines();
    }

    public Optional<QpvView> find(String code) {
        return queries.qpv(code);
    }
}
