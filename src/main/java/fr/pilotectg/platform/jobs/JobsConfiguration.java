package fr.pilotectg.platform.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Gives modules the client of the shared scheduler, to schedule their one-time work. */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    SchedulerClient schedulerClient(BackgroundJobs jobs) {
        return jobs.client();
    }
}
