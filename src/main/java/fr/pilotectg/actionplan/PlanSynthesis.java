package fr.pilotectg.actionplan;

import fr.pilotectg.shared.PartialDate;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plans seen from the home page (issue 16), for conventions the caller has already checked the user may read
 * ({@code Conventions.inForce}): each question is one statement for any number of conventions.
 */
@Service
@Transactional(readOnly = true)
public class PlanSynthesis {

    /** Fiches not done nor abandoned. */
    private static final String OPEN = "f.status NOT IN ('DONE', 'ABANDONED')";

    private final JdbcClient jdbc;

    PlanSynthesis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An axis of a convention's plan: its fiches (abandoned ones left out), those done, and their mean progress (0–100,
     * null with no fiche).
     */
    public record AxisProgress(UUID conventionId, String axis, int fiches, int done, Integer meanProgress) {}

    /** The plan's axes of each convention, in the plan's order, with their progress. */
    public List<AxisProgress> progressByAxis(Collection<UUID> conventions) {
        if (conventions.isEmpty()) return List.of();
        return jdbc.sql("""
                        SELECT a.convention_id, a.title,
                               count(f.id) FILTER (WHERE f.status <> 'ABANDONED') AS fiches,
                               count(f.id) FILTER (WHERE f.status = 'DONE') AS done,
                               round(avg(f.progress) FILTER (WHERE f.status <> 'ABANDONED')) AS mean
                        FROM actionplan.axis a
                        LEFT JOIN actionplan.fiche f ON f.axis_id = a.id
                        WHERE a.convention_id = ANY(:ids)
                        GROUP BY a.convention_id, a.id, a.title, a.position
                        ORDER BY a.convention_id, a.position""")
                .param("ids", conventions.toArray(UUID[]::new))
                .query((rs, n) -> new AxisProgress(
                        rs.getObject("convention_id", UUID.class),
                        rs.getString("title"),
                        rs.getInt("fiches"),
                        rs.getInt("done"),
                        rs.getObject("mean") == null ? null : rs.getInt("mean")))
                .list();
    }

    /** Late: a milestone past and not done. Due: a milestone not done falls due from today to the quarter's end. */
    public enum Urgency {
        LATE,
        DUE_THIS_QUARTER
    }

    /** A fiche that needs attention, with its earliest milestone concerned and the number of fiches in its group. */
    public record FicheToWatch(
            Urgency urgency,
            UUID id,
            UUID conventionId,
            String title,
            PartialDate dueOn,
            String milestone,
            long total) {}

    /**
     * The open fiches of these conventions that are late or fall due before the end of the quarter of {@code today},
     * at most {@code limit} of each kind (earliest milestone first), each with its kind's total: one statement.
     */
    public List<FicheToWatch> fichesToWatch(Collection<UUID> conventions, LocalDate today, int limit) {
        if (conventions.isEmpty()) return List.of();
        LocalDate quarterEnd = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 3)
                .withDayOfMonth(1)
                .plusMonths(1)
                .minusDays(1);
        return jdbc.sql("""
                        SELECT urgency, id, convention_id, title, due_text, label, total FROM (
                          SELECT urgency, id, convention_id, title, due_on, due_text, label,
                                 count(*) OVER (PARTITION BY urgency) AS total,
                                 row_number() OVER (PARTITION BY urgency ORDER BY due_on, title, id) AS rank
                          FROM (
                            SELECT DISTINCT ON (f.id, u.urgency) u.urgency, f.id, f.convention_id, f.title,
                                   actionplan.due_by(m ->> 'dueOn') AS due_on, m ->> 'dueOn' AS due_text,
                                   m ->> 'label' AS label
                            FROM actionplan.fiche f
                            CROSS JOIN LATERAL jsonb_array_elements(coalesce(f.content -> 'milestones', '[]'::jsonb)) AS m
                            CROSS JOIN LATERAL (SELECT CASE
                                WHEN actionplan.due_by(m ->> 'dueOn') < :today THEN 'LATE'
                                WHEN actionplan.due_by(m ->> 'dueOn') <= :quarterEnd THEN 'DUE_THIS_QUARTER' END AS urgency) AS u
                            WHERE f.convention_id = ANY(:ids)""" + " AND " + OPEN + """
                              AND coalesce(m ->> 'done', 'false') <> 'true' AND m ->> 'dueOn' IS NOT NULL
                              AND u.urgency IS NOT NULL
                            ORDER BY f.id, u.urgency, actionplan.due_by(m ->> 'dueOn')
                          ) AS concerned
                        ) AS ranked WHERE rank <= :limit ORDER BY urgency DESC, rank""")
                .param("ids", conventions.toArray(UUID[]::new))
                .param("today", today)
                .param("quarterEnd", quarterEnd)
                .param("limit", limit)
                .query((rs, n) -> new FicheToWatch(
                        Urgency.valueOf(rs.getString("urgency")),
                        rs.getObject("id", UUID.class),
                        rs.getObject("convention_id", UUID.class),
                        rs.getString("title"),
                        java.util.Objects.requireNonNull(PartialDate.parse(rs.getString("due_text"))),
                        rs.getString("label"),
                        rs.getLong("total")))
                .list();
    }
}
