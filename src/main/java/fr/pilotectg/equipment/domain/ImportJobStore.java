package fr.pilotectg.equipment.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The import jobs in {@code equipment.import_job}. Every write of a job's state commits on its own (a new transaction),
 * so that the progress of a run is seen by the pages polling it from any instance while the run's own transaction is
 * still open.
 */
@Repository
class ImportJobStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate apart;

    ImportJobStore(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void insert(ImportJobs.Job job, ImportTable table, String ownerLogin) {
        apart.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO equipment.import_job
                            (id, owner_id, owner_login, created_at, filename, headers, row_count, cells, mapping, state)
                        VALUES (:id, :owner, :login, :created, :filename, CAST(:headers AS jsonb), :rows, :cells,
                                CAST(:mapping AS jsonb), :state)
                        """)
                .param("id", job.id())
                .param("owner", job.owner())
                .param("login", ownerLogin)
                .param("created", OffsetDateTime.ofInstant(job.createdAt(), ZoneOffset.UTC))
                .param("filename", job.filename())
                .param("headers", json.writeValueAsString(job.headers()))
                .param("rows", job.rowCount())
                .param("cells", gzip(json.writeValueAsBytes(table.rows())))
                .param("mapping", json.writeValueAsString(job.mapping().columns()))
                .param("state", job.state().name())
                .update());
    }

    Optional<ImportJobs.Job> find(UUID id) {
        return jdbc.sql("""
                        SELECT id, owner_id, created_at, filename, headers, row_count, mapping, state, done, total,
                               report, failure
                        FROM equipment.import_job WHERE id = :id
                        """).param("id", id).query(this::job).optional();
    }

    String ownerLogin(UUID id) {
        return jdbc.sql("SELECT owner_login FROM equipment.import_job WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** The file's cells, for the run. */
    ImportTable table(ImportJobs.Job job) {
        byte[] cells = jdbc.sql("SELECT cells FROM equipment.import_job WHERE id = :id")
                .param("id", job.id())
                .query(byte[].class)
                .single();
        List<ImportTable.Row> rows = json.readValue(gunzip(cells), new TypeReference<List<ImportTable.Row>>() {});
        return new ImportTable(job.filename(), job.headers(), rows);
    }

    /**
     * Moves a job that is not running into {@code running} with its mapping; false when it is running already (another
     * request started it first: the update is conditional, so two instances cannot both start it).
     */
    boolean start(UUID id, ImportJobs.State running, ColumnMapping mapping) {
        return apart.execute(status -> jdbc.sql("""
                                UPDATE equipment.import_job
                                SET state = :state, mapping = CAST(:mapping AS jsonb), done = 0, total = 1,
                                    failure = NULL
                                WHERE id = :id AND state NOT IN ('CHECKING', 'IMPORTING')
                                """)
                        .param("id", id)
                        .param("state", running.name())
                        .param("mapping", json.writeValueAsString(mapping.columns()))
                        .update())
                == 1;
    }

    void progress(UUID id, int done, int total) {
        apart.executeWithoutResult(
                status -> jdbc.sql("UPDATE equipment.import_job SET done = :done, total = :total WHERE id = :id")
                        .param("id", id)
                        .param("done", done)
                        .param("total", total)
                        .update());
    }

    void finish(UUID id, ImportJobs.State state, ImportReport report) {
        apart.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE equipment.import_job SET state = :state, report = CAST(:report AS jsonb), failure = NULL
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("state", state.name())
                .param("report", json.writeValueAsString(report))
                .update());
    }

    void fail(UUID id, String failure) {
        apart.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE equipment.import_job SET state = 'FAILED', failure = :failure WHERE id = :id")
                .param("id", id)
                .param("failure", failure)
                .update());
    }

    /** Forgets the owner's other jobs that are not running, and everyone's jobs older than {@code before}. */
    void forget(UUID owner, Instant before) {
        apart.executeWithoutResult(status -> jdbc.sql("""
                        DELETE FROM equipment.import_job
                        WHERE state NOT IN ('CHECKING', 'IMPORTING') AND (owner_id = :owner OR created_at < :before)
                        """)
                .param("owner", owner)
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .update());
    }

    private ImportJobs.Job job(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report");
        return new ImportJobs.Job(
                rs.getObject("id", UUID.class),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("filename"),
                json.readValue(rs.getString("headers"), new TypeReference<List<String>>() {}),
                rs.getInt("row_count"),
                new ColumnMapping(json.readValue(
                        rs.getString("mapping"), new TypeReference<java.util.Map<ImportField, Integer>>() {})),
                ImportJobs.State.valueOf(rs.getString("state")),
                rs.getInt("done"),
                rs.getInt("total"),
                report == null ? null : json.readValue(report, ImportReport.class),
                rs.getString("failure"));
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (var zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
