package fr.pilotectg.convention.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the recorded statuses in step with the calendar: a signed convention enters into force on its start date,
 * expires after its end date, stops on the day a termination takes effect. Runs at start-up and every night; never
 * renews anything.
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

    @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Paris")
    void refresh() {
        int changed = conventions.refreshStatuses();
        if (changed > 0) log.info("Convention statuses brought up to date with the calendar: {} changed.", changed);
    }
}
