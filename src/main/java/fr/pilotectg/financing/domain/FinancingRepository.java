package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.ParameterCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the parameter versions (national and Caf overrides, never rewritten) and the inputs of each convention (one
 * JSON document with an optimistic {@code version}) with explicit SQL.
 */
@Repository
public class FinancingRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    FinancingRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public record Stored<T>(T value, int version) {}

    /** The national versions and those of the Caf {@code cafId} (none other), by code and start. */
    public List<ParameterVersion> parameters(UUID cafId) {
        return jdbc.sql("""
                        SELECT id, code, caf_id, valid_from, valid_to, value, source, hypothesis, reason FROM financing.parameter
                        WHERE caf_id IS NULL OR caf_id = :caf ORDER BY code, caf_id NULLS FIRST, valid_from""")
                .param("caf", cafId)
                .query((rs, n) -> new ParameterVersion(
                        rs.getObject(1, UUID.class),
                        ParameterCode.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBoolean(8),
                        rs.getString(9)))
                .list();
    }

    /** Adds a Caf's value of a parameter from a day (the earlier ones stay: the history). */
    public void insertOverride(ParameterVersion v, String actor) {
        jdbc.sql("""
                        INSERT INTO financing.parameter (id, code, caf_id, valid_from, valid_to, value, source, hypothesis, reason, created_at, created_by)
                        VALUES (:id, :code, :caf, :from, :to, :value, :source, :hypothesis, :reason, :now, :actor)""")
                .param("id", v.id())
                .param("code", v.code().name())
                .param("caf", v.cafId())
                .param("from", v.validFrom())
                .param("to", v.validTo())
                .param("value", v.value())
                .param("source", v.source())
                .param("hypothesis", v.hypothesis())
                .param("reason", v.reason())
                .param("now", OffsetDateTime.now(clock))
                .param("actor", actor)
                .update();
    }

    public Optional<Stored<FinancingInputs>> inputs(UUID conventionId) {
        return jdbc.sql("SELECT data, version FROM financing.inputs WHERE convention_id = :id")
                .param("id", conventionId)
                .query((rs, n) -> new Stored<>(json.readValue(rs.getString(1), FinancingInputs.class), rs.getInt(2)))
                .optional();
    }

    /** Saves the inputs first (no row yet: version 1) or read at {@code expectedVersion}; returns the new version. */
    public int saveInputs(UUID conventionId, FinancingInputs inputs, Integer expectedVersion, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String data = json.writeValueAsString(inputs);
        if (expectedVersion == null) {
            jdbc.sql("""
                            INSERT INTO financing.inputs (convention_id, data, version, created_at, created_by, updated_at, updated_by)
                            VALUES (:id, CAST(:data AS jsonb), 1, :now, :actor, :now, :actor)""")
                    .param("id", conventionId)
                    .param("data", data)
                    .param("now", now)
                    .param("actor", actor)
                    .update();
            return 1;
        }
        int updated = jdbc.sql("""
                        UPDATE financing.inputs SET data = CAST(:data AS jsonb), version = version + 1, updated_at = :now, updated_by = :actor
                        WHERE convention_id = :id AND version = :expected""")
                .param("id", conventionId)
                .param("data", data)
                .param("now", now)
                .param("actor", actor)
                .param("expected", expectedVersion)
                .update();
        if (updated == 0)
            throw new OptimisticLockingFailureException("financing inputs of " + conventionId + " changed since read");
        return expectedVersion + 1;
    }
}
