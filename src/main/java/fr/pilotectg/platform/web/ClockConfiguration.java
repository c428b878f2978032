package fr.pilotectg.platform.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in French time; tests replace it to travel in time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(PARIS);
    }
}
