package fr.pilotectg.financing.web;

import fr.pilotectg.platform.NavigationEntry;
import fr.pilotectg.platform.Role;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Partners who run structures (gestionnaires) reach their financing statements from the main navigation. */
@Configuration(proxyBeanMethods = false)
class FinancingNavigation {

    @Bean
    NavigationEntry financingStatementsNavigation() {
        return new NavigationEntry("financing.statements.mine", "/financement/releves", 70, Set.of(Role.PARTNER));
    }
}
