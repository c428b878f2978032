package fr.pilotectg.governance.web;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.governance.GovernanceWarning;
import fr.pilotectg.governance.domain.AgendaItem;
import fr.pilotectg.governance.domain.Attendance;
import fr.pilotectg.governance.domain.BodyData;
import fr.pilotectg.governance.domain.BodyKind;
import fr.pilotectg.governance.domain.Compliance;
import fr.pilotectg.governance.domain.Decision;
import fr.pilotectg.governance.domain.EtpTotal;
import fr.pilotectg.governance.domain.FrequencyRule;
import fr.pilotectg.governance.domain.GovernanceBodies;
import fr.pilotectg.governance.domain.GovernanceMeetings;
import fr.pilotectg.governance.domain.GovernancePosts;
import fr.pilotectg.governance.domain.GovernanceReads;
import fr.pilotectg.governance.domain.GovernanceViews;
import fr.pilotectg.governance.domain.MeetingData;
import fr.pilotectg.governance.domain.Member;
import fr.pilotectg.governance.domain.Post;
import fr.pilotectg.governance.domain.PostData;
import fr.pilotectg.governance.domain.Seat;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The governance API of a convention: bodies (seats, members, frequency rule), meetings (agenda, attendance, minutes,
 * decisions that may change a fiche action's status), posts of chargés de coopération (ETP, Caf share, activity
 * reports), the calendar of expected meetings and the warnings. Changes carry the {@code version} read (409
 * {@code CONCURRENT_MODIFICATION} if stale); field errors come back as problem+json {@code fields} in French.
 */
@RestController
@Tag(name = "Gouvernance")
class GovernanceRestController {

    private static final String BASE = "/api/v1/conventions/{id}/governance";

    private final GovernanceReads reads;
    private final GovernanceBodies bodies;
    private final GovernanceMeetings meetings;
    private final GovernancePosts posts;
    private final MessageSource messages;

    GovernanceRestController(
            GovernanceReads reads,
            GovernanceBodies bodies,
            GovernanceMeetings meetings,
            GovernancePosts posts,
            MessageSource messages) {
        this.reads = reads;
        this.bodies = bodies;
        this.meetings = meetings;
        this.posts = posts;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- requests and responses

    record BodyRequest(
            Integer version,
            BodyKind kind,
            String name,
            String commune,
            String chairing,
            String animation,
            String secretariat,
            List<String> missions,
            List<Seat> seats,
            List<Member> members,
            FrequencyRule frequency,
            Boolean parity,
            String note) {

        BodyData data() {
            return new BodyData(
                    kind,
                    name,
                    commune,
                    chairing,
                    animation,
                    secretariat,
                    missions,
                    seats,
                    members,
                    frequency,
                    parity != null && parity,
                    note);
        }
    }

    record BodyResponse(
            UUID id,
            UUID conventionId,
            BodyKind kind,
            String name,
            String commune,
            String communeName,
            String chairing,
            String animation,
            String secretariat,
            List<String> missions,
            List<Seat> seats,
            List<Member> members,
            FrequencyRule frequency,
            boolean parity,
            boolean parityBroken,
            int totalSeats,
            String note,
            int version) {

        static BodyResponse of(GovernanceViews.BodyView v) {
            BodyData d = v.body().data();
            return new BodyResponse(
                    v.id(),
                    v.body().conventionId(),
                    d.kind(),
                    d.name(),
                    d.commune(),
                    v.communeName(),
                    d.chairing(),
                    d.animation(),
                    d.secretariat(),
                    d.missions(),
                    d.seats(),
                    d.members(),
                    d.frequency(),
                    d.parity(),
                    v.parityBroken(),
                    v.body().totalSeats(),
                    d.note(),
                    v.version());
        }
    }

    record MeetingRequest(
            Integer version,
            UUID bodyId,
            LocalDate date,
            String place,
            List<AgendaItem> agenda,
            List<Attendance> attendance,
            String minutes,
            String note) {

        MeetingData data() {
            return new MeetingData(bodyId, date, place, agenda, attendance, minutes, note);
        }
    }

    record MeetingResponse(
            UUID id,
            UUID conventionId,
            UUID bodyId,
            String bodyName,
            BodyKind bodyKind,
            LocalDate date,
            boolean held,
            String place,
            List<AgendaItem> agenda,
            List<Attendance> attendance,
            String minutes,
            List<Decision> decisions,
            String note,
            int version) {

        static MeetingResponse of(GovernanceViews.MeetingView v) {
            MeetingData d = v.meeting().data();
            return new MeetingResponse(
                    v.id(),
                    v.meeting().conventionId(),
                    d.bodyId(),
                    v.bodyName(),
                    v.bodyKind(),
                    d.date(),
                    v.held(),
                    d.place(),
                    d.agenda(),
                    d.attendance(),
                    d.minutes(),
                    v.meeting().decisions(),
                    d.note(),
                    v.version());
        }
    }

    record DecisionRequest(Integer version, String text, UUID ficheId, FicheStatus status, String reason) {}

    record PostRequest(
            Integer version,
            PostData.PostRole role,
            String commune,
            String theme,
            BigDecimal etp,
            BigDecimal requestedEtp,
            String person,
            String contact,
            UUID employerId,
            BigDecimal cafShare,
            String targetReference,
            LocalDate targetDate,
            PostData.PostStatus status,
            String note) {

        PostData data() {
            return new PostData(
                    role,
                    commune,
                    theme,
                    etp,
                    requestedEtp,
                    person,
                    contact,
                    employerId,
                    cafShare,
                    targetReference,
                    targetDate,
                    status,
                    note);
        }
    }

    record PostResponse(
            UUID id,
            UUID conventionId,
            PostData.PostRole role,
            String commune,
            String communeName,
            String theme,
            BigDecimal etp,
            BigDecimal requestedEtp,
            String person,
            String contact,
            UUID employerId,
            String employerName,
            BigDecimal cafShare,
            String targetReference,
            LocalDate targetDate,
            PostData.PostStatus status,
            String note,
            List<Post.Report> reports,
            Post.Report nextReport,
            int version) {

        static PostResponse of(GovernanceViews.PostView v) {
            PostData d = v.post().data();
            return new PostResponse(
                    v.id(),
                    v.post().conventionId(),
                    d.role(),
                    d.commune(),
                    v.communeName(),
                    d.theme(),
                    d.etp(),
                    d.requestedEtp(),
                    d.person(),
                    d.contact(),
                    d.employerId(),
                    v.employerName(),
                    d.cafShare(),
                    d.targetReference(),
                    d.targetDate(),
                    d.status(),
                    d.note(),
                    v.reports(),
                    v.nextReport(),
                    v.version());
        }
    }

    record ReportRequest(Integer version, Integer year, LocalDate receivedOn) {}

    record WarningResponse(
            String code, UUID subjectId, String subject, String period, LocalDate expectedBy, String message) {}

    record GovernanceResponse(
            UUID conventionId,
            String conventionTitle,
            LocalDate today,
            List<BodyResponse> bodies,
            List<MeetingResponse> meetings,
            List<PostResponse> posts,
            EtpTotalResponse postsEtp,
            List<Compliance.Slot> calendar,
            List<WarningResponse> warnings) {}

    /**
     * The posts' ETP added up: {@code knownEtp} over the {@code knownPosts} whose ETP is known; {@code unknownPosts}
     * have no known ETP (never counted as 0); {@code text} says it in French (« 3 ETP connus + 1 poste non renseigné »).
     */
    record EtpTotalResponse(BigDecimal knownEtp, int knownPosts, int unknownPosts, String text) {}

    // ---------------------------------------------------------------- overview

    @GetMapping(BASE)
    @Operation(
            summary =
                    "La gouvernance d’une convention : instances, réunions, postes, calendrier attendu et points d’attention")
    GovernanceResponse governance(@PathVariable UUID id) {
        return of(reads.overview(id));
    }

    private GovernanceResponse of(GovernanceViews.Overview o) {
        return new GovernanceResponse(
                o.convention().id(),
                o.convention().title(),
                o.today(),
                o.bodies().stream().map(BodyResponse::of).toList(),
                o.meetings().stream().map(MeetingResponse::of).toList(),
                o.posts().stream().map(PostResponse::of).toList(),
                etpTotal(o.postsEtp()),
                o.calendar(),
                warnings(o.warnings()));
    }

    private EtpTotalResponse etpTotal(EtpTotal total) {
        return new EtpTotalResponse(
                total.knownEtp(),
                total.knownPosts(),
                total.unknownPosts(),
                messages.getMessage(total.messageKey(), total.messageArgs(), Locale.FRANCE));
    }

    @GetMapping(BASE + "/calendar")
    @Operation(
            summary =
                    "Le calendrier des réunions attendues (selon les fréquences) et tenues, sur toute la durée de la convention")
    List<Compliance.Slot> calendar(@PathVariable UUID id) {
        return reads.overview(id).calendar();
    }

    @GetMapping(BASE + "/warnings")
    @Operation(
            summary =
                    "Les points d’attention : réunions attendues non tenues, COPIL sans COTECH préparatoire, parité, bilans en retard")
    List<WarningResponse> warnings(@PathVariable UUID id) {
        return warnings(reads.overview(id).warnings());
    }

    private List<WarningResponse> warnings(List<GovernanceWarning> warnings) {
        return warnings.stream()
                .map(w -> new WarningResponse(
                        w.code(),
                        w.subjectId(),
                        w.subject(),
                        w.period(),
                        w.expectedBy(),
                        messages.getMessage(w.messageKey(), w.argArray(), Locale.FRANCE)))
                .toList();
    }

    // ---------------------------------------------------------------- bodies

    @PostMapping(BASE + "/bodies")
    @Operation(
            summary =
                    "Décrire une instance (type, échelle, sièges par institution, membres, missions, fréquence, parité)")
    ResponseEntity<BodyResponse> createBody(@PathVariable UUID id, @RequestBody BodyRequest request) {
        UUID bodyId = bodies.createBody(id, request.data());
        return created(id, "bodies", bodyId, body(id, bodyId));
    }

    @GetMapping(BASE + "/bodies/{bodyId}")
    @Operation(summary = "Une instance")
    BodyResponse body(@PathVariable UUID id, @PathVariable UUID bodyId) {
        return BodyResponse.of(reads.body(id, bodyId));
    }

    @PutMapping(BASE + "/bodies/{bodyId}")
    @Operation(summary = "Modifier une instance (avec la version lue)")
    BodyResponse updateBody(@PathVariable UUID id, @PathVariable UUID bodyId, @RequestBody BodyRequest request) {
        bodies.updateBody(id, bodyId, RequiredVersion.of(request.version()), request.data());
        return body(id, bodyId);
    }

    // ---------------------------------------------------------------- meetings

    @PostMapping(BASE + "/meetings")
    @Operation(
            summary =
                    "Enregistrer une réunion (date dans la période de la convention, ordre du jour, présence, compte rendu)")
    ResponseEntity<MeetingResponse> createMeeting(@PathVariable UUID id, @RequestBody MeetingRequest request) {
        UUID meetingId = meetings.createMeeting(id, request.data());
        return created(id, "meetings", meetingId, meeting(id, meetingId));
    }

    @GetMapping(BASE + "/meetings/{meetingId}")
    @Operation(summary = "Une réunion et ses décisions")
    MeetingResponse meeting(@PathVariable UUID id, @PathVariable UUID meetingId) {
        return MeetingResponse.of(reads.meeting(id, meetingId).meeting());
    }

    @PutMapping(BASE + "/meetings/{meetingId}")
    @Operation(summary = "Modifier une réunion (avec la version lue ; ses décisions sont conservées)")
    MeetingResponse updateMeeting(
            @PathVariable UUID id, @PathVariable UUID meetingId, @RequestBody MeetingRequest request) {
        meetings.updateMeeting(id, meetingId, RequiredVersion.of(request.version()), request.data());
        return meeting(id, meetingId);
    }

    @PostMapping(BASE + "/meetings/{meetingId}/decisions")
    @Operation(
            summary =
                    "Ajouter une décision ; avec ficheId et status, le statut de la fiche change et son historique cite la réunion")
    MeetingResponse addDecision(
            @PathVariable UUID id, @PathVariable UUID meetingId, @RequestBody DecisionRequest request) {
        meetings.addDecision(
                id,
                meetingId,
                RequiredVersion.of(request.version()),
                request.text(),
                request.ficheId(),
                request.status(),
                request.reason());
        return meeting(id, meetingId);
    }

    // ---------------------------------------------------------------- posts

    @PostMapping(BASE + "/posts")
    @Operation(
            summary =
                    "Décrire un poste de chargé de coopération ou de chef de projet (ETP, employeur, part Caf, référentiel)")
    ResponseEntity<PostResponse> createPost(@PathVariable UUID id, @RequestBody PostRequest request) {
        UUID postId = posts.createPost(id, request.data());
        return created(id, "posts", postId, post(id, postId));
    }

    @GetMapping(BASE + "/posts/{postId}")
    @Operation(summary = "Un poste et ses bilans d’activité annuels dus à la Caf")
    PostResponse post(@PathVariable UUID id, @PathVariable UUID postId) {
        return PostResponse.of(reads.post(id, postId));
    }

    @PutMapping(BASE + "/posts/{postId}")
    @Operation(summary = "Modifier un poste (avec la version lue)")
    PostResponse updatePost(@PathVariable UUID id, @PathVariable UUID postId, @RequestBody PostRequest request) {
        posts.updatePost(id, postId, RequiredVersion.of(request.version()), request.data());
        return post(id, postId);
    }

    @PostMapping(BASE + "/posts/{postId}/reports")
    @Operation(summary = "Enregistrer le bilan d’activité d’une année comme reçu (receivedOn : aujourd’hui par défaut)")
    PostResponse receiveReport(@PathVariable UUID id, @PathVariable UUID postId, @RequestBody ReportRequest request) {
        posts.receiveReport(id, postId, RequiredVersion.of(request.version()), request.year(), request.receivedOn());
        return post(id, postId);
    }

    /** 201 with the new resource's address, under the convention's governance. */
    private static <T> ResponseEntity<T> created(UUID conventionId, String collection, UUID id, T body) {
        return ResponseEntity.created(
                        URI.create("/api/v1/conventions/" + conventionId + "/governance/" + collection + "/" + id))
                .body(body);
    }
}
