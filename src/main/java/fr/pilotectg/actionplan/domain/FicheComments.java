package fr.pilotectg.actionplan.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a fiche: who, when, a text of at most {@link #MAX_LENGTH} characters, and colleagues mentioned — picked
 * among the users who may read the convention — who then see the comment on their home page until they mark it read.
 * Reading them follows the convention's reading guard; writing one, its change guard (readers do not comment); each
 * comment is written in the fiche's history.
 */
@Service
public class FicheComments {

    public static final int MAX_LENGTH = 2000;
    private static final int SHOWN = 200;

    /** A comment on the fiche page. */
    public record Comment(UUID id, String author, String text, OffsetDateTime at, List<String> mentioned) {}

    /** A mention on the colleague's home page. */
    public record Mention(
            UUID id,
            UUID ficheId,
            String ficheTitle,
            String conventionTitle,
            String author,
            String text,
            OffsetDateTime at) {}

    /** The comments of a fiche, whether the user may add one, and whom they may mention. */
    public record Thread(List<Comment> comments, boolean canComment, List<Directory.Colleague> mentionable) {}

    private final FicheFlow flow;
    private final CommentRepository comments;
    private final Conventions conventions;
    private final Directory directory;
    private final PlanAudit audit;
    private final Clock clock;

    FicheComments(
            FicheFlow flow,
            CommentRepository comments,
            Conventions conventions,
            Directory directory,
            PlanAudit audit,
            Clock clock) {
        this.flow = flow;
        this.comments = comments;
        this.conventions = conventions;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Thread thread(UUID ficheId) {
        var stored = flow.load(ficheId);
        ConventionSummary convention =
                conventions.readable(stored.fiche().conventionId(), () -> FicheFlow.ficheNotFound(ficheId));
        boolean canComment = conventions.canWrite(convention);
        UUID me = CurrentUser.optional().map(PiloteUser::id).orElse(null);
        return new Thread(
                comments.comments(ficheId, SHOWN).stream()
                        .map(c -> new Comment(c.id(), c.authorName(), c.text(), c.createdAt(), c.mentioned()))
                        .toList(),
                canComment,
                canComment
                        ? directory.readersOf(convention.footprint()).stream()
                                .filter(u -> !u.id().equals(me))
                                .toList()
                        : List.of());
    }

    /** Adds a comment to the fiche, mentioning {@code mentionIds} (each must be able to read the convention). */
    @Transactional
    public UUID comment(UUID ficheId, String text, List<UUID> mentionIds) {
        var stored = flow.load(ficheId);
        ConventionSummary convention =
                conventions.writable(stored.fiche().conventionId(), () -> FicheFlow.ficheNotFound(ficheId));
        String body = text == null ? "" : text.strip();
        var problems = new ArrayList<FieldProblem>(
                InputLimits.check().text("text", body, MAX_LENGTH).problems());
        if (body.isEmpty()) problems.add(FieldProblem.of("text", ActionPlanErrors.COMMENT_REQUIRED));
        Set<UUID> asked = new LinkedHashSet<>(mentionIds == null ? List.<UUID>of() : mentionIds);
        asked.remove(null);
        InputLimits.check().list("mentions", List.copyOf(asked)).problems().forEach(problems::add);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        Map<UUID, Directory.Colleague> readers = directory.readersAmong(convention.footprint(), asked).stream()
                .collect(Collectors.toMap(Directory.Colleague::id, Function.identity()));
        List<Directory.Colleague> mentioned = new ArrayList<>();
        for (UUID id : asked) {
            Directory.Colleague colleague = readers.get(id);
            if (colleague == null)
                problems.add(FieldProblem.of("mentions", ActionPlanErrors.COMMENT_MENTION_NOT_READER));
            else mentioned.add(colleague);
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        PiloteUser author = CurrentUser.require();
        UUID id = UUID.randomUUID();
        comments.insert(
                id,
                ficheId,
                convention.id(),
                author.id(),
                author.displayName(),
                body,
                OffsetDateTime.now(clock),
                mentioned);
        String names = mentioned.stream().map(Directory.Colleague::displayName).collect(Collectors.joining(", "));
        audit.record(
                PlanAudit.FICHE_ENTITY,
                ficheId,
                "commented",
                mentioned.isEmpty()
                        ? audit.text("fiche.comment", excerpt(body))
                        : audit.text("fiche.comment.mentions", excerpt(body), names),
                List.of(audit.change("comment", null, body)),
                convention);
        return id;
    }

    /** The current user's unread mentions in the conventions they may still read, the latest first. */
    @Transactional(readOnly = true)
    public List<Mention> unreadMentions(int limit) {
        var user = CurrentUser.optional();
        if (user.isEmpty()) return List.of();
        List<Mention> mentions = new ArrayList<>();
        Map<UUID, java.util.Optional<ConventionSummary>> visible = new java.util.HashMap<>();
        for (var m : comments.unread(user.get().id(), limit)) {
            var convention = visible.computeIfAbsent(
                    m.conventionId(), id -> conventions.find(id).filter(conventions::canRead));
            if (convention.isEmpty()) continue;
            mentions.add(new Mention(
                    m.id(),
                    m.ficheId(),
                    m.ficheTitle(),
                    convention.get().title(),
                    m.authorName(),
                    m.text(),
                    m.createdAt()));
        }
        return mentions;
    }

    /** Marks one of the current user's mentions read; 404 when it is not theirs or already read. */
    @Transactional
    public void markRead(UUID mentionId) {
        PiloteUser user = CurrentUser.require();
        if (mentionId == null || !comments.markRead(mentionId, user.id(), OffsetDateTime.now(clock)))
            throw DomainException.notFound(ActionPlanErrors.MENTION_NOT_FOUND, String.valueOf(mentionId));
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }
}
