package fr.pilotectg.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The scheduler of background work, shared by every instance through {@code platform.scheduled_tasks}: each module
 * declares its tasks as beans ({@link Task}; a {@link RecurringTask} is scheduled at start-up), and they run here. It
 * starts once the application is ready (the migrations have run) and stops first at shutdown, letting running tasks
 * finish for a few seconds; a task cut short is picked up again by another instance once its heartbeat is stale.
 */
@Component
class BackgroundJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean running;

    BackgroundJobs(
            DataSource dataSource,
            List<Task<?>> tasks,
            @Value("${pilote.jobs.enabled:true}") boolean enabled,
            @Value("${pilote.jobs.threads:2}") int threads,
            @Value("${pilote.jobs.polling-interval:5s}") Duration polling,
            @Value("${pilote.jobs.heartbeat-interval:10s}") Duration heartbeat) {
        List<RecurringTask<?>> recurring = new ArrayList<>();
        List<Task<?>> oneTime = new ArrayList<>();
        for (Task<?> task : tasks) {
            if (task instanceof RecurringTask<?> r) recurring.add(r);
            else oneTime.add(task);
        }
        this.enabled = enabled;
        this.scheduler = Scheduler.create(dataSource, oneTime)
                .startTasks(recurring)
                .tableName("platform.scheduled_tasks")
                .threads(threads)
                .pollingInterval(polling)
                .enableImmediateExecution()
                // A task whose instance stopped beating for six intervals (a minute) is taken up by another instance.
                .heartbeatInterval(heartbeat)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Where modules schedule one-time work (an import, a document): a client of the shared table. */
    SchedulerClient client() {
        return scheduler;
    }

    @Override
    public void start() {
        if (!enabled) {
            log.info("Background jobs are off on this instance (pilote.jobs.enabled=false).");
            return;
        }
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        if (running) scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // After the web server is up and before it stops, so tasks still reach a running application.
        return Integer.MAX_VALUE - 1000;
    }
}
