package fr.pilotectg.platform.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in French time (tests replace it to travel in time), and the scheduler of the nightly jobs that read it. */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class ClockConfiguration {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(PARIS);
    }
}
