package fr.pilotectg.documents.domain;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.shared.DomainException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a generation job on the scheduler's thread with the rights its owner has now (a user disabled or moved out of
 * the convention's reach since the request cannot generate). The documents are saved and the job marked done in one
 * transaction: a run taken up again after its instance was lost starts afresh and leaves one set of documents. A
 * refusal or an error marks the job failed with its French reason, audited.
 */
@Component
class DocumentJobRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentJobRunner.class);

    private final DocumentJobStore store;
    private final DocumentGeneration generation;
    private final Conventions conventions;
    private final UserDetailsService users;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DocumentJobRunner(
            DocumentJobStore store,
            DocumentGeneration generation,
            Conventions conventions,
            UserDetailsService users,
            AuditTrail audit,
            MessageSource messages,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.generation = generation;
        this.conventions = conventions;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void run(DocumentJobs.Run run) {
        Optional<DocumentJobs.Job> found = store.find(run.job());
        if (found.isEmpty() || !found.get().running()) return;
        DocumentJobs.Job job = found.get();
        if (!store.start(job.id())) return;
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(asOwner(job));
            int[] done = {0};
            transaction.executeWithoutResult(status -> {
                var produced = generation.generate(
                        job.conventionId(),
                        job.kind(),
                        job.amendmentNumber(),
                        step -> store.progress(job.id(), step, done[0]++));
                store.finish(
                        job.id(),
                        produced.document().id(),
                        produced.consolidated() == null
                                ? null
                                : produced.consolidated().id(),
                        clock.instant());
            });
        } catch (DomainException e) {
            failed(job, messages.getMessage("error." + e.code(), e.args().toArray(), e.code(), Locale.FRENCH));
        } catch (RuntimeException e) {
            log.error("Document generation {} failed", job.id(), e);
            failed(job, messages.getMessage("documents.job.failed.internal", null, Locale.FRENCH));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void failed(DocumentJobs.Job job, String reason) {
        store.fail(job.id(), reason, clock.instant());
        conventions
                .find(job.conventionId())
                .ifPresent(convention -> transaction.executeWithoutResult(status -> audit.record(new AuditRecord(
                                DocumentGeneration.ENTITY,
                                job.id().toString(),
                                "generation-failed",
                                messages.getMessage(
                                        "documents.audit.failed",
                                        new Object[] {convention.title(), reason},
                                        Locale.FRENCH),
                                List.of(),
                                convention.footprint())
                        .about(job.conventionId()))));
    }

    private SecurityContext asOwner(DocumentJobs.Job job) {
        UserDetails owner = users.loadUserByUsername(job.requestedBy());
        if (!owner.isEnabled() || !owner.isAccountNonLocked()) throw DocumentErrors.notFound(job.conventionId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        return context;
    }

    /** The task of the shared scheduler that runs the generation jobs; a run whose instance was lost is revived. */
    @Configuration(proxyBeanMethods = false)
    static class Task {

        @Bean
        OneTimeTask<DocumentJobs.Run> documentGenerationTask(DocumentJobRunner runner) {
            return Tasks.oneTime(DocumentJobs.TASK)
                    .onDeadExecutionRevive()
                    .execute((instance, context) -> runner.run(instance.getData()));
        }
    }
}
