package fr.pilotectg.actionplan.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The comments on fiches and the mentions they carry (schema actionplan, migration V6). */
@Repository
class CommentRepository {

    /** A comment as the fiche page shows it, with the names of those it mentions. */
    record StoredComment(UUID id, String authorName, String text, OffsetDateTime createdAt, List<String> mentioned) {}

    /** A mention not read yet, as the colleague's home page shows it. */
    record StoredMention(
            UUID id,
            UUID ficheId,
            UUID conventionId,
            String ficheTitle,
            String authorName,
            String text,
            OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            UUID ficheId,
            UUID conventionId,
            UUID authorId,
            String authorName,
            String text,
            OffsetDateTime at,
            List<fr.pilotectg.directory.Directory.Colleague> mentioned) {
        jdbc.sql("""
                        INSERT INTO actionplan.fiche_comment (id, fiche_id, convention_id, author_id, author_name, text, created_at)
                        VALUES (:id, :fiche, :convention, :author, :authorName, :text, :at)""")
                .param("id", id)
                .param("fiche", ficheId)
                .param("convention", conventionId)
                .param("author", authorId)
                .param("authorName", authorName)
                .param("text", text)
                .param("at", at)
                .update();
        for (var colleague : mentioned) {
            jdbc.sql("""
                            INSERT INTO actionplan.fiche_mention (id, comment_id, fiche_id, convention_id, user_id, user_name, created_at)
                            VALUES (:id, :comment, :fiche, :convention, :user, :userName, :at)""")
                    .param("id", UUID.randomUUID())
                    .param("comment", id)
                    .param("fiche", ficheId)
                    .param("convention", conventionId)
                    .param("user", colleague.id())
                    .param("userName", colleague.displayName())
                    .param("at", at)
                    .update();
        }
    }

    /** The comments of a fiche, oldest first (at most {@code limit}, the latest ones). */
    List<StoredComment> comments(UUID ficheId, int limit) {
        return jdbc.sql("""
                        SELECT * FROM (
                          SELECT c.id, c.author_name, c.text, c.created_at,
                                 coalesce((SELECT array_agg(m.user_name ORDER BY m.user_name) FROM actionplan.fiche_mention m
                                           WHERE m.comment_id = c.id), '{}') AS mentioned
                          FROM actionplan.fiche_comment c WHERE c.fiche_id = :fiche
                          ORDER BY c.created_at DESC, c.id DESC LIMIT :limit) latest
                        ORDER BY created_at, id""")
                .param("fiche", ficheId)
                .param("limit", limit)
                .query((rs, n) -> new StoredComment(
                        rs.getObject("id", UUID.class),
                        rs.getString("author_name"),
                        rs.getString("text"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        List.of((String[]) rs.getArray("mentioned").getArray())))
                .list();
    }

    /**
     * The unread mentions of {@code userId} (the SQL keeps the user's own only), the latest first; the caller keeps
     * those of conventions the user may still read.
     */
    List<StoredMention> unread(UUID userId, int limit) {
        return jdbc.sql("""
                        SELECT m.id, m.fiche_id, m.convention_id, f.title, c.author_name, c.text, m.created_at
                        FROM actionplan.fiche_mention m
                        JOIN actionplan.fiche_comment c ON c.id = m.comment_id
                        JOIN actionplan.fiche f ON f.id = m.fiche_id
                        WHERE m.user_id = :user AND m.read_at IS NULL
                        ORDER BY m.created_at DESC, m.id LIMIT :limit""")
                .param("user", userId)
                .param("limit", limit)
                .query((rs, n) -> new StoredMention(
                        rs.getObject("id", UUID.class),
                        rs.getObject("fiche_id", UUID.class),
                        rs.getObject("convention_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("author_name"),
                        rs.getString("text"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** Marks the user's own mention read; false when there is no such unread mention of theirs. */
    boolean markRead(UUID mentionId, UUID userId, OffsetDateTime at) {
        return jdbc.sql(
                                "UPDATE actionplan.fiche_mention SET read_at = :at WHERE id = :id AND user_id = :user AND read_at IS NULL")
                        .param("at", at)
                        .param("id", mentionId)
                        .param("user", userId)
                        .update()
                == 1;
    }
}
