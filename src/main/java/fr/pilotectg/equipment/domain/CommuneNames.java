package fr.pilotectg.equipment.domain;

import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Commune names and départements for the register's lists, asked once per code from the reference territories and kept. */
@Component
public class CommuneNames {

    private final Territories territories;
    private final Map<String, CommuneView> known = new ConcurrentHashMap<>();

    CommuneNames(Territories territories) {
        this.territories = territories;
    }

    public String nameOf(String code) {
        return find(code).map(CommuneView::name).orElse(code);
    }

    public Optional<CommuneView> find(String code) {
        if (code == null) return Optional.empty();
        CommuneView view = known.get(code);
        if (view != null) return Optional.of(view);
        Optional<CommuneView> found = territories.findCommune(code);
        found.ifPresent(c -> known.put(code, c));
        return found;
    }

    /** Loads the names of many codes in one query. */
    public void preload(Collection<String> codes) {
        Set<String> missing = new HashSet<>();
        for (String code : codes) if (code != null && !known.containsKey(code)) missing.add(code);
        if (missing.isEmpty()) return;
        for (CommuneView c : territories.communes(missing)) known.putIfAbsent(c.inseeCode(), c);
    }
}
