package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionAlert;
import fr.pilotectg.convention.ConventionAlertSource;
import fr.pilotectg.convention.ConventionFilter;
import fr.pilotectg.convention.ConventionGrant;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.Deliberations;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading conventions: the portfolio with its alerts, one convention's details, the summary of a linked one and the
 * deliberations that could be linked. Everything shown has passed the access check on the stored footprint.
 */
@Service
@Transactional(readOnly = true)
public class ConventionReads {

    private final ConventionChanges changes;
    private final ConventionRepository repository;
    private final ConventionQueries queries;
    private final ConventionFootprints footprints;
    private final ConventionLinks links;
    private final Directory directory;
    private final Deliberations deliberations;
    private final AccessControl access;
    private final ObjectProvider<ConventionAlertSource> alertSources;

    ConventionReads(
            ConventionChanges changes,
            ConventionRepository repository,
            ConventionQueries queries,
            ConventionFootprints footprints,
            ConventionLinks links,
            Directory directory,
            Deliberations deliberations,
            AccessControl access,
            ObjectProvider<ConventionAlertSource> alertSources) {
        this.changes = changes;
        this.repository = repository;
        this.queries = queries;
        this.footprints = footprints;
        this.links = links;
        this.directory = directory;
        this.deliberations = deliberations;
        this.access = access;
        this.alertSources = alertSources;
    }

    /** A line of the portfolio. */
    public record PortfolioLine(ConventionSummary convention, long daysToExpiry, List<ConventionAlert> alerts) {}

    /**
     * Conventions read at a time when the alerts decide which are shown ({@code alertsOnly}, the home page's watch
     * list): the alerts are computed in Java, so those lists go through the matching rows a chunk at a time, each in a
     * constant number of statements.
     */
    static final int SCAN_CHUNK = 100;

    /**
     * The conventions the user sees, matching the filters, ending soonest first, each with its alerts: filtered, ordered,
     * paged and counted in SQL; the alerts of the page's rows in a constant number of statements. With
     * {@code alertsOnly} every matching convention must be looked at (the alerts are not stored): it is scanned by
     * chunks of {@link #SCAN_CHUNK}.
     */
    public PageResult<PortfolioLine> portfolio(ConventionFilter filter, PageQuery page) {
        Reach reach = access.currentReach();
        LocalDate today = changes.today();
        if (!filter.alertsOnly()) {
            ConventionQueries.PortfolioSlice slice = queries.search(reach, filter, page.offset(), page.size());
            return PageResult.of(lines(slice.rows(), today), page, slice.total());
        }
        List<PortfolioLine> withAlerts = new ArrayList<>();
        long offset = 0;
        while (true) {
            ConventionQueries.PortfolioSlice slice = queries.search(reach, filter, offset, SCAN_CHUNK);
            lines(slice.rows(), today).stream()
                    .filter(l -> !l.alerts().isEmpty())
                    .forEach(withAlerts::add);
            offset += slice.rows().size();
            if (slice.rows().size() < SCAN_CHUNK || offset >= slice.total()) break;
        }
        int from = (int) Math.min(withAlerts.size(), page.offset());
        int to = Math.min(withAlerts.size(), from + page.size());
        return PageResult.of(withAlerts.subList(from, to), page, withAlerts.size());
    }

    /** The home page's watch list: how many conventions the user sees, and the first {@code limit} with an alert. */
    public record WatchList(long visible, List<PortfolioLine> needingAttention) {}

    /**
     * How many conventions the user sees (counted in SQL) and the first {@code limit} of those with an alert, ending
     * soonest first: read a chunk at a time until {@code limit} are found.
     */
    public WatchList watchList(int limit) {
        Reach reach = access.currentReach();
        LocalDate today = changes.today();
        int chunk = Math.max(limit * 4, 32);
        List<PortfolioLine> found = new ArrayList<>();
        long offset = 0;
        long visible = 0;
        while (found.size() < limit) {
            ConventionQueries.PortfolioSlice slice = queries.search(reach, ConventionFilter.none(), offset, chunk);
            if (offset == 0) visible = slice.total();
            lines(slice.rows(), today).stream()
                    .filter(l -> !l.alerts().isEmpty())
                    .limit(limit - found.size())
                    .forEach(found::add);
            offset += slice.rows().size();
            if (slice.rows().size() < chunk || offset >= slice.total()) break;
            chunk = Math.min(chunk * 2, SCAN_CHUNK);
        }
        return new WatchList(visible, found);
    }

    /** The rows with their alerts: the deliberation links, their summaries and every source's alerts, each in one go. */
    private List<PortfolioLine> lines(List<ConventionQueries.PortfolioRow> rows, LocalDate today) {
        if (rows.isEmpty()) return List.of();
        Map<UUID, Map<UUID, List<UUID>>> linksByConvention = new HashMap<>();
        List<ConventionId> ids =
                rows.stream().map(r -> new ConventionId(r.summary().id())).toList();
        for (ConventionRepository.ConventionLink link : repository.linksOf(ids)) {
            linksByConvention
                    .computeIfAbsent(link.conventionId(), k -> new HashMap<>())
                    .computeIfAbsent(link.link().signatoryId(), k -> new ArrayList<>())
                    .add(link.link().deliberationId());
        }
        Map<UUID, DeliberationSummary> summaries = links.summaries(linksByConvention.values().stream()
                .flatMap(m -> m.values().stream())
                .flatMap(List::stream)
                .collect(Collectors.toSet()));
        Map<UUID, List<ConventionAlert>> others = otherAlerts(
                rows.stream().map(ConventionQueries.PortfolioRow::summary).toList());
        return rows.stream()
                .map(r -> {
                    var alerts = new ArrayList<>(ConventionAlerts.of(
                            r.summary(),
                            r.needingDeliberation(),
                            linksByConvention.getOrDefault(r.summary().id(), Map.of()),
                            summaries,
                            today));
                    alerts.addAll(others.getOrDefault(r.summary().id(), List.of()));
                    return new PortfolioLine(r.summary(), r.summary().daysToExpiry(today), List.copyOf(alerts));
                })
                .toList();
    }

    /** The convention with its versions, linked deliberations, alerts, predecessor and successor; "not found" out of reach. */
    public ConventionDetails get(UUID id) {
        ConventionRepository.Stored stored = changes.load(id);
        Convention convention = stored.convention();
        LocalDate today = changes.today();
        Map<UUID, List<UUID>> linked = links.bySignatory(convention.id());
        Map<UUID, DeliberationSummary> summaries =
                links.summaries(linked.values().stream().flatMap(List::stream).toList());
        var signatories = convention.currentTerms().signatories().stream()
                .map(s -> new ConventionDetails.SignatoryDeliberations(
                        s,
                        (s.organisationId() == null
                                        ? List.<UUID>of()
                                        : linked.getOrDefault(s.organisationId(), List.of()))
                                .stream()
                                        .map(summaries::get)
                                        .filter(Objects::nonNull)
                                        .toList()))
                .toList();
        ConventionSummary summary = queries.find(id).orElseThrow();
        Map<UUID, String> needing = ConventionFindings.needingDeliberationRecord(convention);
        var alerts = new ArrayList<>(ConventionAlerts.of(summary, needing, linked, summaries, today));
        alerts.addAll(otherAlerts(List.of(summary)).getOrDefault(summary.id(), List.of()));
        return new ConventionDetails(
                convention,
                stored.version(),
                today,
                convention.statusOn(today),
                signatories,
                repository.versionRecords(convention.id()),
                alerts,
                ConventionFindings.of(convention),
                convention.predecessorId().flatMap(p -> visibleSummary(p.value())),
                convention.successorId().flatMap(s -> visibleSummary(s.value())),
                ConventionGrant.forCurrentUser(access, footprints.of(stored), stored.lead())
                        .canChangeTerms());
    }

    /** The convention's summary if the user may see it. */
    /** The parties of the convention's current terms; "not found" out of reach. */
    public List<fr.pilotectg.convention.ConventionParty> parties(UUID id) {
        return ConventionParties.of(changes.load(id).convention().currentTerms());
    }

    /** How much of its territory the convention's current terms list; "not found" out of reach. */
    public fr.pilotectg.convention.TerritoryExtent territoryExtent(UUID id) {
        ConventionTerms terms = changes.load(id).convention().currentTerms();
        return new fr.pilotectg.convention.TerritoryExtent(
                terms.communes().size(), terms.declaredCommunes(), terms.territoryPartial());
    }

    public Optional<ConventionSummary> visibleSummary(UUID id) {
        return queries.find(id).filter(s -> access.canRead(s.footprint()));
    }

    /** Deliberations the user could link to this convention: those of its parties and of the bodies on its territory. */
    public List<DeliberationSummary> linkableDeliberations(UUID id) {
        Footprint footprint = footprints.of(changes.load(id));
        // Only deliberations of organisations the user may see: a partner of the convention does not read, here, the
        // deliberations it gets "not found" for on their own page.
        Set<UUID> organisations = new HashSet<>();
        directory.organisations(footprint.organisations()).stream()
                .filter(o -> access.canRead(Directory.footprintOf(o)))
                .map(OrganisationView::id)
                .forEach(organisations::add);
        directory.visibleOrganisations(access.currentReach(), PageQuery.first(200)).content().stream()
                .filter(o -> ConventionFootprints.overlap(Directory.footprintOf(o), footprint))
                .map(OrganisationView::id)
                .forEach(organisations::add);
        return deliberations.ofOrganisations(organisations);
    }

    /**
     * The alerts other modules raise about the conventions in force among these, by convention, each source asked
     * once for all of them (the convention's own alerts come first, then these in the sources' order).
     *
     * @see ConventionAlerts#of
     */
    private Map<UUID, List<ConventionAlert>> otherAlerts(List<ConventionSummary> conventions) {
        List<ConventionSummary> inForce =
                conventions.stream().filter(ConventionAlerts::inForce).toList();
        if (inForce.isEmpty()) return Map.of();
        Map<UUID, List<ConventionAlert>> all = new HashMap<>();
        alertSources
                .orderedStream()
                .forEach(source -> source.alertsOf(inForce)
                        .forEach((id, alerts) ->
                                all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(alerts)));
        return all;
    }
}
