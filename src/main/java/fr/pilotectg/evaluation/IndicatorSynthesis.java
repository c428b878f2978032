package fr.pilotectg.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of conventions seen from the home page (issue 16), for conventions the caller has already checked the
 * user may read ({@code Conventions.inForce}): one statement for any number of conventions.
 *
 * <p>An indicator entered by people is read at the last year that has both a measured value and a target (as the
 * evaluation page reads « cible atteinte » for a year): on track when the value reaches the target in the indicator's
 * direction, behind otherwise. Without such a year it is « non renseigné » — never counted as on track nor behind. The
 * indicators the application computes (places created, actions done…) are counted apart: their values are computed on
 * reading, on the evaluation page.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorSynthesis {

    private final JdbcClient jdbc;

    IndicatorSynthesis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A convention's indicators against their targets.
     *
     * @param onTrack entered indicators whose last value with a target reaches it
     * @param behind entered indicators whose last value with a target does not reach it
     * @param unknown entered indicators without any year having both a value and a target
     * @param computed indicators the application computes itself
     */
    public record TargetCounts(UUID conventionId, int onTrack, int behind, int unknown, int computed) {

        public int total() {
            return onTrack + behind + unknown + computed;
        }
    }

    /** The counts of each of these conventions that follows at least one indicator. */
    public List<TargetCounts> againstTargets(Collection<UUID> conventions) {
        if (conventions.isEmpty()) return List.of();
        return jdbc.sql("""
                        SELECT convention_id,
                               count(*) FILTER (WHERE computation IS NULL AND reached) AS on_track,
                               count(*) FILTER (WHERE computation IS NULL AND NOT reached) AS behind,
                               count(*) FILTER (WHERE computation IS NULL AND reached IS NULL) AS unknown,
                               count(*) FILTER (WHERE computation IS NOT NULL) AS computed
                        FROM (
                          SELECT i.convention_id, i.computation,
                                 CASE WHEN i.direction = 'LOWER_IS_BETTER' THEN last.value <= last.target
                                      ELSE last.value >= last.target END AS reached
                          FROM evaluation.indicator i
                          LEFT JOIN LATERAL (
                            SELECT (m.value ->> 'value')::numeric AS value, (i.targets ->> m.key)::numeric AS target
                            FROM jsonb_each(i.measures) AS m
                            WHERE jsonb_typeof(m.value -> 'value') = 'number'
                              AND jsonb_typeof(i.targets -> m.key) = 'number'
                            ORDER BY m.key::int DESC LIMIT 1
                          ) AS last ON true
                          WHERE i.convention_id = ANY(:ids)
                        ) AS judged
                        GROUP BY convention_id""")
                .param("ids", conventions.toArray(UUID[]::new))
                .query((rs, n) -> new TargetCounts(
                        rs.getObject("convention_id", UUID.class),
                        rs.getInt("on_track"),
                        rs.getInt("behind"),
                        rs.getInt("unknown"),
                        rs.getInt("computed")))
                .list();
    }
}
