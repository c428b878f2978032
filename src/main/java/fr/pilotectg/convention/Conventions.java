package fr.pilotectg.convention;

import fr.pilotectg.convention.domain.ConventionQueries;
import fr.pilotectg.convention.domain.ConventionService;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.PageQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The convention module's front door for other modules: find a convention and say where it stands for access. */
@Service
@Transactional(readOnly = true)
public class Conventions {

    private final ConventionService service;
    private final ConventionQueries queries;

    Conventions(ConventionService service, ConventionQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    /** The convention if the current user may see it. */
    public Optional<ConventionSummary> findVisible(UUID id) {
        return service.visibleSummary(id);
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
        return service.renew(id, version, start, end);
    }

    /** A convention that needs attention, with its alerts. */
    public record Watch(ConventionSummary convention, long daysToExpiry, List<ConventionAlert> alerts) {}

    /** How many conventions the user sees, and the first {@code limit} of those with an alert, ending soonest first. */
    public record Overview(long visible, List<Watch> needingAttention) {}

    public Overview overview(int limit) {
        var lines = service.portfolio(ConventionFilter.none(), new PageQuery(0, 200));
        var watch = lines.content().stream().filter(line -> !line.alerts().isEmpty()).limit(limit)
                .map(line -> new Watch(line.convention(), line.daysToExpiry(), line.alerts())).toList();
        return new Overview(lines.totalElements(), watch);
    }

    /** Where a convention stands for the access mechanism: its parties and its communes. */
    public static Footprint footprintOf(ConventionSummary convention) {
        return Footprint.of(convention.organisations(), convention.communes(), Set.of());
    }
}
