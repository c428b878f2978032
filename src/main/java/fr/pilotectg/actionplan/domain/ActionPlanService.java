package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.domain.PlanViews.AxisPart;
import fr.pilotectg.actionplan.domain.PlanViews.FicheDetails;
import fr.pilotectg.actionplan.domain.PlanViews.FicheLine;
import fr.pilotectg.actionplan.domain.PlanViews.Plan;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.TabularUploads;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.platform.UploadLimits;
import org.springframework.util.unit.DataSize;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan use cases. A plan belongs to a convention: whoever may see the convention sees its plan, whoever may
 * change the convention changes its plan. Every change checks the version the user read and writes the fiche's
 * history (audit trail) in the same transaction.
 */
@Service
public class ActionPlanService {

    public static final String FICHE_ENTITY = "fiche-action";
    static final String AXIS_ENTITY = "axe-plan-actions";
    /** Milestones may lie this many years before the convention's start or after its end, not more. */
    static final int MILESTONE_MARGIN_YEARS = 2;

    private final ActionPlanRepository repository;
    private final Conventions conventions;
    private final Directory directory;
    private final Territories territories;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final MessageSource messages;

    private final TabularUploads uploads;

    ActionPlanService(ActionPlanRepository repository, Conventions conventions, Directory directory, Territories territories,
            AccessControl access, AuditTrail audit, Clock clock, MessageSource messages, TabularUploads uploads) {
        this.uploads = uploads;
        this.repository = repository;
        this.conventions = conventions;
        this.directory = directory;
        this.territories = territories;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public Plan plan(UUID conventionId, PlanFilter filter) {
        ConventionSummary convention = visibleConvention(conventionId);
        LocalDate today = today();
        List<Axis> axes = repository.axes(conventionId).stream().map(ActionPlanRepository.StoredAxis::axis).toList();
        Map<UUID, Axis> axesById = axes.stream().collect(Collectors.toMap(Axis::id, a -> a));
        List<ActionPlanRepository.StoredFiche> stored = repository.fiches(conventionId);
        Map<UUID, String> organisations = organisationNames(stored.stream().map(ActionPlanRepository.StoredFiche::fiche).toList());
        List<FicheLine> all = stored.stream().map(s -> line(s, axesById.get(s.fiche().axisId()), today, organisations)).toList();
        PlanFilter f = filter == null ? PlanFilter.none() : filter;
        List<FicheLine> shown = all.stream().filter(l -> matches(l, f, organisations)).toList();
        Map<String, String> communeNames = communeNames(convention.communes());
        List<AxisPart> parts = axes.stream()
                .map(a -> new AxisPart(a, a.commune() == null ? null : communeNames.getOrDefault(a.commune(), a.commune()),
                        shown.stream().filter(l -> l.fiche().axisId().equals(a.id())).toList()))
                .toList();
        Map<FicheStatus, Long> counts = new EnumMap<>(FicheStatus.class);
        for (FicheStatus s : FicheStatus.values()) counts.put(s, shown.stream().filter(l -> l.fiche().status() == s).count());
        long late = shown.stream().filter(FicheLine::late).count();
        return new Plan(convention, today, parts, all, shown, counts, late, communeNames, organisations,
                access.canWrite(Conventions.footprintOf(convention)));
    }

    @Transactional(readOnly = true)
    public FicheDetails fiche(UUID ficheId) {
        ActionPlanRepository.StoredFiche stored = loadFiche(ficheId);
        ConventionSummary convention = visibleConvention(stored.fiche().conventionId(), () -> ficheNotFound(ficheId));
        LocalDate today = today();
        Axis axis = repository.findAxis(stored.fiche().axisId()).map(ActionPlanRepository.StoredAxis::axis).orElseThrow();
        List<ActionPlanRepository.StoredFiche> linked = stored.fiche().content().links().stream()
                .map(repository::findFiche).flatMap(java.util.Optional::stream)
                .filter(s -> s.fiche().conventionId().equals(convention.id())).toList();
        List<Fiche> cited = new ArrayList<>(linked.stream().map(ActionPlanRepository.StoredFiche::fiche).toList());
        cited.add(stored.fiche());
        Map<UUID, String> organisations = organisationNames(cited);
        Map<UUID, Axis> axes = repository.axes(convention.id()).stream().map(ActionPlanRepository.StoredAxis::axis)
                .collect(Collectors.toMap(Axis::id, a -> a));
        String communeName = axis.commune() == null ? null : communeNames(List.of(axis.commune())).get(axis.commune());
        return new FicheDetails(convention, today, line(stored, axis, today, organisations), communeName,
                linked.stream().map(s -> line(s, axes.get(s.fiche().axisId()), today, organisations)).toList(), organisations,
                access.canWrite(Conventions.footprintOf(convention)));
    }

    /**
     * The plan's fiches as they stand today, for other modules' reports: the late flag is computed, but the axis and
     * the pilot's name are left out (null), so that no other module's data is read. Empty when the convention is out
     * of the user's reach (no exception: callers run in their own transaction, which an exception would doom).
     */
    @Transactional(readOnly = true)
    public List<FicheLine> bareLines(UUID conventionId) {
        if (!isVisible(conventionId)) return List.of();
        LocalDate today = today();
        return repository.fiches(conventionId).stream().map(s -> line(s, null, today, Map.of())).toList();
    }

    /** One fiche as in {@link #bareLines}, if it exists and its convention is within the user's reach. */
    @Transactional(readOnly = true)
    public java.util.Optional<FicheLine> bareLine(UUID ficheId) {
        if (ficheId == null) return java.util.Optional.empty();
        return repository.findFiche(ficheId).filter(s -> isVisible(s.fiche().conventionId())).map(s -> line(s, null, today(), Map.of()));
    }

    private boolean isVisible(UUID conventionId) {
        return conventionId != null && conventions.find(conventionId).filter(c -> access.canRead(Conventions.footprintOf(c))).isPresent();
    }

    /** Fiches of the plan other than {@code except} (choices for links). */
    @Transactional(readOnly = true)
    public List<Fiche> otherFiches(UUID conventionId, UUID except) {
        visibleConvention(conventionId);
        return repository.fiches(conventionId).stream().map(ActionPlanRepository.StoredFiche::fiche)
                .filter(f -> !f.id().equals(except)).toList();
    }

    // ---------------------------------------------------------------- changes

    @Transactional
    public UUID createAxis(UUID conventionId, AxisData data) {
        ConventionSummary convention = writableConvention(conventionId, () -> planNotFound(conventionId));
        Axis axis = checkedAxis(convention, UUID.randomUUID(), repository.nextAxisPosition(conventionId), data);
        repository.insertAxis(axis, actor());
        audit.record(new AuditRecord(AXIS_ENTITY, axis.id().toString(), "created", "Axe « " + axis.title() + " » créé",
                List.of(), Conventions.footprintOf(convention)));
        return axis.id();
    }

    @Transactional
    public UUID createFiche(UUID conventionId, UUID axisId, FicheContent content, int progress) {
        ConventionSummary convention = writableConvention(conventionId, () -> planNotFound(conventionId));
        UUID id = UUID.randomUUID();
        checkContext(convention, id, axisId, content, progress);
        Fiche fiche = Fiche.draft(id, conventionId, axisId, repository.nextFichePosition(conventionId), content, progress);
        repository.insertFiche(fiche, actor());
        record(fiche, convention, "created", "Fiche action « " + content.title() + " » créée",
                List.of(new AuditChange("status", null, label(FicheStatus.DRAFT))));
        return id;
    }

    @Transactional
    public int update(UUID ficheId, int version, UUID axisId, FicheContent content, int progress) {
        return change(ficheId, version, (fiche, convention) -> {
            checkContext(convention, ficheId, axisId, content, progress);
            FicheContent before = fiche.content();
            int progressBefore = fiche.progress();
            fiche.revise(axisId, content, progress);
            var changes = new ArrayList<AuditChange>();
            if (!before.title().equals(content.title())) changes.add(new AuditChange("title", before.title(), content.title()));
            if (progressBefore != progress) changes.add(new AuditChange("progress", progressBefore + " %", progress + " %"));
            long doneBefore = before.milestones().stream().filter(Milestone::done).count();
            long doneAfter = content.milestones().stream().filter(Milestone::done).count();
            if (doneBefore != doneAfter || before.milestones().size() != content.milestones().size()) {
                changes.add(new AuditChange("milestones", doneBefore + "/" + before.milestones().size(),
                        doneAfter + "/" + content.milestones().size()));
            }
            return new Change("updated", "Fiche action modifiée", changes);
        });
    }

    /**
     * Moves a fiche to {@code status}. {@code origin} says where the decision comes from (e.g. "comité de pilotage du
     * 12/06/2024", or a meeting id given by a governance module); it is written in the history with the change.
     */
    @Transactional
    public int changeStatus(UUID ficheId, int version, FicheStatus status, String reason, String origin) {
        return change(ficheId, version, (fiche, convention) -> {
            FicheStatus before = fiche.status();
            if (status != null && !before.next().contains(status)) {
                throw DomainException.rule(ActionPlanErrors.TRANSITION_NOT_ALLOWED, label(before), label(status));
            }
            fiche.changeStatus(status, reason);
            String summary = "Statut : " + label(before) + " → " + label(status);
            if (status == FicheStatus.ABANDONED) summary += " (motif : " + fiche.abandonReason() + ")";
            if (origin != null && !origin.isBlank()) summary += " — décidé : " + origin.strip();
            return new Change("status-changed", summary, List.of(new AuditChange("status", label(before), label(status))));
        });
    }

    /**
     * Bulk import: checks every line (axis named by title or number, the fiche's own checks and those against the
     * convention) and, unless {@code dryRun}, creates all the fiches in draft, or none if any line is refused.
     */
    @Transactional
    public ImportReport importFiches(UUID conventionId, Upload upload, boolean dryRun) {
        ConventionSummary convention = writableConvention(conventionId, () -> planNotFound(conventionId));
        List<ImportLine> lines = FicheRows.of(uploads.read(importLimits(), upload));
        List<Axis> axes = repository.axes(conventionId).stream().map(ActionPlanRepository.StoredAxis::axis).toList();
        var results = new ArrayList<ImportReport.LineResult>();
        var accepted = new ArrayList<Fiche>();
        int position = repository.nextFichePosition(conventionId);
        for (ImportLine line : lines) {
            var problems = new ArrayList<FieldProblem>(line.readProblems());
            UUID axisId = axisNamed(axes, line.axis());
            if (axisId == null) problems.add(FieldProblem.of("axis", ActionPlanErrors.IMPORT_AXIS_UNKNOWN, line.axis() == null ? "" : line.axis()));
            UUID id = UUID.randomUUID();
            try {
                checkContext(convention, id, axisId == null ? axes.isEmpty() ? null : axes.get(0).id() : axisId, line.content(), line.progress());
            } catch (DomainException e) {
                e.fields().stream().filter(f -> !problems.contains(f)).forEach(problems::add);
            }
            results.add(new ImportReport.LineResult(line.lineNumber(), line.content().title(), problems));
            if (problems.isEmpty()) accepted.add(Fiche.draft(id, conventionId, axisId, position++, line.content(), line.progress()));
        }
        var report = new ImportReport(results, false);
        if (dryRun || !report.allOk() || accepted.isEmpty()) return report;
        for (Fiche fiche : accepted) {
            repository.insertFiche(fiche, actor());
            record(fiche, convention, "imported", "Fiche action « " + fiche.content().title() + " » importée",
                    List.of(new AuditChange("status", null, label(FicheStatus.DRAFT))));
        }
        return new ImportReport(results, true);
    }

    /** A plan holds tens of fiches: {@code pilote.upload.imports.action-plan.*}, 5 MB and 5 000 rows by default. */
    public UploadLimits importLimits() {
        return uploads.limits("action-plan", DataSize.ofMegabytes(5), 5_000);
    }

    private static UUID axisNamed(List<Axis> axes, String name) {
        if (name == null || name.isBlank()) return axes.size() == 1 ? axes.get(0).id() : null;
        String wanted = name.strip();
        for (Axis a : axes) {
            if (a.title().equalsIgnoreCase(wanted) || String.valueOf(a.position()).equals(wanted)) return a.id();
        }
        return null;
    }

    /** Demo and import loading: stores an axis whoever runs it. */
    @Transactional
    void registerAxis(Axis axis) {
        if (repository.axisExists(axis.id())) return;
        repository.insertAxis(axis, "system");
    }

    /** Demo loading: stores a fiche whoever runs it, with its status. */
    @Transactional
    void registerFiche(Fiche fiche, ConventionSummary convention) {
        if (repository.ficheExists(fiche.id())) return;
        repository.insertFiche(fiche, "system");
        record(fiche, convention, "created", "Fiche action « " + fiche.content().title() + " » chargée",
                List.of(new AuditChange("status", null, label(fiche.status()))));
    }

    // ---------------------------------------------------------------- internals

    private record Change(String action, String summary, List<AuditChange> changes) {}

    private int change(UUID ficheId, int version, java.util.function.BiFunction<Fiche, ConventionSummary, Change> verb) {
        ActionPlanRepository.StoredFiche stored = loadFiche(ficheId);
        ConventionSummary convention = writableConvention(stored.fiche().conventionId(), () -> ficheNotFound(ficheId));
        if (stored.version() != version) throw new OptimisticLockingFailureException("fiche " + ficheId + " read at " + version);
        Change change = verb.apply(stored.fiche(), convention);
        int newVersion = repository.updateFiche(stored.fiche(), version, actor());
        record(stored.fiche(), convention, change.action(), change.summary(), change.changes());
        return newVersion;
    }

    /** The checks that need the convention, the directory or the other fiches. */
    private void checkContext(ConventionSummary convention, UUID ficheId, UUID axisId, FicheContent content, int progress) {
        var problems = new ArrayList<FieldProblem>();
        if (axisId == null) {
            problems.add(FieldProblem.of("axisId", ActionPlanErrors.AXIS_REQUIRED));
        } else {
            var axis = repository.findAxis(axisId);
            if (axis.isEmpty() || !axis.get().axis().conventionId().equals(convention.id())) {
                problems.add(FieldProblem.of("axisId", ActionPlanErrors.AXIS_OTHER_CONVENTION));
            }
        }
        LocalDate earliest = convention.start().minusYears(MILESTONE_MARGIN_YEARS);
        LocalDate latest = convention.end().plusYears(MILESTONE_MARGIN_YEARS);
        for (int i = 0; i < content.milestones().size(); i++) {
            LocalDate due = content.milestones().get(i).dueOn();
            if (due != null && (due.isBefore(earliest) || due.isAfter(latest))) {
                problems.add(FieldProblem.of("milestones[" + i + "].dueOn", ActionPlanErrors.MILESTONE_OUT_OF_RANGE,
                        french(due), french(earliest), french(latest)));
            }
        }
        if (content.pilotId() != null && directory.findOrganisation(content.pilotId()).isEmpty()) {
            problems.add(FieldProblem.of("pilotId", ActionPlanErrors.PILOT_UNKNOWN));
        }
        for (int i = 0; i < content.partners().size(); i++) {
            UUID org = content.partners().get(i).organisationId();
            if (org != null && directory.findOrganisation(org).isEmpty()) {
                problems.add(FieldProblem.of("partners[" + i + "].organisationId", ActionPlanErrors.PARTNER_UNKNOWN, org.toString()));
            }
        }
        Map<UUID, UUID> conventionOf = repository.conventionsOf(content.links()).stream().collect(Collectors.toMap(r -> r[0], r -> r[1]));
        for (int i = 0; i < content.links().size(); i++) {
            UUID link = content.links().get(i);
            if (link.equals(ficheId)) {
                problems.add(FieldProblem.of("links[" + i + "]", ActionPlanErrors.LINK_SELF));
            } else if (!convention.id().equals(conventionOf.get(link))) {
                problems.add(FieldProblem.of("links[" + i + "]", ActionPlanErrors.LINK_OTHER_CONVENTION, link.toString()));
            }
        }
        try {
            Fiche.check(content, progress);
        } catch (DomainException e) {
            problems.addAll(0, e.fields());
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    private Axis checkedAxis(ConventionSummary convention, UUID id, int position, AxisData data) {
        var problems = new ArrayList<FieldProblem>();
        if (data == null || data.title() == null || data.title().isBlank()) problems.add(FieldProblem.of("title", ActionPlanErrors.AXIS_TITLE_REQUIRED));
        AxisData d = data == null ? new AxisData(null, null, List.of(), List.of()) : data;
        if (d.commune() != null && !d.commune().isBlank() && !convention.communes().contains(d.commune().strip())) {
            problems.add(FieldProblem.of("commune", ActionPlanErrors.AXIS_COMMUNE_NOT_IN_CONVENTION, d.commune()));
        }
        List<String> domains = d.domains() == null ? List.of() : d.domains().stream().filter(Objects::nonNull).distinct().toList();
        for (int i = 0; i < domains.size(); i++) {
            if (!convention.domains().contains(domains.get(i))) {
                problems.add(FieldProblem.of("domains[" + i + "]", ActionPlanErrors.AXIS_DOMAIN_NOT_IN_CONVENTION, domains.get(i)));
            }
        }
        List<String> enjeux = d.enjeux() == null ? List.of() : d.enjeux().stream().filter(Objects::nonNull).distinct().toList();
        for (int i = 0; i < enjeux.size(); i++) {
            if (!enjeux.get(i).matches("E([1-9]|10)")) problems.add(FieldProblem.of("enjeux[" + i + "]", ActionPlanErrors.AXIS_ENJEU_INVALID, enjeux.get(i)));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new Axis(id, convention.id(), position, d.title(), d.commune(), domains, enjeux);
    }

    private static boolean matches(FicheLine line, PlanFilter f, Map<UUID, String> organisations) {
        Fiche fiche = line.fiche();
        if (f.axis() != null && !f.axis().equals(fiche.axisId())) return false;
        if (f.commune() != null && (line.axis() == null || !f.commune().equals(line.axis().commune()))) return false;
        if (f.status() != null && f.status() != fiche.status()) return false;
        if (f.late() != null && f.late() != line.late()) return false;
        if (f.pilot() != null && !f.pilot().equals(fiche.content().pilotId())) return false;
        if (f.partner() != null) {
            String wanted = f.partner().toLowerCase(Locale.FRENCH);
            boolean found = fiche.content().partners().stream().anyMatch(p ->
                    (p.organisationId() != null && (p.organisationId().toString().equals(wanted)
                            || organisations.getOrDefault(p.organisationId(), "").toLowerCase(Locale.FRENCH).contains(wanted)))
                    || p.name().toLowerCase(Locale.FRENCH).contains(wanted));
            if (!found) return false;
        }
        return true;
    }

    private FicheLine line(ActionPlanRepository.StoredFiche stored, Axis axis, LocalDate today, Map<UUID, String> organisations) {
        Fiche fiche = stored.fiche();
        UUID pilot = fiche.content().pilotId();
        return new FicheLine(fiche, stored.version(), axis, fiche.isLate(today), fiche.lateMilestones(today),
                pilot == null ? null : organisations.get(pilot));
    }

    private Map<UUID, String> organisationNames(List<Fiche> fiches) {
        Set<UUID> ids = new HashSet<>();
        for (Fiche f : fiches) {
            if (f.content().pilotId() != null) ids.add(f.content().pilotId());
            f.content().partners().stream().map(PartnerRef::organisationId).filter(Objects::nonNull).forEach(ids::add);
        }
        if (ids.isEmpty()) return Map.of();
        return directory.organisations(ids).stream().collect(Collectors.toMap(OrganisationView::id, OrganisationView::name, (a, b) -> a));
    }

    private Map<String, String> communeNames(List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(c -> names.put(c, c));
        territories.communes(codes).forEach(c -> names.put(c.inseeCode(), c.name()));
        return names;
    }

    private ConventionSummary visibleConvention(UUID conventionId) {
        return visibleConvention(conventionId, () -> planNotFound(conventionId));
    }

    private ConventionSummary visibleConvention(UUID conventionId, java.util.function.Supplier<DomainException> notFound) {
        if (conventionId == null) throw notFound.get();
        ConventionSummary convention = conventions.find(conventionId).orElseThrow(notFound);
        access.requireRead(Conventions.footprintOf(convention), notFound);
        return convention;
    }

    private ConventionSummary writableConvention(UUID conventionId, java.util.function.Supplier<DomainException> notFound) {
        if (conventionId == null) throw notFound.get();
        ConventionSummary convention = conventions.find(conventionId).orElseThrow(notFound);
        access.requireWrite(Conventions.footprintOf(convention), notFound);
        return convention;
    }

    private ActionPlanRepository.StoredFiche loadFiche(UUID id) {
        if (id == null) throw ficheNotFound(null);
        return repository.findFiche(id).orElseThrow(() -> ficheNotFound(id));
    }

    private void record(Fiche fiche, ConventionSummary convention, String action, String summary, List<AuditChange> changes) {
        audit.record(new AuditRecord(FICHE_ENTITY, fiche.id().toString(), action, summary, changes, Conventions.footprintOf(convention)));
    }

    private String label(FicheStatus status) {
        return messages.getMessage(status.messageKey(), null, status.name(), Locale.FRANCE);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String french(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }

    private static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }

    static DomainException ficheNotFound(UUID id) {
        return DomainException.notFound(ActionPlanErrors.FICHE_NOT_FOUND, String.valueOf(id));
    }

    static DomainException planNotFound(UUID id) {
        return DomainException.notFound(ActionPlanErrors.PLAN_NOT_FOUND, String.valueOf(id));
    }
}
