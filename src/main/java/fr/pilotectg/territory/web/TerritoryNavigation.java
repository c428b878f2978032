package fr.pilotectg.territory.web;

import fr.pilotectg.platform.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TerritoryNavigation {

    @Bean
    NavigationEntry communesNavigation() {
        return new NavigationEntry("territory.nav", "/communes", 50, Set.of());
    }
}
