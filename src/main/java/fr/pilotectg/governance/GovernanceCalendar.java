package fr.pilotectg.governance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coming meetings of conventions the caller has already checked the user may read (the home page, issue 16): one
 * statement for any number of conventions.
 */
@Service
@Transactional(readOnly = true)
public class GovernanceCalendar {

    private final JdbcClient jdbc;

    GovernanceCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting to come: its body's kind (label {@code governance.kind.<KIND>}) and name, and its date. */
    public record ComingMeeting(UUID id, UUID conventionId, String kind, String body, LocalDate heldOn) {}

    /** The meetings of these conventions from {@code today} on, soonest first, at most {@code limit}. */
    public List<ComingMeeting> coming(Collection<UUID> conventions, LocalDate today, int limit) {
        if (conventions.isEmpty()) return List.of();
        return jdbc.sql("""
                        SELECT m.id, m.convention_id, b.kind, b.name, m.held_on
                        FROM governance.meeting m JOIN governance.body b ON b.id = m.body_id
                        WHERE m.convention_id = ANY(:ids) AND m.held_on >= :today
                        ORDER BY m.held_on, b.name, m.id LIMIT :limit""")
                .param("ids", conventions.toArray(UUID[]::new))
                .param("today", today)
                .param("limit", limit)
                .query((rs, n) -> new ComingMeeting(
                        rs.getObject("id", UUID.class),
                        rs.getObject("convention_id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("name"),
                        rs.getObject("held_on", LocalDate.class)))
                .list();
    }

    /** The next COPIL of each of these conventions (at most one each). */
    public List<ComingMeeting> nextCopils(Collection<UUID> conventions, LocalDate today) {
        if (conventions.isEmpty()) return List.of();
        return jdbc.sql("""
                        SELECT DISTINCT ON (m.convention_id) m.id, m.convention_id, b.kind, b.name, m.held_on
                        FROM governance.meeting m JOIN governance.body b ON b.id = m.body_id
                        WHERE m.convention_id = ANY(:ids) AND m.held_on >= :today AND b.kind = 'COPIL'
                        ORDER BY m.convention_id, m.held_on, m.id""")
                .param("ids", conventions.toArray(UUID[]::new))
                .param("today", today)
                .query((rs, n) -> new ComingMeeting(
                        rs.getObject("id", UUID.class),
                        rs.getObject("convention_id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("name"),
                        rs.getObject("held_on", LocalDate.class)))
                .list();
    }
}
