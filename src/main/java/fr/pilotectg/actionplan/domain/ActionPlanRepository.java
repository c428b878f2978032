package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores axes and fiches with explicit SQL. A fiche's template fields are one JSON document; status, progress, pilot
 * and title are also columns. Every save of a fiche or an axis carries the version it was read at (optimistic locking).
 */
@Repository
public class ActionPlanRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ActionPlanRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A fiche as stored, with the version its next save must carry. */
    public record StoredFiche(Fiche fiche, int version) {}

    /** An axis as stored, with its version. */
    public record StoredAxis(Axis axis, int version) {}

    // ---------------------------------------------------------------- axes

    public List<StoredAxis> axes(UUID conventionId) {
        return jdbc.sql("""
                        SELECT id, convention_id, position, title, commune, domains, enjeux, version FROM actionplan.axis
                        WHERE convention_id = :c ORDER BY position, title""").param("c", conventionId).query((rs, n) -> axis(rs)).list();
    }

    public Optional<StoredAxis> findAxis(UUID id) {
        return jdbc.sql(
                        "SELECT id, convention_id, position, title, commune, domains, enjeux, version FROM actionplan.axis WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> axis(rs))
                .optional();
    }

    public boolean axisExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM actionplan.axis WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public int nextAxisPosition(UUID conventionId) {
        return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM actionplan.axis WHERE convention_id = :c")
                .param("c", conventionId)
                .query(Integer.class)
                .single();
    }

    public void insertAxis(Axis axis, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        INSERT INTO actionplan.axis (id, convention_id, position, title, commune, domains, enjeux, version,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :c, :position, :title, :commune, :domains, :enjeux, 0, :now, :actor, :now, :actor)""")
                .param("id", axis.id())
                .param("c", axis.conventionId())
                .param("position", axis.position())
                .param("title", axis.title())
                .param("commune", axis.commune())
                .param("domains", axis.domains().toArray(String[]::new))
                .param("enjeux", axis.enjeux().toArray(String[]::new))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    private static StoredAxis axis(ResultSet rs) throws SQLException {
        return new StoredAxis(
                new Axis(
                        rs.getObject("id", UUID.class),
                        rs.getObject("convention_id", UUID.class),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getString("commune"),
                        strings(rs.getArray("domains")),
                        strings(rs.getArray("enjeux"))),
                rs.getInt("version"));
    }

    // ---------------------------------------------------------------- fiches

    private static final String FICHE_COLUMNS =
            "id, convention_id, axis_id, position, status, progress, abandon_reason, content, version FROM actionplan.fiche";

    public List<StoredFiche> fiches(UUID conventionId) {
        return jdbc.sql("SELECT " + FICHE_COLUMNS + " WHERE convention_id = :c ORDER BY position")
                .param("c", conventionId)
                .query((rs, n) -> fiche(rs))
                .list();
    }

    public Optional<StoredFiche> findFiche(UUID id) {
        return jdbc.sql("SELECT " + FICHE_COLUMNS + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> fiche(rs))
                .optional();
    }

    /** The convention of each fiche among {@code ids} that exists. */
    /** Whether another fiche of {@code axisId} than {@code ficheId} carries the number {@code number} in its axis. */
    public boolean numberTaken(UUID axisId, UUID ficheId, String number) {
        return jdbc.sql("""
                                SELECT count(*) FROM actionplan.fiche
                                WHERE axis_id = :axis AND id <> :fiche AND content ->> 'numberInAxis' = :number""")
                        .param("axis", axisId)
                        .param("fiche", ficheId)
                        .param("number", number)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<UUID[]> conventionsOf(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("SELECT id, convention_id FROM actionplan.fiche WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
    }

    public boolean ficheExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM actionplan.fiche WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public int nextFichePosition(UUID conventionId) {
        return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM actionplan.fiche WHERE convention_id = :c")
                .param("c", conventionId)
                .query(Integer.class)
                .single();
    }

    public void insertFiche(Fiche fiche, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        INSERT INTO actionplan.fiche (id, convention_id, axis_id, position, title, status, progress, abandon_reason,
                            pilot_id, content, version, created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :c, :axis, :position, :title, :status, :progress, :reason, :pilot, CAST(:content AS jsonb), 0,
                            :now, :actor, :now, :actor)""")
                .param("id", fiche.id())
                .param("c", fiche.conventionId())
                .param("position", fiche.position())
                .params(columns(fiche))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /** Saves a fiche read at {@code expectedVersion}; {@link OptimisticLockingFailureException} if it changed since. */
    public int updateFiche(Fiche fiche, int expectedVersion, String actor) {
        int updated = jdbc.sql("""
                        UPDATE actionplan.fiche SET axis_id = :axis, title = :title, status = :status, progress = :progress,
                            abandon_reason = :reason, pilot_id = :pilot, content = CAST(:content AS jsonb), version = version + 1,
                            updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :expected""")
                .param("id", fiche.id())
                .params(columns(fiche))
                .param("expected", expectedVersion)
                .param("now", OffsetDateTime.now(clock))
                .param("actor", actor)
                .update();
        if (updated == 0) throw new OptimisticLockingFailureException("fiche " + fiche.id() + " changed since read");
        return expectedVersion + 1;
    }

    private java.util.Map<String, Object> columns(Fiche fiche) {
        var columns = new java.util.HashMap<String, Object>();
        columns.put("axis", fiche.axisId());
        columns.put("title", fiche.content().title());
        columns.put("status", fiche.status().name());
        columns.put("progress", fiche.progress());
        columns.put("reason", fiche.abandonReason());
        columns.put("pilot", fiche.content().pilotId());
        columns.put("content", json.writeValueAsString(fiche.content()));
        return columns;
    }

    private StoredFiche fiche(ResultSet rs) throws SQLException {
        FicheContent content = json.readValue(rs.getString("content"), FicheContent.class);
        Fiche fiche = Fiche.restore(
                rs.getObject("id", UUID.class),
                rs.getObject("convention_id", UUID.class),
                rs.getObject("axis_id", UUID.class),
                rs.getInt("position"),
                content,
                FicheStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"),
                rs.getString("abandon_reason"));
        return new StoredFiche(fiche, rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
