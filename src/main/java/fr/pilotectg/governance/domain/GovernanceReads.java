package fr.pilotectg.governance.domain;

import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.ConventionGrant;
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
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.territory.Territories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a convention's governance: the overview (bodies, meetings, posts, the compliance calendar and its warnings),
 * one body, meeting or post, and what the forms offer to choose from. Whoever may see the convention sees them.
 */
@Service
@Transactional(readOnly = true)
public class GovernanceReads {

    static final int MAX_ORGANISATIONS = PageQuery.MAX_SIZE;

    private final GovernanceRepository repository;
    private final GovernanceFlow flow;
    private final Conventions conventions;
    private final ActionPlans actionPlans;
    private final Directory directory;
    private final Territories territories;
    private final AccessControl access;
    private final Clock clock;

    GovernanceReads(
            GovernanceRepository repository,
            GovernanceFlow flow,
            Conventions conventions,
            ActionPlans actionPlans,
            Directory directory,
            Territories territories,
            AccessControl access,
            Clock clock) {
        this.repository = repository;
        this.flow = flow;
        this.conventions = conventions;
        this.actionPlans = actionPlans;
        this.directory = directory;
        this.territories = territories;
        this.access = access;
        this.clock = clock;
    }

    public Overview overview(UUID conventionId) {
        ConventionSummary convention = flow.readable(conventionId);
        ConventionGrant grant = flow.grant(convention);
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
        List<PostView> postViews = posts.stream()
                .map(p -> postView(p, convention, today, communes, orgs, grant))
                .toList();
        for (Stored<Post> p : posts) warnings.addAll(overdueReports(convention, p.value(), communes, today));
        return new Overview(
                convention,
                today,
                bodies.stream().map(b -> bodyView(b, communes, grant)).toList(),
                meetings.stream().map(m -> meetingView(m, byId, today)).toList(),
                postViews,
                compliance.slots(),
                List.copyOf(warnings),
                orgs,
                grant.some());
    }

    /** The warnings of a convention the current user may see; empty if they may not see it. */
    public List<GovernanceWarning> warnings(UUID conventionId) {
        try {
            return overview(conventionId).warnings();
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) return List.of();
            throw e;
        }
    }

    /**
     * The warnings of several conventions at once, by convention id, the same as {@link #warnings(UUID)} gives one by
     * one (a convention the current user may not see gets none): a constant number of statements — bodies, meetings,
     * posts and the names of the posts' communes — whatever the number of conventions (the portfolio's and the home
     * page's alerts, issue 15).
     */
    public Map<UUID, List<GovernanceWarning>> warnings(Collection<ConventionSummary> conventions) {
        List<ConventionSummary> readable =
                conventions.stream().filter(c -> access.canRead(c.footprint())).toList();
        if (readable.isEmpty()) return Map.of();
        LocalDate today = LocalDate.now(clock);
        Set<UUID> ids = new HashSet<>();
        readable.forEach(c -> ids.add(c.id()));
        Map<UUID, List<Stored<Body>>> bodies = repository.bodiesOf(ids);
        Map<UUID, List<Stored<Meeting>>> meetings = repository.meetingsOf(ids);
        Map<UUID, List<Stored<Post>>> posts = repository.postsOf(ids);
        Set<String> codes = new HashSet<>();
        posts.values()
                .forEach(list -> list.stream()
                        .map(p -> p.value().data().commune())
                        .filter(java.util.Objects::nonNull)
                        .forEach(codes::add));
        Map<String, String> communes = new HashMap<>();
        territories.communes(codes).forEach(c -> communes.put(c.inseeCode(), c.name()));
        Map<UUID, List<GovernanceWarning>> result = new HashMap<>();
        for (ConventionSummary c : readable) {
            List<GovernanceWarning> warnings = new ArrayList<>(compliance(
                            c, today, bodies.getOrDefault(c.id(), List.of()), meetings.getOrDefault(c.id(), List.of()))
                    .warnings());
            for (Stored<Post> p : posts.getOrDefault(c.id(), List.of()))
                warnings.addAll(overdueReports(c, p.value(), communes, today));
            if (!warnings.isEmpty()) result.put(c.id(), List.copyOf(warnings));
        }
        return result;
    }

    /** The activity reports of a post that are overdue today, as warnings. */
    private static List<GovernanceWarning> overdueReports(
            ConventionSummary c, Post post, Map<String, String> communes, LocalDate today) {
        String commune = post.data().commune();
        // Named as on the governance page: the convention's own communes by name, any other by its code.
        String communeName = commune == null
                ? null
                : c.communes().contains(commune) ? communes.getOrDefault(commune, commune) : commune;
        String name = (post.data().person().isEmpty() ? "Poste" : post.data().person()) + " — "
                + post.data().theme() + (communeName == null ? "" : " (" + communeName + ")");
        return post.reportsDue(c.start(), c.end(), today).stream()
                .filter(r -> r.state() == Post.ReportState.OVERDUE)
                .map(r -> new GovernanceWarning(
                        c.id(), post.id(), name, "REPORT_OVERDUE", "bilan " + r.year(), r.dueOn()))
                .toList();
    }

    public BodyView body(UUID conventionId, UUID bodyId) {
        ConventionSummary convention = flow.readable(conventionId);
        return bodyView(
                flow.own(flow.bodies, conventionId, bodyId),
                communeNames(convention.communes()),
                flow.grant(convention));
    }

    public PostView post(UUID conventionId, UUID postId) {
        ConventionSummary convention = flow.readable(conventionId);
        Stored<Post> post = flow.own(flow.posts, conventionId, postId);
        return postView(
                post,
                convention,
                LocalDate.now(clock),
                communeNames(convention.communes()),
                organisationNames(
                        post.value().data().employerId() == null
                                ? Set.of()
                                : Set.of(post.value().data().employerId())),
                flow.grant(convention));
    }

    public MeetingDetails meeting(UUID conventionId, UUID meetingId) {
        ConventionSummary convention = flow.readable(conventionId);
        Stored<Meeting> meeting = flow.own(flow.meetings, conventionId, meetingId);
        Stored<Body> body = repository.findBody(meeting.value().data().bodyId()).orElseThrow();
        Set<UUID> orgIds = new HashSet<>();
        meeting.value().data().attendance().forEach(a -> orgIds.add(a.organisationId()));
        LocalDate today = LocalDate.now(clock);
        BodyView bodyView = bodyView(body, communeNames(convention.communes()), flow.grant(convention));
        return new MeetingDetails(
                convention,
                meetingView(meeting, Map.of(body.value().id(), body.value()), today),
                bodyView,
                actionPlans.fichesOf(conventionId),
                organisationNames(orgIds),
                today,
                bodyView.canEdit());
    }

    /** The fiches of the convention's plan (choices for a meeting's agenda). */
    public List<FicheSummary> fiches(UUID conventionId) {
        flow.readable(conventionId);
        return actionPlans.fichesOf(conventionId);
    }

    /**
     * What a body or post form offers to choose from: the convention's communes (code and name, in the convention's
     * order) and the organisations of the directory the current user sees.
     */
    public GovernanceViews.FormChoices formChoices(UUID conventionId) {
        ConventionSummary convention = flow.writable(conventionId);
        Map<String, String> names = communeNames(convention.communes());
        List<GovernanceViews.Choice> communes = convention.communes().stream()
                .map(code -> new GovernanceViews.Choice(code, names.getOrDefault(code, code)))
                .toList();
        List<GovernanceViews.Choice> organisations =
                directory
                        .visibleOrganisations(access.currentReach(), PageQuery.first(MAX_ORGANISATIONS))
                        .content()
                        .stream()
                        .map(o -> new GovernanceViews.Choice(o.id().toString(), o.name()))
                        .toList();
        return new GovernanceViews.FormChoices(communes, organisations);
    }

    private static Compliance.Result compliance(
            ConventionSummary c, LocalDate today, List<Stored<Body>> bodies, List<Stored<Meeting>> meetings) {
        return Compliance.of(
                c.id(),
                c.start(),
                c.end(),
                today,
                bodies.stream().map(Stored::value).toList(),
                meetings.stream()
                        .map(m -> new Compliance.Held(
                                m.value().id(),
                                m.value().data().bodyId(),
                                m.value().data().date()))
                        .toList());
    }

    private BodyView bodyView(Stored<Body> b, Map<String, String> communes, ConventionGrant grant) {
        String commune = b.value().data().commune();
        return new BodyView(
                b.value(),
                b.version(),
                b.value().parityBroken(),
                commune == null ? null : communes.getOrDefault(commune, commune),
                flow.canChange(grant, flow.bodies, b.value()));
    }

    private static MeetingView meetingView(Stored<Meeting> m, Map<UUID, Body> bodies, LocalDate today) {
        Body body = bodies.get(m.value().data().bodyId());
        return new MeetingView(
                m.value(),
                m.version(),
                body == null ? "" : body.data().name(),
                body == null ? null : body.data().kind(),
                !m.value().data().date().isAfter(today));
    }

    private PostView postView(
            Stored<Post> p,
            ConventionSummary c,
            LocalDate today,
            Map<String, String> communes,
            Map<UUID, String> orgs,
            ConventionGrant grant) {
        Post post = p.value();
        String commune = post.data().commune();
        return new PostView(
                post,
                p.version(),
                commune == null ? null : communes.getOrDefault(commune, commune),
                post.data().employerId() == null ? null : orgs.get(post.data().employerId()),
                post.reportsDue(c.start(), c.end(), today),
                post.nextReport(c.start(), c.end(), today),
                flow.canChange(grant, flow.posts, post));
    }

    private Map<String, String> communeNames(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        for (String code : codes)
            names.put(code, territories.findCommune(code).map(c -> c.name()).orElse(code));
        return names;
    }

    private Map<UUID, String> organisationNames(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> known = ids.stream().filter(java.util.Objects::nonNull).toList();
        for (OrganisationView o : directory.organisations(known)) names.put(o.id(), o.name());
        return names;
    }
}
