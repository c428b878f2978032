package fr.pilotectg.platform.audit;

import fr.pilotectg.platform.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditJournalNavigation() {
        return new NavigationEntry("audit.nav", "/audit", 95, Set.of());
    }
}
