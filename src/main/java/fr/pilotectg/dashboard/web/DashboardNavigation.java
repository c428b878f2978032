package fr.pilotectg.dashboard.web;

import fr.pilotectg.platform.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

    @Bean
    NavigationEntry homeNavigation() {
        return new NavigationEntry("dashboard.nav", "/", 0, Set.of());
    }
}
