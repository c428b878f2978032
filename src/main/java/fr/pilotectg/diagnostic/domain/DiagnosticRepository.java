package fr.pilotectg.diagnostic.domain;

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
 * Stores diagnostics (one JSON document per convention) and the rows of the schéma de développement with explicit SQL
 * and an optimistic {@code version}: a save based on a stale version is refused, so nobody's change is overwritten.
 */
@Repository
public class DiagnosticRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    DiagnosticRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public record Stored<T>(T value, int version) {}

    // ---------------------------------------------------------------- diagnostic

    public Optional<Stored<Diagnostic>> find(UUID conventionId) {
        return jdbc.sql("SELECT data, version FROM diagnostic.diagnostic WHERE convention_id = :id")
                .param("id", conventionId)
                .query((rs, n) -> new Stored<>(
                        Diagnostic.restore(conventionId, json.readValue(rs.getString(1), DiagnosticData.class)),
                        rs.getInt(2)))
                .optional();
    }

    /** Saves a new diagnostic (version 0) or one read at {@code expectedVersion}; returns the new version. */
    public int save(Diagnostic diagnostic, Integer expectedVersion, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String data = json.writeValueAsString(diagnostic.data());
        if (expectedVersion == null) {
            // A diagnostic not yet saved reads as version 0: its first save is version 1, so that a second change still
            // carrying 0 is refused as stale instead of overwriting the first.
            jdbc.sql("""
                            INSERT INTO diagnostic.diagnostic (convention_id, data, version, created_at, created_by, updated_at, updated_by)
                            VALUES (:id, CAST(:data AS jsonb), 1, :now, :actor, :now, :actor)""")
                    .param("id", diagnostic.conventionId())
                    .param("data", data)
                    .param("now", now)
                    .param("actor", actor)
                    .update();
            return 1;
        }
        int updated = jdbc.sql("""
                        UPDATE diagnostic.diagnostic SET data = CAST(:data AS jsonb), version = version + 1, updated_at = :now,
                            updated_by = :actor WHERE convention_id = :id AND version = :expected""")
                .param("id", diagnostic.conventionId())
                .param("data", data)
                .param("now", now)
                .param("actor", actor)
                .param("expected", expectedVersion)
                .update();
        if (updated == 0)
            throw new OptimisticLockingFailureException(
                    "diagnostic " + diagnostic.conventionId() + " changed since read");
        return expectedVersion + 1;
    }

    // ---------------------------------------------------------------- schéma de développement

    /** The schéma rows of all these conventions (the home page's synthesis), in one statement. */
    public List<SchemaAction> actionsOfAll(java.util.Collection<UUID> conventionIds) {
        if (conventionIds.isEmpty()) return List.of();
        return jdbc.sql("""
                        SELECT id, convention_id, position, status, realised_on, data, status_reason FROM diagnostic.schema_action
                        WHERE convention_id = ANY(:ids) ORDER BY convention_id, position, created_at""")
                .param("ids", conventionIds.toArray(UUID[]::new))
                .query((rs, n) -> new SchemaAction(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        json.readValue(rs.getString(6), ActionData.class),
                        ActionStatus.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(7)))
                .list();
    }

    public List<Stored<SchemaAction>> actionsOf(UUID conventionId) {
        return jdbc.sql("""
                        SELECT id, convention_id, position, status, realised_on, data, version, status_reason FROM diagnostic.schema_action
                        WHERE convention_id = :id ORDER BY position, created_at""")
                .param("id", conventionId)
                .query((rs, n) -> new Stored<>(
                        new SchemaAction(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getInt(3),
                                json.readValue(rs.getString(6), ActionData.class),
                                ActionStatus.valueOf(rs.getString(4)),
                                rs.getObject(5, LocalDate.class),
                                rs.getString(8)),
                        rs.getInt(7)))
                .list();
    }

    public Optional<Stored<SchemaAction>> action(UUID conventionId, UUID actionId) {
        return actionsOf(conventionId).stream()
                .filter(s -> s.value().id().equals(actionId))
                .findFirst();
    }

    public int nextPosition(UUID conventionId) {
        return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM diagnostic.schema_action WHERE convention_id = :id")
                .param("id", conventionId)
                .query(Integer.class)
                .single();
    }

    public boolean hasActions(UUID conventionId) {
        return jdbc.sql("SELECT count(*) FROM diagnostic.schema_action WHERE convention_id = :id")
                        .param("id", conventionId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Saves a new row (version 0) or one read at {@code expectedVersion}; returns the new version. */
    public int save(SchemaAction action, Integer expectedVersion, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String data = json.writeValueAsString(action.data());
        if (expectedVersion == null) {
            jdbc.sql("""
                            INSERT INTO diagnostic.schema_action (id, convention_id, position, commune_code, status, equipment_id, realised_on,
                                status_reason, data, version, created_at, created_by, updated_at, updated_by)
                            VALUES (:id, :conv, :pos, :commune, :status, :equipment, :realised, :reason, CAST(:data AS jsonb), 0, :now, :actor, :now, :actor)""")
                    .param("id", action.id())
                    .param("conv", action.conventionId())
                    .param("pos", action.position())
                    .param("commune", action.data().communeCode())
                    .param("status", action.status().name())
                    .param("equipment", action.data().equipmentId())
                    .param("realised", action.realisedOn())
                    .param("reason", action.statusReason())
                    .param("data", data)
                    .param("now", now)
                    .param("actor", actor)
                    .update();
            return 0;
        }
        int updated = jdbc.sql("""
                        UPDATE diagnostic.schema_action SET commune_code = :commune, status = :status, equipment_id = :equipment,
                            realised_on = :realised, status_reason = :reason, data = CAST(:data AS jsonb), version = version + 1, updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :expected""")
                .param("id", action.id())
                .param("commune", action.data().communeCode())
                .param("status", action.status().name())
                .param("equipment", action.data().equipmentId())
                .param("realised", action.realisedOn())
                .param("reason", action.statusReason())
                .param("data", data)
                .param("now", now)
                .param("actor", actor)
                .param("expected", expectedVersion)
                .update();
        if (updated == 0)
            throw new OptimisticLockingFailureException("schéma action " + action.id() + " changed since read");
        return expectedVersion + 1;
    }
}
