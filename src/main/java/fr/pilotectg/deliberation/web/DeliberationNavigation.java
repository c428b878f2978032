package fr.pilotectg.deliberation.web;

import fr.pilotectg.platform.AuditObjectPath;
import fr.pilotectg.platform.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliberationNavigation {

    @Bean
    NavigationEntry deliberationsNavigation() {
        return new NavigationEntry("deliberation.nav", "/deliberations", 35, Set.of());
    }

    @Bean
    AuditObjectPath deliberationAuditPath() {
        return new AuditObjectPath("deliberation", "/deliberations/{id}");
    }
}
