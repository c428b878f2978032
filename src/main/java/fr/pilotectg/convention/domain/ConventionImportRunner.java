package fr.pilotectg.convention.domain;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Runs a convention import job on the scheduler's thread with the rights its owner has now (a user disabled since the
 * upload imports nothing): the file is read again from the job's row and run through {@link ConventionImport#run},
 * progress stored at most every 300 ms. The dry run is rolled back and the commit is one transaction, so a run taken
 * up again after its instance was lost starts afresh without leaving anything half written.
 */
@Component
class ConventionImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ConventionImportRunner.class);
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(300);

    private final ConventionImportJobStore store;
    private final ConventionImport imports;
    private final UserDetailsService users;
    private final MessageSource messages;

    ConventionImportRunner(
            ConventionImportJobStore store,
            ConventionImport imports,
            UserDetailsService users,
            MessageSource messages) {
        this.store = store;
        this.imports = imports;
        this.users = users;
        this.messages = messages;
    }

    void run(ConventionImportJobs.Run run) {
        Optional<ConventionImportJobs.Job> found = store.find(run.job());
        // a job forgotten, or finished since this run was queued, has nothing left to do
        if (found.isEmpty() || !found.get().running()) return;
        ConventionImportJobs.Job job = found.get();
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(asOwner(job.id()));
            store.running(job.id());
            ConventionImport.Prepared prepared = imports.prepare(Upload.of(job.filename(), store.file(job.id())));
            store.finish(job.id(), imports.run(prepared, job.dryRun(), throttled(job.id())));
        } catch (DomainException e) {
            store.fail(job.id(), messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), Locale.FRANCE));
        } catch (RuntimeException e) {
            log.error("Convention import {} failed", job.id(), e);
            store.fail(job.id(), messages.getMessage("error.INTERNAL_ERROR", null, "Erreur interne", Locale.FRANCE));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private SecurityContext asOwner(UUID job) {
        UserDetails owner;
        try {
            owner = users.loadUserByUsername(store.ownerLogin(job));
        } catch (UsernameNotFoundException e) {
            throw DomainException.notFound(ConventionImportJobs.NOT_FOUND, job);
        }
        if (!owner.isEnabled() || !owner.isAccountNonLocked())
            throw DomainException.notFound(ConventionImportJobs.NOT_FOUND, job);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        return context;
    }

    private ConventionImport.Progress throttled(UUID job) {
        long[] last = {System.nanoTime()};
        return (done, total) -> {
            long now = System.nanoTime();
            if (done >= total || now - last[0] >= PROGRESS_EVERY.toNanos()) {
                last[0] = now;
                store.progress(job, done, total);
            }
        };
    }

    /** The task of the shared scheduler that runs the convention import jobs. */
    @Configuration(proxyBeanMethods = false)
    static class Task {

        @Bean
        OneTimeTask<ConventionImportJobs.Run> conventionImportTask(ConventionImportRunner runner) {
            return Tasks.oneTime(ConventionImportJobs.TASK)
                    .onDeadExecutionRevive()
                    .execute((instance, context) -> runner.run(instance.getData()));
        }
    }
}
