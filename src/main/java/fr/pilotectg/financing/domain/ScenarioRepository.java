package fr.pilotectg.financing.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the financing scenarios of each convention (their changes as one JSON list) with explicit SQL. Public for the
 * demo loader only (no access check here: {@link FinancingScenarios} is the way in).
 */
@Repository
public class ScenarioRepository {

    private static final TypeReference<List<ScenarioChange>> CHANGES = new TypeReference<>() {};
    private static final String COLUMNS =
            "id, convention_id, name, changes, origin, status, version, created_at, created_by, discarded_at, discarded_by";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScenarioRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The convention's scenarios, the active ones first, then by name in French order. */
    public List<Scenario> of(UUID conventionId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM financing.scenario WHERE convention_id = :id
                        ORDER BY status, name, created_at LIMIT 500""")
                .param("id", conventionId)
                .query(this::row)
                .list();
    }

    Optional<Scenario> find(UUID conventionId, UUID scenarioId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM financing.scenario WHERE convention_id = :c AND id = :id")
                .param("c", conventionId)
                .param("id", scenarioId)
                .query(this::row)
                .optional();
    }

    /** Adds a scenario; an active scenario of the same name on the convention is a {@link DuplicateKeyException}. */
    public void insert(Scenario s) {
        jdbc.sql("""
                        INSERT INTO financing.scenario (id, convention_id, name, changes, origin, status, version, created_at, created_by)
                        VALUES (:id, :c, :name, CAST(:changes AS jsonb), :origin, 'ACTIVE', :version, :at, :by)""")
                .param("id", s.id())
                .param("c", s.conventionId())
                .param("name", s.name())
                .param("changes", json.writeValueAsString(s.changes()))
                .param("origin", s.origin().name())
                .param("version", s.version())
                .param("at", s.createdAt())
                .param("by", s.createdBy())
                .update();
    }

    /** Marks a scenario read at {@code expected} discarded (kept); a stale version changes nothing and says so. */
    int discard(UUID conventionId, UUID scenarioId, int expected, OffsetDateTime at, String by) {
        int updated = jdbc.sql("""
                        UPDATE financing.scenario SET status = 'DISCARDED', discarded_at = :at, discarded_by = :by, version = version + 1
                        WHERE convention_id = :c AND id = :id AND version = :v AND status = 'ACTIVE'""")
                .param("c", conventionId)
                .param("id", scenarioId)
                .param("v", expected)
                .param("at", at)
                .param("by", by)
                .update();
        if (updated == 0) throw new OptimisticLockingFailureException("scenario " + scenarioId + " changed since read");
        return expected + 1;
    }

    private Scenario row(ResultSet rs, int n) throws SQLException {
        return new Scenario(
                rs.getObject("id", UUID.class),
                rs.getObject("convention_id", UUID.class),
                rs.getString("name"),
                json.readValue(rs.getString("changes"), CHANGES),
                Scenario.Origin.valueOf(rs.getString("origin")),
                Scenario.Status.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"),
                rs.getObject("discarded_at", OffsetDateTime.class),
                rs.getString("discarded_by"));
    }
}
