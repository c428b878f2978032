package fr.pilotectg.convention.domain;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The bulk import of conventions run in the background (ADR 0036, « Background run »): the request reads and bounds the
 * file at once ({@link ConventionImport#prepare}: 403, too large, not an XLSX, too many rows or conventions are answered
 * then), keeps it in a job row with the requesting user, and queues the dry run or the commit on the shared scheduler
 * (ADR 0019); {@link ConventionImportRunner} runs it with that user's rights, its progress counted on conventions. A
 * job is seen only by its owner (another user's job does not exist for them) and lives two hours once finished.
 */
@Component
public class ConventionImportJobs {

    static final TaskDescriptor<Run> TASK = TaskDescriptor.of("convention-import", Run.class);
    static final Duration LIFETIME = Duration.ofHours(2);
    static final String NOT_FOUND = ConventionImportErrors.JOB_NOT_FOUND;

    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** What the scheduler runs: the job's id (the file and the kind of run are in its row). */
    record Run(UUID job) implements Serializable {}

    /**
     * One uploaded file and its run, as last stored: a dry run or a commit, its state, how many conventions of how many
     * were looked at, the report once done, the French reason if it failed.
     */
    public record Job(
            UUID id,
            UUID owner,
            Instant createdAt,
            String filename,
            boolean dryRun,
            State state,
            int done,
            int total,
            @Nullable ConventionImportReport report,
            @Nullable String failure) {

        public int percent() {
            int t = Math.max(1, total);
            return Math.min(100, (int) (100L * done / t));
        }

        public boolean running() {
            return state == State.QUEUED || state == State.RUNNING;
        }
    }

    private final ConventionImport imports;
    private final ConventionImportJobStore store;
    private final SchedulerClient scheduler;
    private final Clock clock;

    ConventionImportJobs(
            ConventionImport imports, ConventionImportJobStore store, SchedulerClient scheduler, Clock clock) {
        this.imports = imports;
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Checks the file's bounds now (refusing it at once otherwise), keeps it in a new job and queues its dry run or
     * commit. The user's finished jobs older than two hours, and everyone's older than a day, are forgotten.
     */
    public Job submit(Upload upload, boolean dryRun) {
        ConventionImport.Prepared prepared = imports.prepare(upload);
        PiloteUser user = CurrentUser.require();
        Instant now = clock.instant();
        store.forget(user.id(), now.minus(LIFETIME));
        Job job = new Job(
                UUID.randomUUID(),
                user.id(),
                now,
                prepared.filename(),
                dryRun,
                State.QUEUED,
                0,
                Math.max(1, prepared.conventions()),
                null,
                null);
        store.insert(job, bytes(upload), user.getUsername());
        scheduler.schedule(
                TASK.instance(job.id().toString()).data(new Run(job.id())).build(), now);
        return job;
    }

    /** The current user's job, or {@code CONVENTION_IMPORT_JOB_NOT_FOUND} (another user's job does not exist). */
    public Job get(UUID id) {
        PiloteUser user = CurrentUser.require();
        if (!ConventionImport.mayImport()) throw fr.pilotectg.platform.AccessControl.denied();
        return store.find(id)
                .filter(job -> job.owner().equals(user.id()))
                .orElseThrow(() -> DomainException.notFound(NOT_FOUND, id));
    }

    private static byte[] bytes(Upload upload) {
        // already read within its limits by prepare(): the size is bounded
        try (InputStream in = upload.content().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
