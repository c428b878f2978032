package fr.pilotectg.convention.web;

import fr.pilotectg.platform.AuditObjectPath;
import fr.pilotectg.platform.NavigationEntry;
import fr.pilotectg.platform.Role;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConventionNavigation {

    @Bean
    NavigationEntry conventionsNavigation() {
        return new NavigationEntry("convention.nav", "/conventions", 20, Set.of());
    }

    @Bean
    NavigationEntry referenceListNavigation() {
        return new NavigationEntry("convention.reference.nav", "/admin/reference-ctg", 95, Set.of(Role.ADMIN));
    }

    @Bean
    AuditObjectPath conventionAuditPath() {
        return new AuditObjectPath("convention", "/conventions/{id}");
    }
}
