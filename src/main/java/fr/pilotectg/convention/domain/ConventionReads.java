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

    /** The conventions the user sees, matching the filters, ending soonest first, each with its alerts. */
    public PageResult<PortfolioLine> portfolio(ConventionFilter filter, PageQuery page) {
        LocalDate today = changes.today();
        List<ConventionQueries.PortfolioRow> rows = queries.search(access.currentReach(), filter);
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
        List<PortfolioLine> lines = rows.stream()
                .map(r -> new PortfolioLine(
                        r.summary(),
                        r.summary().daysToExpiry(today),
                        alertsOf(
                                r.summary(),
                                r.needingDeliberation(),
                                linksByConvention.getOrDefault(r.summary().id(), Map.of()),
                                summaries,
                                today)))
                .filter(l -> !filter.alertsOnly() || !l.alerts().isEmpty())
                .toList();
        int from = (int) Math.min(lines.size(), page.offset());
        int to = Math.min(lines.size(), from + page.size());
        return PageResult.of(lines.subList(from, to), page, lines.size());
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
        List<ConventionAlert> alerts = alertsOf(summary, needing, linked, summaries, today);
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
     * The convention's own alerts followed, while it is in force, by those other modules raise about it.
     *
     * @see ConventionAlerts#of
     */
    private List<ConventionAlert> alertsOf(
            ConventionSummary summary,
            Map<UUID, String> needingDeliberation,
            Map<UUID, List<UUID>> linked,
            Map<UUID, DeliberationSummary> deliberations,
            LocalDate today) {
        var all = new ArrayList<>(ConventionAlerts.of(summary, needingDeliberation, linked, deliberations, today));
        if (ConventionAlerts.inForce(summary))
            alertSources.orderedStream().forEach(source -> all.addAll(source.alertsOf(summary)));
        return all;
    }
}
