package fr.pilotectg.equipment.domain;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import fr.pilotectg.shared.DomainException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs one step of an import job on the scheduler's thread, with the rights the job's owner has now (a user disabled
 * since the upload cannot import). The dry run reads only and the commit is one transaction, so a run taken up again
 * after an instance was lost starts afresh without leaving anything half written.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    /** Progress is stored at most this often: a 50 000-line file does not write 50 000 times. */
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(300);

    private final ImportJobStore store;
    private final ImportDryRun dryRun;
    private final ImportCommit importer;
    private final ImportVocabulary words;
    private final UserDetailsService users;

    ImportRunner(
            ImportJobStore store,
            ImportDryRun dryRun,
            ImportCommit importer,
            ImportVocabulary words,
            UserDetailsService users) {
        this.store = store;
        this.dryRun = dryRun;
        this.importer = importer;
        this.words = words;
        this.users = users;
    }

    void run(ImportJobs.Run run) {
        Optional<ImportJobs.Job> found = store.find(run.job());
        // A job forgotten, or moved on since this run was asked for, has nothing left to do.
        if (found.isEmpty() || found.get().state() != run.action()) return;
        ImportJobs.Job job = found.get();
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(asOwner(job.id()));
            ImportTable table = store.table(job);
            ImportProgress progress = throttled(job.id());
            if (run.action() == ImportJobs.State.CHECKING) {
                store.finish(job.id(), ImportJobs.State.CHECKED, dryRun.run(table, job.mapping(), progress));
            } else {
                try {
                    store.finish(job.id(), ImportJobs.State.DONE, importer.commit(table, job.mapping(), progress));
                } catch (ImportRejected rejected) {
                    store.finish(job.id(), ImportJobs.State.CHECKED, rejected.report());
                }
            }
        } catch (DomainException e) {
            store.fail(job.id(), words.message(e));
        } catch (RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            store.fail(job.id(), words.message(DomainException.invalid("INTERNAL_ERROR")));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private SecurityContext asOwner(UUID job) {
        UserDetails owner = users.loadUserByUsername(store.ownerLogin(job));
        if (!owner.isEnabled() || !owner.isAccountNonLocked()) throw DomainException.notFound("IMPORT_NOT_FOUND", job);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        return context;
    }

    private ImportProgress throttled(UUID job) {
        long[] last = {0};
        return (done, total) -> {
            long now = System.nanoTime();
            if (done >= total || now - last[0] >= PROGRESS_EVERY.toNanos()) {
                last[0] = now;
                store.progress(job, done, Math.max(1, total));
            }
        };
    }

    /** The task of the shared scheduler that runs the import jobs. */
    @Configuration(proxyBeanMethods = false)
    static class Task {

        @Bean
        OneTimeTask<ImportJobs.Run> equipmentImportTask(ImportRunner runner) {
            return Tasks.oneTime(ImportJobs.TASK)
                    .onDeadExecutionRevive()
                    .execute((instance, context) -> runner.run(instance.getData()));
        }
    }
}
