package fr.pilotectg.convention;

import fr.pilotectg.convention.domain.ConventionEndOfLife;
import fr.pilotectg.convention.domain.ConventionQueries;
import fr.pilotectg.convention.domain.ConventionReads;
import fr.pilotectg.convention.domain.ReferenceCatalog;
import fr.pilotectg.convention.domain.ReferenceItem;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The convention module's front door for other modules: find a convention and say where it stands for access. It calls
 * the use cases of {@code domain}; nothing in {@code domain} calls it back.
 */
@Service
@Transactional(readOnly = true)
public class Conventions {

    private final ConventionReads reads;
    private final ConventionEndOfLife endOfLife;
    private final ConventionQueries queries;
    private final AccessControl access;
    private final ReferenceCatalog catalog;

    Conventions(ConventionReads reads, ConventionEndOfLife endOfLife, ConventionQueries queries, AccessControl access,
            ReferenceCatalog catalog) {
        this.reads = reads;
        this.endOfLife = endOfLife;
        this.queries = queries;
        this.access = access;
        this.catalog = catalog;
    }

    /**
     * The Caf enjeux of the national list (code → label, in the list's order, retired ones included since older
     * conventions still name them): the one source other modules check an enjeu code against.
     */
    public Map<String, String> enjeux() {
        return catalog.labels(ReferenceItem.Kind.ENJEU);
    }

    /** The domaines d'intervention of the national list and the custom ones (code → label, retired ones included). */
    public Map<String, String> domains() {
        return catalog.labels(ReferenceItem.Kind.DOMAIN);
    }

    /** The convention whoever asks (start-up tasks, computations that check access themselves). */
    public Optional<ConventionSummary> find(UUID id) {
        return queries.find(id);
    }

    /**
     * Renews the convention by express agreement on behalf of the current user (e.g. from the evaluation's final bilan):
     * a new draft convention naming this one, over {@code start}–{@code end}. Returns the successor's id.
     */
    @Transactional
    public UUID renew(UUID id, LocalDate start, LocalDate end) {
        int version = queries.find(id).map(ConventionSummary::version).orElse(0);
        return endOfLife.renew(id, version, start, end);
    }

    /** A convention that needs attention, with its alerts. */
    public record Watch(ConventionSummary convention, long daysToExpiry, List<ConventionAlert> alerts) {}

    /** How many conventions the user sees, and the first {@code limit} of those with an alert, ending soonest first. */
    public record Overview(long visible, List<Watch> needingAttention) {}

    public Overview overview(int limit) {
        var lines = reads.portfolio(ConventionFilter.none(), new PageQuery(0, 200));
        var watch = lines.content().stream().filter(line -> !line.alerts().isEmpty()).limit(limit)
                .map(line -> new Watch(line.convention(), line.daysToExpiry(), line.alerts())).toList();
        return new Overview(lines.totalElements(), watch);
    }

    /**
     * The convention if the current user may read it; otherwise the caller's own "not found" (a convention out of reach
     * is never said to exist). The one guard of every module that hangs data on a convention.
     */
    public ConventionSummary readable(UUID id, Supplier<DomainException> notFound) {
        if (id == null) throw notFound.get();
        ConventionSummary convention = queries.find(id).orElseThrow(notFound);
        access.requireRead(convention.footprint(), notFound);
        return convention;
    }

    /** The convention if the current user may change what hangs on it: out of reach, "not found"; read-only, 403. */
    public ConventionSummary writable(UUID id, Supplier<DomainException> notFound) {
        ConventionSummary convention = readable(id, notFound);
        access.requireWrite(convention.footprint(), notFound);
        return convention;
    }

    /** Whether the current user may change what hangs on this convention (to offer the buttons). */
    public boolean canWrite(ConventionSummary convention) {
        return access.canWrite(convention.footprint());
    }

    /** Whether the current user may read this convention. */
    public boolean canRead(ConventionSummary convention) {
        return access.canRead(convention.footprint());
    }

}
