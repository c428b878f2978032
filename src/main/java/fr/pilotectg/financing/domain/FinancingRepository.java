package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.ParameterCode;
import fr.pilotectg.shared.Euros;
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

    /**
     * The Caf's own values of one parameter, by start, after taking the transaction's lock on that pair so that two
     * concurrent changes of the same parameter for the same Caf check their periods one after the other.
     */
    public List<ParameterVersion> lockedOverrides(UUID cafId, ParameterCode code) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "financing.parameter:" + cafId + ":" + code.name())
                .query((rs, n) -> 1)
                .list();
        return parameters(cafId).stream()
                .filter(v -> cafId.equals(v.cafId()) && v.code() == code)
                .toList();
    }

    /** Ends a Caf's open value the day before the next one starts (its value, reason and author stay). */
    public void closeOverride(UUID id, LocalDate validTo) {
        jdbc.sql(
                        "UPDATE financing.parameter SET valid_to = :to WHERE id = :id AND caf_id IS NOT NULL AND valid_to IS NULL")
                .param("id", id)
                .param("to", validTo)
                .update();
    }

    /** The structures an organisation runs, read from every convention's inputs (the JSON « operator »). */
    public List<FundingStatements.Received> structuresOperatedBy(UUID organisationId) {
        return jdbc.sql("""
                        SELECT i.convention_id, s ->> 'id', coalesce(s ->> 'name', s ->> 'id')
                        FROM financing.inputs i, jsonb_array_elements(i.data -> 'structures') s
                        WHERE s -> 'operator' ->> 'organisationId' = :org
                        ORDER BY i.convention_id, coalesce(s ->> 'name', s ->> 'id') COLLATE "french"
                        LIMIT 500""")
                .param("org", organisationId.toString())
                .query((rs, n) -> new FundingStatements.Received(
                        rs.getObject(1, UUID.class), null, rs.getString(2), rs.getString(3)))
                .list();
    }

    public List<LineStatus> lineStatuses(UUID conventionId) {
        return jdbc.sql("""
                        SELECT structure_id, year, kind, status, amount, parameter_ids, notified_at, notified_by, paid_at, paid_by
                        FROM financing.line_status WHERE convention_id = :id ORDER BY structure_id, year, kind""")
                .param("id", conventionId)
                .query((rs, n) -> new LineStatus(
                        new LineStatus.Key(rs.getString(1), rs.getInt(2), FundingKind.valueOf(rs.getString(3))),
                        LineStatus.Status.valueOf(rs.getString(4)),
                        Euros.of(rs.getBigDecimal(5)),
                        List.of((UUID[]) rs.getArray(6).getArray()),
                        rs.getObject(7, OffsetDateTime.class),
                        rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class),
                        rs.getString(10)))
                .list();
    }

    /** Records (or records again, at its new amount) a notified line. */
    public void saveNotified(
            UUID conventionId, LineStatus.Key key, Euros amount, List<UUID> parameterIds, String actor) {
        jdbc.sql("""
                        INSERT INTO financing.line_status (convention_id, structure_id, year, kind, status, amount, parameter_ids, notified_at, notified_by)
                        VALUES (:id, :structure, :year, :kind, 'NOTIFIED', :amount, :parameters, :now, :actor)
                        ON CONFLICT (convention_id, structure_id, year, kind) DO UPDATE
                        SET amount = EXCLUDED.amount, parameter_ids = EXCLUDED.parameter_ids,
                            notified_at = EXCLUDED.notified_at, notified_by = EXCLUDED.notified_by
                        WHERE financing.line_status.status = 'NOTIFIED'""")
                .param("id", conventionId)
                .param("structure", key.structureId())
                .param("year", key.year())
                .param("kind", key.kind().name())
                .param("amount", amount.amount())
                .param("parameters", parameterIds.toArray(UUID[]::new))
                .param("now", OffsetDateTime.now(clock))
                .param("actor", actor)
                .update();
    }

    public void savePaid(UUID conventionId, LineStatus.Key key, String actor) {
        jdbc.sql("""
                        UPDATE financing.line_status SET status = 'PAID', paid_at = :now, paid_by = :actor
                        WHERE convention_id = :id AND structure_id = :structure AND year = :year AND kind = :kind AND status = 'NOTIFIED'""")
                .param("id", conventionId)
                .param("structure", key.structureId())
                .param("year", key.year())
                .param("kind", key.kind().name())
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
