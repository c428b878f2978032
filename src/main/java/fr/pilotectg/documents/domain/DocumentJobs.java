package fr.pilotectg.documents.domain;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.documents.domain.DocumentGeneration.Kind;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.shared.DomainException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Generation in the background (ADR 0034): a request is checked at once (the convention's
 * guard, no gap left for a final version, the avenant), kept as a job row in PostgreSQL, audited, and queued on the
 * shared scheduler (ADR 0019); {@link DocumentJobRunner} generates it with its owner's rights, step by step. Whoever
 * reads the convention sees its jobs; a job whose instance was lost is taken up again and finishes.
 */
@Service
@Transactional(noRollbackFor = DomainException.class)
public class DocumentJobs {

    static final TaskDescriptor<Run> TASK = TaskDescriptor.of("document-generation", Run.class);

    /** The steps of a convention's generation, in order ({@code documents.job.step.<step>}). */
    static final List<String> CONVENTION_STEPS =
            List.of("content", "annex1", "annex2", "annex3", "annex4", "docx", "pdf", "save");

    public enum State {
        REQUESTED,
        RUNNING,
        DONE,
        FAILED
    }

    /** What the scheduler runs: the job's id only (the job itself is a row). */
    record Run(UUID job) implements Serializable {}

    /** A generation asked for, as last stored. */
    public record Job(
            UUID id,
            UUID conventionId,
            Kind kind,
            Integer amendmentNumber,
            State state,
            String step,
            int done,
            int total,
            String failure,
            UUID documentId,
            UUID consolidatedId,
            Instant requestedAt,
            String requestedBy,
            Instant finishedAt) {

        public int percent() {
            if (state == State.DONE) return 100;
            return Math.min(100, (int) (100L * done / Math.max(1, total)));
        }

        public boolean running() {
            return state == State.REQUESTED || state == State.RUNNING;
        }
    }

    private final Conventions conventions;
    private final DocumentGeneration generation;
    private final DocumentJobStore store;
    private final SchedulerClient scheduler;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    DocumentJobs(
            Conventions conventions,
            DocumentGeneration generation,
            DocumentJobStore store,
            SchedulerClient scheduler,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.conventions = conventions;
        this.generation = generation;
        this.store = store;
        this.scheduler = scheduler;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Asks for a generation: refused at once out of reach (404), read-only (403), for a final version with gaps left
     * (422 DOCUMENT_GAPS_REMAIN) or an unknown avenant; otherwise queued, and run once this transaction commits.
     */
    public Job request(UUID conventionId, Kind kind, Integer amendmentNumber) {
        ConventionSummary convention = generation.check(conventionId, kind, amendmentNumber);
        int total = kind == Kind.AMENDMENT ? 3 + CONVENTION_STEPS.size() : CONVENTION_STEPS.size();
        var job = new Job(
                UUID.randomUUID(),
                conventionId,
                kind,
                kind == Kind.AMENDMENT ? amendmentNumber : null,
                State.REQUESTED,
                null,
                0,
                total,
                null,
                null,
                null,
                clock.instant(),
                CurrentUser.require().getUsername(),
                null);
        store.insert(job);
        audit.record(new AuditRecord(
                        DocumentGeneration.ENTITY,
                        job.id().toString(),
                        "generation-requested",
                        messages.getMessage(
                                "documents.audit.requested." + kind.name(),
                                new Object[] {convention.title(), amendmentNumber == null ? 0 : amendmentNumber},
                                Locale.FRENCH),
                        List.of(),
                        convention.footprint())
                .about(conventionId));
        Runnable queue = () -> scheduler.schedule(
                TASK.instance(job.id().toString()).data(new Run(job.id())).build(), clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue.run();
                }
            });
        } else {
            queue.run();
        }
        return job;
    }

    /** A job of the convention, if the current user reads the convention; otherwise "not found". */
    @Transactional(readOnly = true)
    public Job get(UUID conventionId, UUID jobId) {
        conventions.readable(conventionId, () -> DocumentErrors.notFound(conventionId));
        return store.find(conventionId, jobId).orElseThrow(() -> DocumentErrors.jobNotFound(jobId));
    }

    /** The convention's latest jobs, newest first (the documents page). */
    @Transactional(readOnly = true)
    public List<Job> recent(UUID conventionId, int limit) {
        conventions.readable(conventionId, () -> DocumentErrors.notFound(conventionId));
        return store.of(conventionId, limit);
    }

    /** The French label of a job's step, « non renseigné » before it starts. */
    public String stepLabel(Job job) {
        String key = job.step() == null ? "documents.job.step.waiting" : "documents.job.step." + job.step();
        return messages.getMessage(key, null, key, Locale.FRENCH);
    }
}
