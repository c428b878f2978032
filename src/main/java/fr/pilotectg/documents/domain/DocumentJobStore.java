package fr.pilotectg.documents.domain;

import fr.pilotectg.documents.domain.DocumentGeneration.Kind;
import fr.pilotectg.documents.domain.DocumentJobs.Job;
import fr.pilotectg.documents.domain.DocumentJobs.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generation jobs ({@code documents.generation_job}). Progress and failures are written in transactions of their
 * own, so that any instance's page shows them while the generation's own transaction is still open.
 */
@Repository
class DocumentJobStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    DocumentJobStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void insert(Job job) {
        jdbc.sql("""
                        INSERT INTO documents.generation_job (id, convention_id, kind, amendment_number, state, done,
                            total, requested_at, requested_by)
                        VALUES (:id, :convention, :kind, :amendment, :state, 0, :total, :at, :by)
                        """)
                .param("id", job.id())
                .param("convention", job.conventionId())
                .param("kind", job.kind().name())
                .param("amendment", job.amendmentNumber())
                .param("state", job.state().name())
                .param("total", job.total())
                .param("at", at(job.requestedAt()))
                .param("by", job.requestedBy())
                .update();
    }

    private static final String COLUMNS = """
            id, convention_id, kind, amendment_number, state, step, done, total, failure, document_id,
            consolidated_id, requested_at, requested_by, finished_at
            """;

    Optional<Job> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM documents.generation_job WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    Optional<Job> find(UUID conventionId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM documents.generation_job WHERE id = :id AND convention_id = :c")
                .param("id", id)
                .param("c", conventionId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<Job> of(UUID conventionId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM documents.generation_job WHERE convention_id = :c"
                        + " ORDER BY requested_at DESC, id LIMIT :limit")
                .param("c", conventionId)
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Marks the job running (again, when taken up after a lost instance); false once it is done or failed. */
    boolean start(UUID id) {
        return Boolean.TRUE.equals(
                own.execute(status -> jdbc.sql("""
                                UPDATE documents.generation_job SET state = 'RUNNING', step = NULL, done = 0
                                WHERE id = :id AND state IN ('REQUESTED', 'RUNNING')
                                """).param("id", id).update() == 1));
    }

    void progress(UUID id, String step, int done) {
        own.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE documents.generation_job SET step = :step, done = LEAST(:done, total)
                        WHERE id = :id AND state = 'RUNNING'
                        """)
                .param("id", id)
                .param("step", step)
                .param("done", done)
                .update());
    }

    /** In the generation's transaction: the job is done exactly when its documents are saved. */
    void finish(UUID id, UUID documentId, UUID consolidatedId, Instant at) {
        jdbc.sql("""
                        UPDATE documents.generation_job SET state = 'DONE', done = total, step = NULL,
                            document_id = :document, consolidated_id = :consolidated, finished_at = :at
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("document", documentId)
                .param("consolidated", consolidatedId)
                .param("at", at(at))
                .update();
    }

    void fail(UUID id, String reason, Instant at) {
        own.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE documents.generation_job SET state = 'FAILED', failure = :reason, finished_at = :at
                        WHERE id = :id AND state <> 'DONE'
                        """)
                .param("id", id)
                .param("reason", reason)
                .param("at", at(at))
                .update());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Job row(ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new Job(
                rs.getObject("id", UUID.class),
                rs.getObject("convention_id", UUID.class),
                Kind.valueOf(rs.getString("kind")),
                rs.getObject("amendment_number", Integer.class),
                State.valueOf(rs.getString("state")),
                rs.getString("step"),
                rs.getInt("done"),
                rs.getInt("total"),
                rs.getString("failure"),
                rs.getObject("document_id", UUID.class),
                rs.getObject("consolidated_id", UUID.class),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                rs.getString("requested_by"),
                finished == null ? null : finished.toInstant());
    }
}
