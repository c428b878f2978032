package fr.pilotectg.platform.audit;

import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditEntry;
import fr.pilotectg.platform.AuditJournalFilter;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    private final NamedParameterJdbcTemplate batches;
    private final ObjectMapper json;
    private final Clock clock;
    private final AccessControl access;

    JdbcAuditTrail(
            JdbcClient jdbc, NamedParameterJdbcTemplate batches, ObjectMapper json, Clock clock, AccessControl access) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
        this.clock = clock;
        this.access = access;
    }

    private static final String INSERT = """
            INSERT INTO platform.audit_event (occurred_at, actor_id, actor_name, entity_type, entity_id, action, summary,
                                              changes, organisations, communes, departements, convention_id)
            VALUES (:at, :actorId, :actorName, :type, :id, :action, :summary, CAST(:changes AS jsonb),
                    :orgs, :communes, :deps, :convention)
            """;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        jdbc.sql(INSERT)
                .paramSource(parameters(record, OffsetDateTime.now(clock)))
                .update();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) return;
        OffsetDateTime at = OffsetDateTime.now(clock);
        var batch = records.stream().map(r -> parameters(r, at)).toArray(MapSqlParameterSource[]::new);
        // in slices, so that a very large import does not hold every statement's parameters at once in the driver
        for (int from = 0; from < batch.length; from += BATCH) {
            batches.batchUpdate(INSERT, Arrays.copyOfRange(batch, from, Math.min(batch.length, from + BATCH)));
        }
    }

    private static final int BATCH = 1000;

    private MapSqlParameterSource parameters(AuditRecord record, OffsetDateTime now) {
        var actor = CurrentUser.optional();
        return new MapSqlParameterSource()
                .addValue("at", now.withOffsetSameInstant(ZoneOffset.UTC))
                .addValue("actorId", actor.map(PiloteUser::id).orElse(null))
                .addValue(
                        "actorName",
                        actor.map(u -> u.displayName() + " (" + u.getUsername() + ")")
                                .orElse(SYSTEM_ACTOR))
                .addValue("type", record.entityType())
                .addValue("id", record.entityId())
                .addValue("action", record.action())
                .addValue("summary", record.summary())
                .addValue("changes", json.writeValueAsString(record.changes()))
                .addValue("orgs", record.footprint().organisations().toArray(UUID[]::new))
                .addValue("communes", record.footprint().communes().toArray(String[]::new))
                .addValue("deps", record.footprint().departements().toArray(String[]::new))
                .addValue("convention", conventionOf(record));
    }

    /** The convention a record concerns: as given, or the convention itself for a convention's own rows. */
    private static @Nullable UUID conventionOf(AuditRecord record) {
        if (record.conventionId() != null) return record.conventionId();
        if (!"convention".equals(record.entityType())) return null;
        try {
            return UUID.fromString(record.entityId());
        } catch (IllegalArgumentException e) {
            return null;
        }
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

    @Override
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> journal(AuditJournalFilter filter, PageQuery page) {
        Reach reach = access.currentReach();
        String where = """
                (CAST(:type AS text) IS NULL OR entity_type = :type)
                AND (CAST(:convention AS uuid) IS NULL OR convention_id = :convention)
                AND (CAST(:author AS text) IS NULL OR actor_name ILIKE :authorLike)
                AND (CAST(:since AS timestamptz) IS NULL OR occurred_at >= :since)
                AND (CAST(:until AS timestamptz) IS NULL OR occurred_at < :until)
                AND """ + VISIBLE_TO_REACH;
        // One statement: the page with the count of all matching rows (a page past the end counts alone).
        long[] total = {-1};
        List<AuditEntry> rows = journalParams(
                        ReachSql.bind(
                                jdbc.sql("SELECT *, count(*) OVER () AS total FROM platform.audit_event WHERE " + where
                                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset"),
                                reach),
                        filter)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return map(rs, n);
                })
                .list();
        if (total[0] < 0)
            total[0] = page.offset() == 0
                    ? 0
                    : journalParams(
                                    ReachSql.bind(
                                            jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE " + where),
                                            reach),
                                    filter)
                            .query(Long.class)
                            .single();
        return PageResult.of(rows, page, total[0]);
    }

    private JdbcClient.StatementSpec journalParams(JdbcClient.StatementSpec spec, AuditJournalFilter filter) {
        return spec.param("type", filter.entityType())
                .param("convention", filter.conventionId())
                .param("author", filter.author())
                .param("authorLike", "%" + (filter.author() == null ? "" : escapeLike(filter.author())) + "%")
                .param("since", startOf(filter.from()))
                .param("until", startOf(filter.to() == null ? null : filter.to().plusDays(1)));
    }

    private static @Nullable OffsetDateTime startOf(java.time.@Nullable LocalDate day) {
        return day == null
                ? null
                : day.atStartOfDay(java.time.ZoneId.of("Europe/Paris")).toOffsetDateTime();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
