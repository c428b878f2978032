package fr.pilotectg.convention;

import fr.pilotectg.convention.domain.ReferenceCatalog;
import fr.pilotectg.convention.domain.ReferenceItem;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national list a convention picks from, for other modules: the one source they check a domain or an enjeu code
 * against (code → label, in the list's order, retired entries included since older conventions still name them).
 */
@Service
@Transactional(readOnly = true)
public class NationalList {

    private final ReferenceCatalog catalog;

    NationalList(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    /** The Caf enjeux (E1…E10 and those an administrator added). */
    public Map<String, String> enjeux() {
        return catalog.labels(ReferenceItem.Kind.ENJEU);
    }

    /** The domaines d'intervention, standard and custom. */
    public Map<String, String> domains() {
        return catalog.labels(ReferenceItem.Kind.DOMAIN);
    }
}
