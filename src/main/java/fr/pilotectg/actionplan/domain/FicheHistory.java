package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the dated history of the fiches' state (status, progress, milestones) that the {@code fiche_state_history}
 * trigger writes on every save (migration {@code V2__fiche_state_history}): what a fiche was at the end of a past day.
 * A fiche entered after that day is taken as it was entered (the plan describes the whole convention, whenever it was
 * typed in); a later change is never read into the past.
 */
@Repository
public class FicheHistory {

    private static final TypeReference<List<Milestone>> MILESTONES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    FicheHistory(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A fiche's state at the end of a day; {@code late}: not done nor abandoned, with a milestone due that day or before
     * and not done (at the end of 31 December, a milestone due on 31 December and not done is late).
     */
    public record State(FicheStatus status, int progress, List<Milestone> milestones, boolean late) {}

    /** The state of each fiche of the convention at the end of {@code day}, by fiche id. */
    public Map<UUID, State> statesAt(UUID conventionId, LocalDate day) {
        OffsetDateTime until = day.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        Map<UUID, State> states = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (fiche_id) fiche_id, status, progress, milestones::text AS milestones
                        FROM actionplan.fiche_state WHERE convention_id = :c
                        ORDER BY fiche_id, recorded_at < :until DESC,
                                 CASE WHEN recorded_at < :until THEN recorded_at END DESC NULLS LAST,
                                 CASE WHEN recorded_at < :until THEN seq END DESC NULLS LAST, recorded_at, seq""")
                .param("c", conventionId)
                .param("until", until)
                .query((rs, n) -> {
                    FicheStatus status = FicheStatus.valueOf(rs.getString("status"));
                    List<Milestone> milestones = json.readValue(rs.getString("milestones"), MILESTONES);
                    boolean late = !status.isClosed() && milestones.stream().anyMatch(m -> m.lateOn(day.plusDays(1)));
                    states.put(
                            rs.getObject("fiche_id", UUID.class),
                            new State(status, rs.getInt("progress"), milestones, late));
                    return null;
                })
                .list();
        return states;
    }
}
