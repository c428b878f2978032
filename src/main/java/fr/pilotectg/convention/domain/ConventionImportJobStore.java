package fr.pilotectg.convention.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The import jobs in {@code convention.import_job}. Every write of a job's state commits on its own (a new
 * transaction), so that the progress of a run is seen by whoever polls it, from any instance, while the run's own
 * transaction is still open.
 */
@Repository
class ConventionImportJobStore {

    private static final String COLUMNS =
            "id, owner_id, created_at, filename, dry_run, state, done, total, report, failure";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate apart;

    ConventionImportJobStore(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void insert(ConventionImportJobs.Job job, byte[] file, String ownerLogin) {
        apart.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO convention.import_job
                            (id, owner_id, owner_login, created_at, filename, file, dry_run, state, done, total)
                        VALUES (:id, :owner, :login, :created, :filename, :file, :dryRun, :state, :done, :total)
                        """)
                .param("id", job.id())
                .param("owner", job.owner())
                .param("login", ownerLogin)
                .param("created", OffsetDateTime.ofInstant(job.createdAt(), ZoneOffset.UTC))
                .param("filename", job.filename())
                .param("file", file)
                .param("dryRun", job.dryRun())
                .param("state", job.state().name())
                .param("done", job.done())
                .param("total", job.total())
                .update());
    }

    Optional<ConventionImportJobs.Job> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM convention.import_job WHERE id = :id")
                .param("id", id)
                .query(this::job)
                .optional();
    }

    String ownerLogin(UUID id) {
        return jdbc.sql("SELECT owner_login FROM convention.import_job WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** The uploaded workbook, for the run. */
    byte[] file(UUID id) {
        return jdbc.sql("SELECT file FROM convention.import_job WHERE id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    /** Marks the job running (again, if its first instance was lost), its progress back to zero. */
    void running(UUID id) {
        apart.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE convention.import_job SET state = 'RUNNING', done = 0, failure = NULL WHERE id = :id
                        """).param("id", id).update());
    }

    void progress(UUID id, int done, int total) {
        apart.executeWithoutResult(
                status -> jdbc.sql("UPDATE convention.import_job SET done = :done, total = :total WHERE id = :id")
                        .param("id", id)
                        .param("done", done)
                        .param("total", Math.max(1, total))
                        .update());
    }

    void finish(UUID id, ConventionImportReport report) {
        apart.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE convention.import_job
                        SET state = 'DONE', report = CAST(:report AS jsonb), failure = NULL, done = total
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("report", json.writeValueAsString(report))
                .update());
    }

    void fail(UUID id, String failure) {
        apart.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE convention.import_job SET state = 'FAILED', failure = :failure WHERE id = :id")
                .param("id", id)
                .param("failure", failure)
                .update());
    }

    /** Forgets the owner's finished jobs older than {@code before}, and everyone's finished jobs a day older. */
    void forget(UUID owner, Instant before) {
        apart.executeWithoutResult(status -> jdbc.sql("""
                        DELETE FROM convention.import_job
                        WHERE state IN ('DONE', 'FAILED')
                          AND ((owner_id = :owner AND created_at < :before) OR created_at < :longBefore)
                        """)
                .param("owner", owner)
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .param(
                        "longBefore",
                        OffsetDateTime.ofInstant(before.minus(java.time.Duration.ofDays(1)), ZoneOffset.UTC))
                .update());
    }

    private ConventionImportJobs.Job job(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report");
        return new ConventionImportJobs.Job(
                rs.getObject("id", UUID.class),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("filename"),
                rs.getBoolean("dry_run"),
                ConventionImportJobs.State.valueOf(rs.getString("state")),
                rs.getInt("done"),
                rs.getInt("total"),
                report == null ? null : json.readValue(report, ConventionImportReport.class),
                rs.getString("failure"));
    }
}
