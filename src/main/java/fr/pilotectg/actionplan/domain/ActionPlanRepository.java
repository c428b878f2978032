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

    private static final String INSERT_FICHE = """
            INSERT INTO actionplan.fiche (id, convention_id, axis_id, position, title, status, progress, abandon_reason,
                pilot_id, content, version, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :c, :axis, :position, :title, :status, :progress, :reason, :pilot, CAST(:content AS jsonb), 0,
                :now, :actor, :now, :actor)""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batches;
    private final JsonMapper json;
    private final Clock clock;

    ActionPlanRepository(
            JdbcClient jdbc,
            org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batches,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
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

    /** A page of the plan's table: the fiches that match, in the order asked, and how many match in all. */
    public record FichePage(List<StoredFiche> fiches, long total) {}

    private static final String LIST_FROM = """
             FROM actionplan.fiche f JOIN actionplan.axis a ON a.id = f.axis_id
             WHERE f.convention_id = :c
               AND (CAST(:axis AS uuid) IS NULL OR f.axis_id = :axis)
               AND (CAST(:commune AS text) IS NULL OR a.commune = :commune)
               AND (CAST(:status AS text) IS NULL OR f.status = :status)
               AND (CAST(:pilot AS uuid) IS NULL OR f.pilot_id = :pilot)
               AND (CAST(:partner AS text) IS NULL OR EXISTS (
                    SELECT 1 FROM jsonb_array_elements(coalesce(f.content -> 'partners', '[]'::jsonb)) p
                    WHERE p ->> 'organisationId' = :partner OR p ->> 'name' ILIKE :partnerLike))
               AND (CAST(:text AS text) IS NULL OR f.title ILIKE :textLike)
               AND (CAST(:late AS boolean) IS NULL OR (f.status NOT IN ('DONE', 'ABANDONED') AND EXISTS (
                    SELECT 1 FROM jsonb_array_elements(coalesce(f.content -> 'milestones', '[]'::jsonb)) m
                    WHERE CAST(m ->> 'done' AS boolean) IS NOT TRUE AND actionplan.due_by(m ->> 'dueOn') < :today)) = :late)
            """;

    /**
     * The fiches of a convention's plan filtered, sorted and paged in SQL ({@code today} decides which are late). The
     * ordering comes from {@link PlanListQuery.Sort}, the filters are bound parameters: nothing the user typed is
     * written into the statement.
     */
    public FichePage fichePage(UUID conventionId, PlanListQuery query, java.time.LocalDate today) {
        long total = listParams(jdbc.sql("SELECT count(*)" + LIST_FROM), conventionId, query, today)
                .query(Long.class)
                .single();
        List<StoredFiche> fiches = listParams(
                        jdbc.sql(
                                "SELECT f.id, f.convention_id, f.axis_id, f.position, f.status, f.progress, f.abandon_reason,"
                                        + " f.content, f.version" + LIST_FROM + " ORDER BY "
                                        + query.sort().orderBy(query.descending()) + " LIMIT :limit OFFSET :offset"),
                        conventionId,
                        query,
                        today)
                .param("statusOrder", fr.pilotectg.actionplan.ActionPlans.STATUSES.toArray(String[]::new))
                .param("limit", query.size())
                .param("offset", query.offset())
                .query((rs, n) -> fiche(rs))
                .list();
        return new FichePage(fiches, total);
    }

    private static JdbcClient.StatementSpec listParams(
            JdbcClient.StatementSpec sql, UUID conventionId, PlanListQuery query, java.time.LocalDate today) {
        PlanFilter f = query.filter();
        return sql.param("c", conventionId)
                .param("axis", f.axis())
                .param("commune", f.commune())
                .param("status", f.status() == null ? null : f.status().name())
                .param("pilot", f.pilot())
                .param("partner", f.partner())
                .param("partnerLike", f.partner() == null ? null : "%" + like(f.partner()) + "%")
                .param("text", query.text())
                .param("textLike", query.text() == null ? null : "%" + like(query.text()) + "%")
                .param("late", f.late())
                .param("today", today);
    }

    /** {@code text} with the LIKE wildcards escaped (the default escape character is the backslash). */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
        jdbc.sql(INSERT_FICHE)
                .param("id", fiche.id())
                .param("c", fiche.conventionId())
                .param("position", fiche.position())
                .params(columns(fiche))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /** Inserts new fiches as {@link #insertFiche} does, in one batch of statements (the bulk import's plans). */
    public void insertFiches(List<Fiche> fiches, String actor) {
        if (fiches.isEmpty()) return;
        OffsetDateTime now = OffsetDateTime.now(clock);
        var batch = fiches.stream()
                .map(fiche -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(columns(fiche))
                        .addValue("id", fiche.id())
                        .addValue("c", fiche.conventionId())
                        .addValue("position", fiche.position())
                        .addValue("now", now)
                        .addValue("actor", actor))
                .toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new);
        batches.batchUpdate(INSERT_FICHE, batch);
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
