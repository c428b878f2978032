package fr.pilotectg.directory.web;

import fr.pilotectg.platform.AuditObjectPath;
import fr.pilotectg.platform.NavigationEntry;
import fr.pilotectg.platform.Role;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

    @Bean
    NavigationEntry organisationsNavigation() {
        return new NavigationEntry("directory.nav.organisations", "/organisations", 60, Set.of());
    }

    @Bean
    NavigationEntry usersNavigation() {
        return new NavigationEntry("directory.nav.users", "/admin/users", 90, Set.of(Role.ADMIN));
    }

    @Bean
    AuditObjectPath organisationAuditPath() {
        return new AuditObjectPath("organisation", "/organisations/{id}");
    }
}
