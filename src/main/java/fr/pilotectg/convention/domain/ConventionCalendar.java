package fr.pilotectg.convention.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the recorded statuses in step with the calendar: a signed convention enters into force on its start date,
 * expires after its end date, stops on the day a termination takes effect. Runs at start-up and every night at 00:05
 * (Paris time) as a recurring background task, which runs once across all instances; never renews anything.
 */
@Component
@Order(60)
class ConventionCalendar implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConventionCalendar.class);

    private final ConventionStatusRefresh conventions;

    ConventionCalendar(ConventionStatusRefresh conventions) {
        this.conventions = conventions;
    }

    @Override
    public void run(ApplicationArguments args) {
        refresh();
    }

    void refresh() {
        int changed = conventions.refreshStatuses();
        if (changed > 0) log.info("Convention statuses brought up to date with the calendar: {} changed.", changed);
    }

    /** The nightly run, on the shared scheduler (platform.jobs). */
    @Configuration(proxyBeanMethods = false)
    static class NightlyRun {

        @Bean
        RecurringTask<Void> conventionCalendarTask(ConventionCalendar calendar) {
            return Tasks.recurring("convention-calendar", Schedules.cron("0 5 0 * * *", ZoneId.of("Europe/Paris")))
                    .execute((instance, context) -> calendar.refresh());
        }
    }
}
