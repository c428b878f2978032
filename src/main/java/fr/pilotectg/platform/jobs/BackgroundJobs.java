package fr.pilotectg.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>A db-scheduler {@link Scheduler} cannot start again once stopped (its executors are shut down), yet a lifecycle
 * may be stopped and started again (Spring pauses an idle cached test context, an operator may restart the context):
 * each {@link #start()} therefore builds a fresh scheduler over the same table.
 */
@Component
class BackgroundJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final String TABLE = "platform.scheduled_tasks";

    private final DataSource dataSource;
    private final List<Task<?>> oneTime = new ArrayList<>();
    private final List<RecurringTask<?>> recurring = new ArrayList<>();
    private final boolean enabled;
    private final int threads;
    private final Duration polling;
    private final Duration heartbeat;
    private final SchedulerClient standalone;
    private volatile @Nullable Scheduler current;

    BackgroundJobs(
            DataSource dataSource,
            List<Task<?>> tasks,
            @Value("${pilote.jobs.enabled:true}") boolean enabled,
            @Value("${pilote.jobs.threads:2}") int threads,
            @Value("${pilote.jobs.polling-interval:5s}") Duration polling,
            @Value("${pilote.jobs.heartbeat-interval:10s}") Duration heartbeat) {
        this.dataSource = dataSource;
        for (Task<?> task : tasks) {
            if (task instanceof RecurringTask<?> r) recurring.add(r);
            else oneTime.add(task);
        }
        this.enabled = enabled;
        this.threads = threads;
        this.polling = polling;
        this.heartbeat = heartbeat;
        this.standalone = SchedulerClient.Builder.create(dataSource, new ArrayList<>(tasks))
                .tableName(TABLE)
                .build();
    }

    /**
     * Where modules schedule one-time work (an import, a document): while this instance's scheduler runs, through it
     * (so the work starts at once); otherwise straight into the shared table, for whichever instance polls it next.
     */
    SchedulerClient client() {
        return (SchedulerClient) Proxy.newProxyInstance(
                SchedulerClient.class.getClassLoader(),
                new Class<?>[] {SchedulerClient.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals" -> {
                            return args != null && proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "toString" -> {
                            return "client of the shared background-job table";
                        }
                        default -> {
                            Scheduler running = current;
                            SchedulerClient target = running != null ? running : standalone;
                            try {
                                return method.invoke(target, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    private Scheduler build() {
        return Scheduler.create(dataSource, oneTime)
                .startTasks(recurring)
                .tableName(TABLE)
                .threads(threads)
                .pollingInterval(polling)
                .enableImmediateExecution()
                // A task whose instance stopped beating for six intervals (a minute) is taken up by another instance.
                .heartbeatInterval(heartbeat)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    @Override
    public synchronized void start() {
        if (!enabled) {
            log.info("Background jobs are off on this instance (pilote.jobs.enabled=false).");
            return;
        }
        if (current != null) return;
        Scheduler scheduler = build();
        scheduler.start();
        current = scheduler;
    }

    @Override
    public synchronized void stop() {
        Scheduler scheduler = current;
        current = null;
        if (scheduler != null) scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return current != null;
    }

    @Override
    public int getPhase() {
        // After the web server is up and before it stops, so tasks still reach a running application.
        return Integer.MAX_VALUE - 1000;
    }
}
