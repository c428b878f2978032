package fr.pilotectg.evaluation.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the library, the indicators and the reviews with explicit SQL. An indicator's targets and measures are JSON
 * documents (year → value); a frozen review's snapshot is the JSON of its {@link ReviewReport}. Every save carries the
 * version it was read at (optimistic locking).
 */
@Repository
public class EvaluationRepository {

    private static final TypeReference<TreeMap<Integer, BigDecimal>> TARGETS = new TypeReference<>() {};
    private static final TypeReference<TreeMap<Integer, Measure>> MEASURES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    EvaluationRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** An indicator as stored, with the version its next save must carry. */
    public record StoredIndicator(Indicator indicator, int version, OffsetDateTime updatedAt, String updatedBy) {}

    /** A review as stored. */
    public record StoredReview(Review review, int version) {}

    /** An indicator of the library. */
    public record StandardIndicator(
            String code,
            String name,
            String definition,
            IndicatorUnit unit,
            Direction direction,
            String source,
            String computation) {}

    // ---------------------------------------------------------------- library

    public List<StandardIndicator> library() {
        return jdbc.sql(
                        "SELECT code, name, definition, unit, direction, source, computation FROM evaluation.standard_indicator ORDER BY position")
                .query((rs, n) -> new StandardIndicator(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("definition"),
                        IndicatorUnit.valueOf(rs.getString("unit")),
                        Direction.valueOf(rs.getString("direction")),
                        rs.getString("source"),
                        rs.getString("computation")))
                .list();
    }

    // ---------------------------------------------------------------- indicators

    private static final String INDICATOR_COLUMNS = """
            id, convention_id, code, name, definition, unit, direction, source, computation, baseline_value, baseline_year, fiche_ids,
            targets, measures, custom_unit, signed, position, version, updated_at, updated_by FROM evaluation.indicator""";

    public List<StoredIndicator> indicators(UUID conventionId) {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " WHERE convention_id = :c ORDER BY position")
                .param("c", conventionId)
                .query((rs, n) -> indicator(rs))
                .list();
    }

    public Optional<StoredIndicator> findIndicator(UUID id) {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> indicator(rs))
                .optional();
    }

    public boolean indicatorExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM evaluation.indicator WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public int nextPosition(UUID conventionId) {
        return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM evaluation.indicator WHERE convention_id = :c")
                .param("c", conventionId)
                .query(Integer.class)
                .single();
    }

    public void insertIndicator(Indicator indicator, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        INSERT INTO evaluation.indicator (id, convention_id, code, computation, position, name, definition, unit, direction,
                            source, baseline_value, baseline_year, fiche_ids, targets, measures, custom_unit, signed, version,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :c, :code, :computation, :position, :name, :definition, :unit, :direction, :source, :baseline,
                            :baselineYear, :fiches, CAST(:targets AS jsonb), CAST(:measures AS jsonb), :customUnit, :signed, 0,
                            :now, :actor, :now, :actor)""")
                .param("id", indicator.id())
                .param("c", indicator.conventionId())
                .param("code", indicator.code())
                .param("computation", indicator.computation())
                .param("position", indicator.position())
                .params(columns(indicator))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /** Saves an indicator read at {@code expectedVersion}; {@link OptimisticLockingFailureException} if it changed since. */
    public int updateIndicator(Indicator indicator, int expectedVersion, String actor) {
        int updated = jdbc.sql("""
                        UPDATE evaluation.indicator SET name = :name, definition = :definition, unit = :unit, direction = :direction,
                            source = :source, baseline_value = :baseline, baseline_year = :baselineYear, fiche_ids = :fiches,
                            targets = CAST(:targets AS jsonb), measures = CAST(:measures AS jsonb), custom_unit = :customUnit,
                            signed = :signed, version = version + 1,
                            updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :expected""")
                .param("id", indicator.id())
                .params(columns(indicator))
                .param("expected", expectedVersion)
                .param("now", OffsetDateTime.now(clock))
                .param("actor", actor)
                .update();
        if (updated == 0)
            throw new OptimisticLockingFailureException("indicator " + indicator.id() + " changed since read");
        return expectedVersion + 1;
    }

    private Map<String, Object> columns(Indicator indicator) {
        IndicatorData d = indicator.data();
        var columns = new HashMap<String, Object>();
        columns.put("name", d.name());
        columns.put("definition", d.definition());
        columns.put("unit", d.unit().name());
        columns.put("direction", d.direction().name());
        columns.put("source", d.source());
        columns.put("baseline", d.baselineValue());
        columns.put("baselineYear", d.baselineYear());
        columns.put("fiches", d.ficheIds().toArray(UUID[]::new));
        columns.put("targets", json.writeValueAsString(d.targets()));
        columns.put("measures", json.writeValueAsString(indicator.measures()));
        columns.put("customUnit", d.customUnit());
        columns.put("signed", d.signed());
        return columns;
    }

    private StoredIndicator indicator(ResultSet rs) throws SQLException {
        java.sql.Array fiches = rs.getArray("fiche_ids");
        List<UUID> ficheIds = fiches == null ? List.of() : Arrays.asList((UUID[]) fiches.getArray());
        Integer baselineYear = (Integer) rs.getObject("baseline_year");
        IndicatorData data = new IndicatorData(
                rs.getString("name"),
                rs.getString("definition"),
                IndicatorUnit.valueOf(rs.getString("unit")),
                Direction.valueOf(rs.getString("direction")),
                rs.getString("source"),
                rs.getBigDecimal("baseline_value"),
                baselineYear,
                ficheIds,
                json.readValue(rs.getString("targets"), TARGETS),
                rs.getString("custom_unit"),
                rs.getBoolean("signed"));
        Indicator indicator = Indicator.restore(
                rs.getObject("id", UUID.class),
                rs.getObject("convention_id", UUID.class),
                rs.getString("code"),
                rs.getString("computation"),
                rs.getInt("position"),
                data,
                json.readValue(rs.getString("measures"), MEASURES));
        return new StoredIndicator(
                indicator,
                rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("updated_by"));
    }

    // ---------------------------------------------------------------- reviews

    private static final String REVIEW_COLUMNS = """
            id, convention_id, kind, year, conclusions, adjustments, effects, carried_objectives, presented_on, frozen_at, frozen_by,
            snapshot, version FROM evaluation.review""";

    public Optional<StoredReview> findAnnual(UUID conventionId, int year) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " WHERE convention_id = :c AND kind = 'ANNUAL' AND year = :y")
                .param("c", conventionId)
                .param("y", year)
                .query((rs, n) -> review(rs))
                .optional();
    }

    public Optional<StoredReview> findFinal(UUID conventionId) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " WHERE convention_id = :c AND kind = 'FINAL'")
                .param("c", conventionId)
                .query((rs, n) -> review(rs))
                .optional();
    }

    /** The years of the convention's annual reviews, with whether each is frozen. */
    public Map<Integer, Boolean> annualYears(UUID conventionId) {
        Map<Integer, Boolean> years = new TreeMap<>();
        jdbc.sql(
                        "SELECT year, frozen_at IS NOT NULL AS frozen FROM evaluation.review WHERE convention_id = :c AND kind = 'ANNUAL'")
                .param("c", conventionId)
                .query(rs -> {
                    years.put(rs.getInt("year"), rs.getBoolean("frozen"));
                });
        return years;
    }

    /** Inserts a new review at version 1 (a review never saved reads as version 0); 409 if someone created it meanwhile. */
    public int insertReview(Review review, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int inserted = jdbc.sql("""
                        INSERT INTO evaluation.review (id, convention_id, kind, year, conclusions, adjustments, effects, carried_objectives,
                            presented_on, frozen_at, frozen_by, snapshot, version, created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :c, :kind, :year, :conclusions, :adjustments, :effects, :objectives, :presented, :frozenAt, :frozenBy,
                            CAST(:snapshot AS jsonb), 1, :now, :actor, :now, :actor)
                        ON CONFLICT DO NOTHING""")
                .param("id", review.id())
                .param("c", review.conventionId())
                .param("kind", review.kind().name())
                .param("year", review.year())
                .params(columns(review))
                .param("now", now)
                .param("actor", actor)
                .update();
        if (inserted == 0)
            throw new OptimisticLockingFailureException("review of " + review.conventionId() + " created meanwhile");
        return 1;
    }

    public int updateReview(Review review, int expectedVersion, String actor) {
        int updated = jdbc.sql("""
                        UPDATE evaluation.review SET conclusions = :conclusions, adjustments = :adjustments, effects = :effects,
                            carried_objectives = :objectives, presented_on = :presented, frozen_at = :frozenAt, frozen_by = :frozenBy,
                            snapshot = CAST(:snapshot AS jsonb), version = version + 1, updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :expected""")
                .param("id", review.id())
                .params(columns(review))
                .param("expected", expectedVersion)
                .param("now", OffsetDateTime.now(clock))
                .param("actor", actor)
                .update();
        if (updated == 0) throw new OptimisticLockingFailureException("review " + review.id() + " changed since read");
        return expectedVersion + 1;
    }

    private Map<String, Object> columns(Review review) {
        var columns = new HashMap<String, Object>();
        columns.put("conclusions", review.texts().conclusions());
        columns.put("adjustments", review.texts().adjustments());
        columns.put("effects", review.texts().effects());
        columns.put("objectives", review.texts().carriedObjectives().toArray(String[]::new));
        columns.put("presented", review.presentedOn());
        columns.put("frozenAt", review.frozenAt());
        columns.put("frozenBy", review.frozenBy());
        columns.put("snapshot", review.snapshot() == null ? null : json.writeValueAsString(review.snapshot()));
        return columns;
    }

    private StoredReview review(ResultSet rs) throws SQLException {
        java.sql.Array objectives = rs.getArray("carried_objectives");
        String snapshot = rs.getString("snapshot");
        Review review = Review.restore(
                rs.getObject("id", UUID.class),
                rs.getObject("convention_id", UUID.class),
                Review.Kind.valueOf(rs.getString("kind")),
                (Integer) rs.getObject("year"),
                new Review.Texts(
                        rs.getString("conclusions"),
                        rs.getString("adjustments"),
                        rs.getString("effects"),
                        objectives == null ? List.of() : Arrays.asList((String[]) objectives.getArray())),
                rs.getObject("presented_on", LocalDate.class),
                rs.getObject("frozen_at", OffsetDateTime.class),
                rs.getString("frozen_by"),
                snapshot == null ? null : json.readValue(snapshot, ReviewReport.class));
        return new StoredReview(review, rs.getInt("version"));
    }
}
