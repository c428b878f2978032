package fr.pilotectg.governance.domain;

import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.governance.GovernanceWarning;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the governance pages and the API show. */
public final class GovernanceViews {

    private GovernanceViews() {}

    /** {@code canEdit}: the current user may change this body and its meetings (ADR 0003). */
    public record BodyView(Body body, int version, boolean parityBroken, String communeName, boolean canEdit) {
        public UUID id() {
            return body.id();
        }
    }

    public record MeetingView(Meeting meeting, int version, String bodyName, BodyKind bodyKind, boolean held) {
        public UUID id() {
            return meeting.id();
        }
    }

    public record PostView(
            Post post,
            int version,
            String communeName,
            String employerName,
            List<Post.Report> reports,
            Post.Report nextReport,
            boolean canEdit) {
        public UUID id() {
            return post.id();
        }
    }

    /**
     * A convention's governance: bodies, meetings, posts, the calendar of expected meetings and the warnings.
     * {@code canEdit}: the user may add bodies, meetings and posts (their organisation's at least); each body and post
     * says whether it may be changed.
     */
    public record Overview(
            ConventionSummary convention,
            LocalDate today,
            List<BodyView> bodies,
            List<MeetingView> meetings,
            List<PostView> posts,
            List<Compliance.Slot> calendar,
            List<GovernanceWarning> warnings,
            Map<UUID, String> organisationNames,
            boolean canEdit) {

        /** The posts' ETP added up, saying how many have no known ETP. */
        public EtpTotal postsEtp() {
            return EtpTotal.of(posts.stream().map(p -> p.post().data()).toList());
        }
    }

    /** A meeting with its body, the convention's fiches (for agenda and decisions) and the organisations named. */
    public record MeetingDetails(
            ConventionSummary convention,
            MeetingView meeting,
            BodyView body,
            List<FicheSummary> fiches,
            Map<UUID, String> organisationNames,
            LocalDate today,
            boolean canEdit) {

        public String ficheTitle(UUID id) {
            return fiches.stream()
                    .filter(f -> f.id().equals(id))
                    .map(FicheSummary::title)
                    .findFirst()
                    .orElse(String.valueOf(id));
        }
    }

    /** A value a form offers (a commune's INSEE code, an organisation's id) with its name. */
    public record Choice(String value, String label) {}

    /** The choices of the body and post forms. */
    public record FormChoices(List<Choice> communes, List<Choice> organisations) {}
}
