package fr.pilotectg.equipment.domain;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The imports of the pages, run in the background so that a long file shows a progress bar (the page polls the job).
 * A job is kept in PostgreSQL and run by the shared scheduler (ADR 0019): any instance shows its progress, and a run
 * cut short by the loss of its instance is taken up by another. A job belongs to the user who uploaded the file and
 * lives two hours; its checks and writes run with that user's rights ({@link ImportRunner}).
 */
@Component
public class ImportJobs {

    static final TaskDescriptor<Run> TASK = TaskDescriptor.of("equipment-import", Run.class);
    private static final Duration LIFETIME = Duration.ofHours(2);

    public enum State {
        UPLOADED,
        CHECKING,
        CHECKED,
        IMPORTING,
        DONE,
        FAILED
    }

    /** What the scheduler runs: the dry run ({@code CHECKING}) or the import ({@code IMPORTING}) of a job. */
    record Run(UUID job, State action) implements Serializable {}

    /** One uploaded file and what was done with it, as last stored. */
    public record Job(
            UUID id,
            UUID owner,
            Instant createdAt,
            String filename,
            List<String> headers,
            int rowCount,
            ColumnMapping mapping,
            State state,
            int done,
            int total,
            ImportReport report,
            String failure) {

        public Job {
            headers = List.copyOf(headers);
        }

        public int percent() {
            int t = Math.max(1, total);
            return Math.min(100, (int) (100L * done / t));
        }

        public boolean running() {
            return state == State.CHECKING || state == State.IMPORTING;
        }
    }

    private final ImportJobStore store;
    private final SchedulerClient scheduler;
    private final Clock clock;

    ImportJobs(ImportJobStore store, SchedulerClient scheduler, Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Keeps an uploaded file for its checks and import. A user keeps one file at a time: their earlier jobs that are not
     * running are forgotten, and so is every job older than two hours, so that uploads cannot pile up.
     */
    public Job create(ImportTable table) {
        PiloteUser user = CurrentUser.require();
        Instant now = clock.instant();
        store.forget(user.id(), now.minus(LIFETIME));
        Job job = new Job(
                UUID.randomUUID(),
                user.id(),
                now,
                table.filename(),
                table.headers(),
                table.rows().size(),
                ColumnMapping.guess(table.headers()),
                State.UPLOADED,
                0,
                1,
                null,
                null);
        store.insert(job, table, user.getUsername());
        return job;
    }

    /** The current user's job, or IMPORT_NOT_FOUND (another user's job does not exist for them). */
    public Job get(UUID id) {
        PiloteUser user = CurrentUser.require();
        return store.find(id)
                .filter(job -> job.owner().equals(user.id()))
                .orElseThrow(() -> DomainException.notFound("IMPORT_NOT_FOUND", id));
    }

    /** Starts the dry run with this mapping; the page then polls the job. */
    public void check(Job job, ColumnMapping mapping) {
        start(job, State.CHECKING, mapping);
    }

    /** Starts the all-or-nothing import of a checked file. */
    public void commit(Job job) {
        if (job.report() == null) throw DomainException.rule("IMPORT_NOT_CHECKED");
        start(job, State.IMPORTING, job.mapping());
    }

    private void start(Job job, State action, ColumnMapping mapping) {
        if (!store.start(job.id(), action, mapping)) throw DomainException.conflict("IMPORT_BUSY");
        scheduler.schedule(
                TASK.instance(UUID.randomUUID().toString())
                        .data(new Run(job.id(), action))
                        .build(),
                clock.instant());
    }
}
