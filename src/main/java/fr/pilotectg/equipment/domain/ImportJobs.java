package fr.pilotectg.equipment.domain;

import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The imports of the pages, run in the background so that a long file shows a progress bar (the page polls the job).
 * A job belongs to the user who uploaded the file and lives two hours in memory; its checks and writes run with that
 * user's rights.
 */
@Component
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration LIFETIME = Duration.ofHours(2);

    public enum State {
        UPLOADED,
        CHECKING,
        CHECKED,
        IMPORTING,
        DONE,
        FAILED
    }

    /** One uploaded file and what was done with it. */
    public static final class Job {
        private final UUID id = UUID.randomUUID();
        private final UUID owner;
        private final Instant createdAt;
        private final ImportTable table;
        private volatile ColumnMapping mapping;
        private volatile State state = State.UPLOADED;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger total = new AtomicInteger(1);
        private volatile ImportReport report;
        private volatile String failure;

        Job(UUID owner, Instant createdAt, ImportTable table) {
            this.owner = owner;
            this.createdAt = createdAt;
            this.table = table;
            this.mapping = ColumnMapping.guess(table.headers());
        }

        public UUID id() {
            return id;
        }

        public ImportTable table() {
            return table;
        }

        public ColumnMapping mapping() {
            return mapping;
        }

        public State state() {
            return state;
        }

        public ImportReport report() {
            return report;
        }

        public String failure() {
            return failure;
        }

        public int done() {
            return done.get();
        }

        public int total() {
            return total.get();
        }

        public int percent() {
            int t = Math.max(1, total.get());
            return Math.min(100, (int) (100L * done.get() / t));
        }

        public boolean running() {
            return state == State.CHECKING || state == State.IMPORTING;
        }

        void progress(int d, int t) {
            total.set(Math.max(1, t));
            done.set(d);
        }
    }

    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "equipment-import");
        thread.setDaemon(true);
        return thread;
    });
    private final ImportDryRun dryRun;
    private final ImportCommit importer;
    private final ImportVocabulary words;
    private final Clock clock;

    ImportJobs(ImportDryRun dryRun, ImportCommit importer, ImportVocabulary words, Clock clock) {
        this.dryRun = dryRun;
        this.importer = importer;
        this.words = words;
        this.clock = clock;
    }

    /**
     * Keeps an uploaded file for its checks and import. A user keeps one file at a time: their earlier jobs that are not
     * running are forgotten, so that uploads cannot pile up in memory.
     */
    public Job create(ImportTable table) {
        evictExpired();
        UUID owner = CurrentUser.require().id();
        jobs.values().removeIf(other -> other.owner.equals(owner) && !other.running());
        Job job = new Job(owner, clock.instant(), table);
        jobs.put(job.id, job);
        return job;
    }

    /** The current user's job, or IMPORT_NOT_FOUND (another user's job does not exist for them). */
    public Job get(UUID id) {
        Job job = jobs.get(id);
        PiloteUser user = CurrentUser.require();
        if (job == null || !job.owner.equals(user.id())) throw DomainException.notFound("IMPORT_NOT_FOUND", id);
        return job;
    }

    /** Starts the dry run with this mapping; the page then polls the job. */
    public void check(Job job, ColumnMapping mapping) {
        start(job, State.CHECKING, () -> {
            job.mapping = mapping;
            job.report = dryRun.run(job.table, mapping, job::progress);
            job.state = State.CHECKED;
        });
    }

    /** Starts the all-or-nothing import of a checked file. */
    public void commit(Job job) {
        if (job.report == null) throw DomainException.rule("IMPORT_NOT_CHECKED");
        start(job, State.IMPORTING, () -> {
            try {
                job.report = importer.commit(job.table, job.mapping, job::progress);
                job.state = State.DONE;
            } catch (ImportRejected rejected) {
                job.report = rejected.report();
                job.state = State.CHECKED;
            }
        });
    }

    private synchronized void start(Job job, State state, Runnable work) {
        if (job.running()) throw DomainException.conflict("IMPORT_BUSY");
        job.state = state;
        job.failure = null;
        job.progress(0, 1);
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (DomainException e) {
                job.failure = words.message(e);
                job.state = State.FAILED;
            } catch (RuntimeException e) {
                log.error("Import {} failed", job.id, e);
                job.failure = words.message(DomainException.invalid("INTERNAL_ERROR"));
                job.state = State.FAILED;
            }
        };
        executor.execute(new DelegatingSecurityContextRunnable(guarded, SecurityContextHolder.getContext()));
    }

    private void evictExpired() {
        Instant limit = clock.instant().minus(LIFETIME);
        jobs.values().removeIf(job -> job.createdAt.isBefore(limit) && !job.running());
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
