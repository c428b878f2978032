package fr.pilotectg.platform.audit;

import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditEntry;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.platform.ReachSql;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Component
class JdbcAuditTrail implements AuditTrail {

    private static final String SYSTEM_ACTOR = "Système";
    private static final String VISIBLE_TO_REACH = ReachSql.covers("organisations", "communes", "departements");

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final AccessControl access;

    JdbcAuditTrail(JdbcClient jdbc, ObjectMapper json, Clock clock, AccessControl access) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.access = access;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        var actor = CurrentUser.optional();
        jdbc.sql("""
                INSERT INTO platform.audit_event (occurred_at, actor_id, actor_name, entity_type, entity_id, action, summary,
                                                  changes, organisations, communes, departements)
                VALUES (:at, :actorId, :actorName, :type, :id, :action, :summary, CAST(:changes AS jsonb),
                        :orgs, :communes, :deps)
                """)
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("actorId", actor.map(PiloteUser::id).orElse(null))
                .param(
                        "actorName",
                        actor.map(u -> u.displayName() + " (" + u.getUsername() + ")")
                                .orElse(SYSTEM_ACTOR))
                .param("type", record.entityType())
                .param("id", record.entityId())
                .param("action", record.action())
                .param("summary", record.summary())
                .param("changes", json.writeValueAsString(record.changes()))
                .param("orgs", record.footprint().organisations().toArray(UUID[]::new))
                .param("communes", record.footprint().communes().toArray(String[]::new))
                .param("deps", record.footprint().departements().toArray(String[]::new))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> history(String entityType, String entityId, PageQuery page) {
        if (entityType == null || entityType.isBlank()) {
            throw fr.pilotectg.shared.DomainException.invalidFields(
                    List.of(fr.pilotectg.shared.FieldProblem.of("entityType", "REQUIRED")));
        }
        return select("entity_type = :type AND entity_id = :id", entityType, entityId, page);
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> journal(@Nullable String entityType, PageQuery page) {
        String filter = entityType == null || entityType.isBlank() ? "TRUE" : "entity_type = :type";
        return select(filter, entityType, null, page);
    }

    private PageResult<AuditEntry> select(
            String filter, @Nullable String entityType, @Nullable String entityId, PageQuery page) {
        Reach reach = access.currentReach();
        String where = filter + " AND " + VISIBLE_TO_REACH;
        long total = bind(
                        jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE " + where),
                        reach,
                        entityType,
                        entityId)
                .query(Long.class)
                .single();
        List<AuditEntry> rows = bind(
                        jdbc.sql("SELECT * FROM platform.audit_event WHERE " + where
                                + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset"),
                        reach,
                        entityType,
                        entityId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
        return PageResult.of(rows, page, total);
    }

    private JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, Reach reach, @Nullable String entityType, @Nullable String entityId) {
        spec = ReachSql.bind(spec, reach);
        if (entityType != null && !entityType.isBlank()) spec = spec.param("type", entityType);
        if (entityId != null) spec = spec.param("id", entityId);
        return spec;
    }

    private AuditEntry map(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("occurred_at");
        List<AuditChange> changes = json.readValue(rs.getString("changes"), new TypeReference<List<AuditChange>>() {});
        return new AuditEntry(
                rs.getLong("id"),
                at.toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("action"),
                rs.getString("summary"),
                changes);
    }
}
