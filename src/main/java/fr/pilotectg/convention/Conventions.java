package fr.pilotectg.convention;

import fr.pilotectg.convention.domain.ConventionEndOfLife;
import fr.pilotectg.convention.domain.ConventionQueries;
import fr.pilotectg.convention.domain.ConventionReads;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import java.time.LocalDate;
import java.util.List;
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
// A convention out of reach is a "not found" for the caller to handle (e.g. governance warnings skip it): it must not
// mark the caller's transaction rollback-only.
@Transactional(readOnly = true, noRollbackFor = DomainException.class)
public class Conventions {

    private final ConventionReads reads;
    private final ConventionEndOfLife endOfLife;
    private final ConventionQueries queries;
    private final AccessControl access;

    Conventions(ConventionReads reads, ConventionEndOfLife endOfLife, ConventionQueries queries, AccessControl access) {
        this.reads = reads;
        this.endOfLife = endOfLife;
        this.queries = queries;
        this.access = access;
    }

    /**
     * The parties of the convention's current terms, each with its kind, alias, representatives (civility, name or
     * unknown, role as printed and its category) and authorising acts, if the current user may read it; otherwise
     * "not found".
     */
    public List<ConventionParty> parties(UUID id) {
        return reads.parties(id);
    }

    /**
     * How much of its territory the convention lists (partial when marked incomplete or given as a count), if the
     * current user may read it; otherwise "not found".
     */
    public TerritoryExtent territoryExtent(UUID id) {
        return reads.territoryExtent(id);
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
        var watch = lines.content().stream()
                .filter(line -> !line.alerts().isEmpty())
                .limit(limit)
                .map(line -> new Watch(line.convention(), line.daysToExpiry(), line.alerts()))
                .toList();
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
