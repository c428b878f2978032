package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.actionplan.domain.PlanViews.AxisPart;
import fr.pilotectg.actionplan.domain.PlanViews.FicheDetails;
import fr.pilotectg.actionplan.domain.PlanViews.FicheLine;
import fr.pilotectg.actionplan.domain.PlanViews.Plan;
import fr.pilotectg.convention.ConventionGrant;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.convention.NationalList;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.territory.Territories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a plan: whoever may see the convention sees its plan and its fiches, with what is computed for today (late
 * flags, counts by status) and the names of the communes and organisations they cite.
 */
@Service
@Transactional(readOnly = true)
public class PlanReads {

    private final ActionPlanRepository repository;
    private final FicheFlow flow;
    private final Conventions conventions;
    private final NationalList nationalList;
    private final Directory directory;
    private final Territories territories;
    private final Clock clock;

    PlanReads(
            ActionPlanRepository repository,
            FicheFlow flow,
            Conventions conventions,
            NationalList nationalList,
            Directory directory,
            Territories territories,
            Clock clock) {
        this.repository = repository;
        this.flow = flow;
        this.conventions = conventions;
        this.nationalList = nationalList;
        this.directory = directory;
        this.territories = territories;
        this.clock = clock;
    }

    /** A convention's plan, its fiches filtered by {@code filter} (null: all). */
    public Plan plan(UUID conventionId, PlanFilter filter) {
        ConventionSummary convention = flow.readable(conventionId);
        ConventionGrant grant = flow.grant(convention);
        LocalDate today = today();
        List<Axis> axes = repository.axes(conventionId).stream()
                .map(ActionPlanRepository.StoredAxis::axis)
                .toList();
        Map<UUID, Axis> axesById = axes.stream().collect(Collectors.toMap(Axis::id, a -> a));
        List<ActionPlanRepository.StoredFiche> stored = repository.fiches(conventionId);
        Map<UUID, String> organisations = organisationNames(
                stored.stream().map(ActionPlanRepository.StoredFiche::fiche).toList());
        List<FicheLine> all = stored.stream()
                .map(s -> line(s, axesById.get(s.fiche().axisId()), today, organisations))
                .toList();
        PlanFilter f = filter == null ? PlanFilter.none() : filter;
        List<FicheLine> shown =
                all.stream().filter(l -> matches(l, f, organisations)).toList();
        Map<String, String> communeNames = communeNames(convention.communes());
        List<AxisPart> parts = axes.stream()
                .map(a -> new AxisPart(
                        a,
                        a.commune() == null ? null : communeNames.getOrDefault(a.commune(), a.commune()),
                        shown.stream()
                                .filter(l -> l.fiche().axisId().equals(a.id()))
                                .toList()))
                .toList();
        Map<FicheStatus, Long> counts = new EnumMap<>(FicheStatus.class);
        for (FicheStatus s : FicheStatus.values())
            counts.put(s, shown.stream().filter(l -> l.fiche().status() == s).count());
        long late = shown.stream().filter(FicheLine::late).count();
        Map<String, String> enjeux =
                axes.stream().anyMatch(a -> !a.enjeux().isEmpty()) ? nationalList.enjeux() : Map.of();
        return new Plan(
                convention,
                today,
                parts,
                all,
                shown,
                counts,
                late,
                communeNames,
                organisations,
                grant.some(),
                grant.canChangeTerms(),
                enjeux);
    }

    /**
     * The plan as a board by status: every fiche in the column of its status, and which of them the current user may
     * move (their own, or any for the terms holders).
     */
    public PlanViews.Board board(UUID conventionId) {
        Plan plan = plan(conventionId, PlanFilter.none());
        ConventionGrant grant = flow.grant(plan.convention());
        java.util.Set<UUID> movable = plan.all().stream()
                .filter(l -> flow.canChange(grant, l.fiche()))
                .map(FicheLine::id)
                .collect(Collectors.toSet());
        Map<FicheStatus, List<FicheLine>> columns = new EnumMap<>(FicheStatus.class);
        for (FicheStatus s : FicheStatus.values())
            columns.put(
                    s, plan.all().stream().filter(l -> l.fiche().status() == s).toList());
        return new PlanViews.Board(plan, columns, movable);
    }

    /**
     * A page of the plan's table, filtered, sorted and paged in SQL within the convention the user may read; with the
     * whole plan's axes and pilots for the filters' choices.
     */
    public PlanViews.FicheList list(UUID conventionId, PlanListQuery query) {
        ConventionSummary convention = flow.readable(conventionId);
        LocalDate today = today();
        List<Axis> axes = repository.axes(conventionId).stream()
                .map(ActionPlanRepository.StoredAxis::axis)
                .toList();
        Map<UUID, Axis> axesById = axes.stream().collect(Collectors.toMap(Axis::id, a -> a));
        ActionPlanRepository.FichePage page = repository.fichePage(conventionId, query, today);
        Map<UUID, String> organisations = organisationNames(page.fiches().stream()
                .map(ActionPlanRepository.StoredFiche::fiche)
                .toList());
        List<FicheLine> lines = page.fiches().stream()
                .map(s -> line(s, axesById.get(s.fiche().axisId()), today, organisations))
                .toList();
        return new PlanViews.FicheList(convention, today, axes, lines, page.total(), query);
    }

    /** One fiche with its axis, linked fiches and the organisations it cites. */
    public FicheDetails fiche(UUID ficheId) {
        ActionPlanRepository.StoredFiche stored = flow.load(ficheId);
        ConventionSummary convention =
                conventions.readable(stored.fiche().conventionId(), () -> FicheFlow.ficheNotFound(ficheId));
        LocalDate today = today();
        Axis axis = repository
                .findAxis(stored.fiche().axisId())
                .map(ActionPlanRepository.StoredAxis::axis)
                .orElseThrow();
        List<ActionPlanRepository.StoredFiche> linked = stored.fiche().content().links().stream()
                .map(repository::findFiche)
                .flatMap(Optional::stream)
                .filter(s -> s.fiche().conventionId().equals(convention.id()))
                .toList();
        List<Fiche> cited = new ArrayList<>(
                linked.stream().map(ActionPlanRepository.StoredFiche::fiche).toList());
        cited.add(stored.fiche());
        Map<UUID, String> organisations = organisationNames(cited);
        Map<UUID, Axis> axes = repository.axes(convention.id()).stream()
                .map(ActionPlanRepository.StoredAxis::axis)
                .collect(Collectors.toMap(Axis::id, a -> a));
        String communeName = axis.commune() == null
                ? null
                : communeNames(List.of(axis.commune())).get(axis.commune());
        return new FicheDetails(
                convention,
                today,
                line(stored, axis, today, organisations),
                communeName,
                linked.stream()
                        .map(s -> line(s, axes.get(s.fiche().axisId()), today, organisations))
                        .toList(),
                organisations,
                flow.canChange(flow.grant(convention), stored.fiche()));
    }

    /**
     * The plan's fiches as they stand today, for other modules' reports: the late flag is computed, but the axis and
     * the pilot's name are left out (null), so that no other module's data is read. Empty when the convention is out
     * of the user's reach (no exception: callers run in their own transaction, which an exception would doom).
     */
    public List<FicheLine> bareLines(UUID conventionId) {
        if (!isVisible(conventionId)) return List.of();
        LocalDate today = today();
        return repository.fiches(conventionId).stream()
                .map(s -> line(s, null, today, Map.of()))
                .toList();
    }

    /** One fiche as in {@link #bareLines}, if it exists and its convention is within the user's reach. */
    public Optional<FicheLine> bareLine(UUID ficheId) {
        if (ficheId == null) return Optional.empty();
        return repository
                .findFiche(ficheId)
                .filter(s -> isVisible(s.fiche().conventionId()))
                .map(s -> line(s, null, today(), Map.of()));
    }

    /**
     * Every field of the plan's fiches, in the plan's order (axes, then fiches), names resolved, for the convention's
     * annex. Empty when the convention is out of the user's reach.
     */
    public List<fr.pilotectg.actionplan.FicheSheet> sheets(UUID conventionId) {
        if (!isVisible(conventionId)) return List.of();
        List<Axis> axes = repository.axes(conventionId).stream()
                .map(ActionPlanRepository.StoredAxis::axis)
                .toList();
        Map<UUID, Axis> axesById = axes.stream().collect(Collectors.toMap(Axis::id, a -> a));
        List<Fiche> fiches = repository.fiches(conventionId).stream()
                .map(ActionPlanRepository.StoredFiche::fiche)
                .sorted(java.util.Comparator.comparingInt((Fiche f) -> axisPosition(axesById, f))
                        .thenComparingInt(Fiche::position))
                .toList();
        Map<UUID, String> titles = fiches.stream()
                .collect(Collectors.toMap(Fiche::id, f -> f.content().title()));
        Map<UUID, String> organisations = organisationNames(fiches);
        return fiches.stream()
                .map(f -> sheet(f, axesById.get(f.axisId()), titles, organisations))
                .toList();
    }

    private static int axisPosition(Map<UUID, Axis> axes, Fiche fiche) {
        Axis axis = axes.get(fiche.axisId());
        return axis == null ? Integer.MAX_VALUE : axis.position();
    }

    private static fr.pilotectg.actionplan.FicheSheet sheet(
            Fiche fiche, Axis axis, Map<UUID, String> titles, Map<UUID, String> organisations) {
        FicheContent c = fiche.content();
        return new fr.pilotectg.actionplan.FicheSheet(
                fiche.id(),
                axis == null ? "" : axis.title(),
                c.numberInAxis(),
                c.title(),
                fiche.status(),
                fiche.progress(),
                fiche.abandonReason(),
                c.commonToAll(),
                c.targetPublic(),
                c.diagnostic(),
                c.objectives(),
                c.steps(),
                c.milestones().stream()
                        .map(m -> new fr.pilotectg.actionplan.FicheSheet.Step(m.dueOn(), m.label(), m.done()))
                        .toList(),
                c.services(),
                c.expectedResults(),
                c.partners().stream()
                        .map(p -> p.organisationId() == null
                                ? p.name()
                                : organisations.getOrDefault(p.organisationId(), p.name()))
                        .filter(n -> n != null && !n.isBlank())
                        .toList(),
                c.indicators(),
                c.pilotId() == null ? null : organisations.get(c.pilotId()),
                c.referents(),
                c.budget(),
                c.fundings().stream()
                        .map(f -> new fr.pilotectg.actionplan.FicheSheet.Funder(
                                f.funder(), f.amount(), f.kind(), f.year()))
                        .toList(),
                c.links().stream().map(titles::get).filter(Objects::nonNull).toList(),
                c.attachments().stream()
                        .map(a -> new fr.pilotectg.actionplan.FicheSheet.Link(a.name(), a.url()))
                        .toList(),
                c.note(),
                c.realisedOn());
    }

    private boolean isVisible(UUID conventionId) {
        return conventionId != null
                && conventions.find(conventionId).filter(conventions::canRead).isPresent();
    }

    private static boolean matches(FicheLine line, PlanFilter f, Map<UUID, String> organisations) {
        Fiche fiche = line.fiche();
        if (f.axis() != null && !f.axis().equals(fiche.axisId())) return false;
        if (f.commune() != null
                && (line.axis() == null || !f.commune().equals(line.axis().commune()))) return false;
        if (f.status() != null && f.status() != fiche.status()) return false;
        if (f.late() != null && f.late() != line.late()) return false;
        if (f.pilot() != null && !f.pilot().equals(fiche.content().pilotId())) return false;
        if (f.partner() != null) {
            String wanted = f.partner().toLowerCase(Locale.FRENCH);
            boolean found = fiche.content().partners().stream()
                    .anyMatch(p -> (p.organisationId() != null
                                    && (p.organisationId().toString().equals(wanted)
                                            || organisations
                                                    .getOrDefault(p.organisationId(), "")
                                                    .toLowerCase(Locale.FRENCH)
                                                    .contains(wanted)))
                            || p.name().toLowerCase(Locale.FRENCH).contains(wanted));
            if (!found) return false;
        }
        return true;
    }

    private static FicheLine line(
            ActionPlanRepository.StoredFiche stored, Axis axis, LocalDate today, Map<UUID, String> organisations) {
        Fiche fiche = stored.fiche();
        UUID pilot = fiche.content().pilotId();
        return new FicheLine(
                fiche,
                stored.version(),
                axis,
                fiche.isLate(today),
                fiche.lateMilestones(today),
                pilot == null ? null : organisations.get(pilot));
    }

    private Map<UUID, String> organisationNames(List<Fiche> fiches) {
        Set<UUID> ids = new HashSet<>();
        for (Fiche f : fiches) {
            if (f.content().pilotId() != null) ids.add(f.content().pilotId());
            f.content().partners().stream()
                    .map(PartnerRef::organisationId)
                    .filter(Objects::nonNull)
                    .forEach(ids::add);
        }
        if (ids.isEmpty()) return Map.of();
        return directory.organisations(ids).stream()
                .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name, (a, b) -> a));
    }

    private Map<String, String> communeNames(List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(c -> names.put(c, c));
        territories.communes(codes).forEach(c -> names.put(c.inseeCode(), c.name()));
        return names;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
