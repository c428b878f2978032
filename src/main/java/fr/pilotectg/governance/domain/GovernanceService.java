package fr.pilotectg.governance.domain;

import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.governance.GovernanceWarning;
import fr.pilotectg.governance.domain.GovernanceRepository.Stored;
import fr.pilotectg.governance.domain.GovernanceViews.BodyView;
import fr.pilotectg.governance.domain.GovernanceViews.MeetingDetails;
import fr.pilotectg.governance.domain.GovernanceViews.MeetingView;
import fr.pilotectg.governance.domain.GovernanceViews.Overview;
import fr.pilotectg.governance.domain.GovernanceViews.PostView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.territory.Territories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance use cases. A convention's governance is seen by whoever sees the convention and changed by whoever may
 * change it (its footprint). Every change checks the version read and writes the audit trail in the same transaction;
 * a decision that changes a fiche's status does so through the action plan in that same transaction, so that either
 * both the decision and the fiche's new status are saved, or neither.
 */
@Service
public class GovernanceService {

    public static final String BODY_ENTITY = "instance-gouvernance";
    public static final String MEETING_ENTITY = "reunion-gouvernance";
    public static final String POST_ENTITY = "poste-cooperation";

    static final int MAX_ORGANISATIONS = PageQuery.MAX_SIZE;

    private final GovernanceRepository repository;
    private final Conventions conventions;
    private final ActionPlans actionPlans;
    private final Directory directory;
    private final Territories territories;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    GovernanceService(GovernanceRepository repository, Conventions conventions, ActionPlans actionPlans, Directory directory,
            Territories territories, AccessControl access, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.conventions = conventions;
        this.actionPlans = actionPlans;
        this.directory = directory;
        this.territories = territories;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public Overview overview(UUID conventionId) {
        ConventionSummary convention = visible(conventionId);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> communes = communeNames(convention.communes());
        List<Stored<Body>> bodies = repository.bodies(conventionId);
        Map<UUID, Body> byId = new HashMap<>();
        bodies.forEach(b -> byId.put(b.value().id(), b.value()));
        List<Stored<Meeting>> meetings = repository.meetings(conventionId);
        List<Stored<Post>> posts = repository.posts(conventionId);
        Set<UUID> orgIds = new HashSet<>();
        bodies.forEach(b -> b.value().data().members().forEach(m -> orgIds.add(m.organisationId())));
        posts.forEach(p -> orgIds.add(p.value().data().employerId()));
        Map<UUID, String> orgs = organisationNames(orgIds);
        Compliance.Result compliance = compliance(convention, today, bodies, meetings);
        List<GovernanceWarning> warnings = new ArrayList<>(compliance.warnings());
        List<PostView> postViews = posts.stream().map(p -> postView(p, convention, today, communes, orgs)).toList();
        for (PostView p : postViews) {
            p.reports().stream().filter(r -> r.state() == Post.ReportState.OVERDUE).forEach(r -> warnings.add(new GovernanceWarning(
                    conventionId, p.id(), postName(p), "REPORT_OVERDUE", "bilan " + r.year(), r.dueOn())));
        }
        return new Overview(convention, today, bodies.stream().map(b -> bodyView(b, communes)).toList(),
                meetings.stream().map(m -> meetingView(m, byId, today)).toList(), postViews, compliance.slots(), List.copyOf(warnings),
                orgs, conventions.canWrite(convention));
    }

    /** The warnings of a convention the current user may see; empty if they may not see it. */
    @Transactional(readOnly = true)
    public List<GovernanceWarning> warnings(UUID conventionId) {
        try {
            return overview(conventionId).warnings();
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) return List.of();
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public BodyView body(UUID conventionId, UUID bodyId) {
        ConventionSummary convention = visible(conventionId);
        return bodyView(ownBody(conventionId, bodyId), communeNames(convention.communes()));
    }

    @Transactional(readOnly = true)
    public PostView post(UUID conventionId, UUID postId) {
        ConventionSummary convention = visible(conventionId);
        Stored<Post> post = ownPost(conventionId, postId);
        return postView(post, convention, LocalDate.now(clock), communeNames(convention.communes()),
                organisationNames(post.value().data().employerId() == null ? Set.of() : Set.of(post.value().data().employerId())));
    }

    @Transactional(readOnly = true)
    public MeetingDetails meeting(UUID conventionId, UUID meetingId) {
        ConventionSummary convention = visible(conventionId);
        Stored<Meeting> meeting = ownMeeting(conventionId, meetingId);
        Stored<Body> body = repository.findBody(meeting.value().data().bodyId()).orElseThrow();
        Set<UUID> orgIds = new HashSet<>();
        meeting.value().data().attendance().forEach(a -> orgIds.add(a.organisationId()));
        LocalDate today = LocalDate.now(clock);
        return new MeetingDetails(convention, meetingView(meeting, Map.of(body.value().id(), body.value()), today),
                bodyView(body, communeNames(convention.communes())), actionPlans.fichesOf(conventionId), organisationNames(orgIds), today,
                conventions.canWrite(convention));
    }

    /** The fiches of the convention's plan (choices for a meeting's agenda). */
    @Transactional(readOnly = true)
    public List<FicheSummary> fiches(UUID conventionId) {
        visible(conventionId);
        return actionPlans.fichesOf(conventionId);
    }

    /**
     * What a body or post form offers to choose from: the convention's communes (code and name, in the convention's
     * order) and the organisations of the directory the current user sees.
     */
    @Transactional(readOnly = true)
    public GovernanceViews.FormChoices formChoices(UUID conventionId) {
        ConventionSummary convention = writable(conventionId);
        Map<String, String> names = communeNames(convention.communes());
        List<GovernanceViews.Choice> communes = convention.communes().stream()
                .map(code -> new GovernanceViews.Choice(code, names.getOrDefault(code, code))).toList();
        List<GovernanceViews.Choice> organisations = directory.visibleOrganisations(access.currentReach(), PageQuery.first(MAX_ORGANISATIONS))
                .content().stream().map(o -> new GovernanceViews.Choice(o.id().toString(), o.name())).toList();
        return new GovernanceViews.FormChoices(communes, organisations);
    }

    // ---------------------------------------------------------------- bodies

    @Transactional
    public UUID createBody(UUID conventionId, BodyData data) {
        ConventionSummary convention = writable(conventionId);
        Body body = checkedBody(convention, UUID.randomUUID(), data);
        repository.insertBody(body, actor());
        audit.record(new AuditRecord(BODY_ENTITY, body.id().toString(), "created", "Instance « " + data.name() + " » créée"
                + (body.parityBroken() ? " (parité non respectée)" : ""), List.of(), convention.footprint()));
        return body.id();
    }

    @Transactional
    public int updateBody(UUID conventionId, UUID bodyId, int version, BodyData data) {
        ConventionSummary convention = writable(conventionId);
        Stored<Body> before = ownBody(conventionId, bodyId);
        Body body = checkedBody(convention, bodyId, data);
        int next = repository.updateBody(body, version, actor());
        List<AuditChange> changes = new ArrayList<>();
        change(changes, "name", before.value().data().name(), data.name());
        change(changes, "seats", String.valueOf(before.value().totalSeats()), String.valueOf(body.totalSeats()));
        change(changes, "members", String.valueOf(before.value().data().members().size()), String.valueOf(data.members().size()));
        change(changes, "frequency", before.value().data().frequency().text(), data.frequency().text());
        audit.record(new AuditRecord(BODY_ENTITY, bodyId.toString(), "updated", "Instance « " + data.name() + " » modifiée"
                + (body.parityBroken() ? " (parité non respectée)" : ""), changes, convention.footprint()));
        return next;
    }

    private Body checkedBody(ConventionSummary convention, UUID id, BodyData data) {
        Body body = Body.of(id, convention.id(), data);
        List<FieldProblem> problems = new ArrayList<>();
        if (data.commune() != null && !convention.communes().contains(data.commune())) {
            problems.add(FieldProblem.of("commune", GovernanceErrors.COMMUNE_NOT_IN_CONVENTION, data.commune()));
        }
        for (int i = 0; i < data.members().size(); i++) {
            UUID org = data.members().get(i).organisationId();
            if (directory.findOrganisation(org).isEmpty()) {
                problems.add(FieldProblem.of("members[" + i + "].organisationId", GovernanceErrors.MEMBER_ORGANISATION_UNKNOWN, org));
            }
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return body;
    }

    // ---------------------------------------------------------------- meetings

    @Transactional
    public UUID createMeeting(UUID conventionId, MeetingData data) {
        ConventionSummary convention = writable(conventionId);
        Meeting meeting = checkedMeeting(convention, UUID.randomUUID(), data, List.of());
        repository.insertMeeting(meeting, actor());
        audit.record(new AuditRecord(MEETING_ENTITY, meeting.id().toString(), "created", "Réunion enregistrée : " + origin(meeting),
                List.of(), convention.footprint()));
        return meeting.id();
    }

    @Transactional
    public int updateMeeting(UUID conventionId, UUID meetingId, int version, MeetingData data) {
        ConventionSummary convention = writable(conventionId);
        Stored<Meeting> before = ownMeeting(conventionId, meetingId);
        Meeting meeting = checkedMeeting(convention, meetingId, data, before.value().decisions());
        int next = repository.updateMeeting(meeting, version, actor());
        List<AuditChange> changes = new ArrayList<>();
        change(changes, "date", String.valueOf(before.value().data().date()), String.valueOf(data.date()));
        change(changes, "place", before.value().data().place(), data.place());
        change(changes, "agenda", String.valueOf(before.value().data().agenda().size()), String.valueOf(data.agenda().size()));
        change(changes, "attendance", String.valueOf(before.value().data().attendance().size()), String.valueOf(data.attendance().size()));
        if (!before.value().data().minutes().equals(data.minutes())) changes.add(new AuditChange("minutes", null, "modifié"));
        audit.record(new AuditRecord(MEETING_ENTITY, meetingId.toString(), "updated", "Réunion modifiée : " + origin(meeting), changes,
                convention.footprint()));
        return next;
    }

    /**
     * Adds a decision to a meeting read at {@code version}. With a fiche and a status, the fiche's status is changed
     * through the action plan with this meeting as origin (its history says so); a fiche of another convention is refused.
     * Returns the meeting's new version.
     */
    @Transactional
    public int addDecision(UUID conventionId, UUID meetingId, int version, String text, UUID ficheId, String status, String reason) {
        ConventionSummary convention = writable(conventionId);
        Stored<Meeting> stored = ownMeeting(conventionId, meetingId);
        Meeting meeting = stored.value();
        String decisionText = text == null ? "" : text.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (decisionText.isEmpty()) problems.add(FieldProblem.of("text", GovernanceErrors.DECISION_TEXT_REQUIRED));
        FicheSummary fiche = null;
        if (ficheId != null) {
            fiche = actionPlans.findFiche(ficheId).filter(f -> f.conventionId().equals(conventionId)).orElse(null);
            if (fiche == null) problems.add(FieldProblem.of("ficheId", GovernanceErrors.FICHE_OTHER_CONVENTION));
            else if (status == null || status.isBlank()) problems.add(FieldProblem.of("status", GovernanceErrors.DECISION_STATUS_REQUIRED));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        int next = repository.updateMeeting(meeting.withDecision(new Decision(meeting.nextDecisionNumber(), decisionText, ficheId,
                fiche == null ? null : fiche.title(), fiche == null ? null : status.strip(), reason == null || reason.isBlank() ? null : reason.strip())),
                version, actor());
        if (fiche != null) {
            actionPlans.changeStatus(fiche.id(), fiche.version(), status.strip(), reason, origin(meeting));
        }
        audit.record(new AuditRecord(MEETING_ENTITY, meetingId.toString(), "decision", "Décision : " + decisionText
                + (fiche == null ? "" : " (fiche « " + fiche.title() + " » → " + status.strip() + ")"), List.of(),
                convention.footprint()));
        return next;
    }

    private Meeting checkedMeeting(ConventionSummary convention, UUID id, MeetingData data, List<Decision> decisions) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            Meeting.of(id, convention.id(), data, decisions, convention.start(), convention.end());
        } catch (DomainException e) {
            problems.addAll(e.fields());
        }
        if (data.bodyId() != null) {
            boolean own = repository.findBody(data.bodyId()).filter(b -> b.value().conventionId().equals(convention.id())).isPresent();
            if (!own) problems.add(FieldProblem.of("bodyId", GovernanceErrors.BODY_NOT_FOUND, data.bodyId()));
        }
        List<UUID> fiches = data.agenda().stream().map(AgendaItem::ficheId).filter(java.util.Objects::nonNull).toList();
        if (!fiches.isEmpty()) {
            Set<UUID> own = new HashSet<>(actionPlans.fichesOf(convention.id()).stream().map(FicheSummary::id).toList());
            for (int i = 0; i < data.agenda().size(); i++) {
                UUID f = data.agenda().get(i).ficheId();
                if (f != null && !own.contains(f)) problems.add(FieldProblem.of("agenda[" + i + "].ficheId", GovernanceErrors.FICHE_OTHER_CONVENTION));
            }
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new Meeting(id, convention.id(), data, decisions);
    }

    /** "Comité de pilotage CTG … du 15/06/2022 (réunion 6c1f…)": how a fiche's history names the meeting. */
    String origin(Meeting meeting) {
        String body = repository.findBody(meeting.data().bodyId()).map(b -> b.value().data().name()).orElse("instance");
        return body + " du " + Meeting.fr(meeting.data().date()) + " (réunion " + meeting.id() + ")";
    }

    // ---------------------------------------------------------------- posts

    @Transactional
    public UUID createPost(UUID conventionId, PostData data) {
        ConventionSummary convention = writable(conventionId);
        Post post = checkedPost(convention, UUID.randomUUID(), data, Map.of());
        repository.insertPost(post, actor());
        audit.record(new AuditRecord(POST_ENTITY, post.id().toString(), "created", "Poste créé : " + data.theme() + ", " + etp(data),
                List.of(), convention.footprint()));
        return post.id();
    }

    @Transactional
    public int updatePost(UUID conventionId, UUID postId, int version, PostData data) {
        ConventionSummary convention = writable(conventionId);
        Stored<Post> before = ownPost(conventionId, postId);
        Post post = checkedPost(convention, postId, data, before.value().reports());
        int next = repository.updatePost(post, version, actor());
        audit.record(new AuditRecord(POST_ENTITY, postId.toString(), "updated", "Poste modifié : " + data.theme(),
                AuditChange.between(before.value().data(), data), convention.footprint()));
        return next;
    }

    /** Records the activity report of {@code year} as received on {@code receivedOn} (today if null). */
    @Transactional
    public int receiveReport(UUID conventionId, UUID postId, int version, Integer year, LocalDate receivedOn) {
        ConventionSummary convention = writable(conventionId);
        Stored<Post> stored = ownPost(conventionId, postId);
        if (year == null || year < convention.start().getYear() || year > convention.end().getYear()) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("year", GovernanceErrors.REPORT_YEAR_INVALID,
                    String.valueOf(convention.start().getYear()), String.valueOf(convention.end().getYear()))));
        }
        LocalDate on = receivedOn == null ? LocalDate.now(clock) : receivedOn;
        int next = repository.updatePost(stored.value().received(year, on), version, actor());
        audit.record(new AuditRecord(POST_ENTITY, postId.toString(), "report-received", "Bilan d’activité " + year + " reçu le "
                + Meeting.fr(on), List.of(new AuditChange("report" + year, null, Meeting.fr(on))), convention.footprint()));
        return next;
    }

    private Post checkedPost(ConventionSummary convention, UUID id, PostData data, Map<Integer, LocalDate> reports) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            Post.checkEtp(data);
        } catch (DomainException e) {
            problems.addAll(e.fields());
        }
        if (data.commune() != null && !convention.communes().contains(data.commune())) {
            problems.add(FieldProblem.of("commune", GovernanceErrors.COMMUNE_NOT_IN_CONVENTION, data.commune()));
        }
        if (data.employerId() != null && directory.findOrganisation(data.employerId()).isEmpty()) {
            problems.add(FieldProblem.of("employerId", GovernanceErrors.EMPLOYER_UNKNOWN, data.employerId()));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new Post(id, convention.id(), data, reports);
    }

    // ---------------------------------------------------------------- demo loading (whoever runs it)

    @Transactional
    public void registerBody(Body body) {
        repository.insertBody(body, "system");
    }

    @Transactional
    public void registerMeeting(Meeting meeting) {
        repository.insertMeeting(meeting, "system");
    }

    @Transactional
    public void registerPost(Post post) {
        repository.insertPost(post, "system");
    }

    // ---------------------------------------------------------------- helpers

    private Compliance.Result compliance(ConventionSummary c, LocalDate today, List<Stored<Body>> bodies, List<Stored<Meeting>> meetings) {
        return Compliance.of(c.id(), c.start(), c.end(), today, bodies.stream().map(Stored::value).toList(),
                meetings.stream().map(m -> new Compliance.Held(m.value().id(), m.value().data().bodyId(), m.value().data().date())).toList());
    }

    private BodyView bodyView(Stored<Body> b, Map<String, String> communes) {
        String commune = b.value().data().commune();
        return new BodyView(b.value(), b.version(), b.value().parityBroken(), commune == null ? null : communes.getOrDefault(commune, commune));
    }

    private static MeetingView meetingView(Stored<Meeting> m, Map<UUID, Body> bodies, LocalDate today) {
        Body body = bodies.get(m.value().data().bodyId());
        return new MeetingView(m.value(), m.version(), body == null ? "" : body.data().name(), body == null ? null : body.data().kind(),
                !m.value().data().date().isAfter(today));
    }

    private PostView postView(Stored<Post> p, ConventionSummary c, LocalDate today, Map<String, String> communes, Map<UUID, String> orgs) {
        Post post = p.value();
        String commune = post.data().commune();
        return new PostView(post, p.version(), commune == null ? null : communes.getOrDefault(commune, commune),
                post.data().employerId() == null ? null : orgs.get(post.data().employerId()), post.reportsDue(c.start(), c.end(), today),
                post.nextReport(c.start(), c.end(), today));
    }

    private static String postName(PostView p) {
        return (p.post().data().person().isEmpty() ? "Poste" : p.post().data().person()) + " — " + p.post().data().theme()
                + (p.communeName() == null ? "" : " (" + p.communeName() + ")");
    }

    private static String etp(PostData data) {
        return data.etp() == null ? "" : FrenchNumbers.plain(data.etp()) + " ETP";
    }

    private static void change(List<AuditChange> changes, String field, String before, String after) {
        if (!java.util.Objects.equals(before, after)) changes.add(new AuditChange(field, before, after));
    }

    private Map<String, String> communeNames(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        for (String code : codes) names.put(code, territories.findCommune(code).map(c -> c.name()).orElse(code));
        return names;
    }

    private Map<UUID, String> organisationNames(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> known = ids.stream().filter(java.util.Objects::nonNull).toList();
        for (OrganisationView o : directory.organisations(known)) names.put(o.id(), o.name());
        return names;
    }

    private ConventionSummary visible(UUID conventionId) {
        return conventions.readable(conventionId, () -> notFound(conventionId));
    }

    private ConventionSummary writable(UUID conventionId) {
        return conventions.writable(conventionId, () -> notFound(conventionId));
    }

    private Stored<Body> ownBody(UUID conventionId, UUID bodyId) {
        return repository.findBody(bodyId).filter(b -> b.value().conventionId().equals(conventionId))
                .orElseThrow(() -> DomainException.notFound(GovernanceErrors.BODY_NOT_FOUND, String.valueOf(bodyId)));
    }

    private Stored<Meeting> ownMeeting(UUID conventionId, UUID meetingId) {
        return repository.findMeeting(meetingId).filter(m -> m.value().conventionId().equals(conventionId))
                .orElseThrow(() -> DomainException.notFound(GovernanceErrors.MEETING_NOT_FOUND, String.valueOf(meetingId)));
    }

    private Stored<Post> ownPost(UUID conventionId, UUID postId) {
        return repository.findPost(postId).filter(p -> p.value().conventionId().equals(conventionId))
                .orElseThrow(() -> DomainException.notFound(GovernanceErrors.POST_NOT_FOUND, String.valueOf(postId)));
    }

    static DomainException notFound(UUID conventionId) {
        return DomainException.notFound(GovernanceErrors.GOVERNANCE_NOT_FOUND, String.valueOf(conventionId));
    }

    private static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }
}
