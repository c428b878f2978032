package fr.pilotectg.equipment.web;

import fr.pilotectg.platform.AuditObjectPath;
import fr.pilotectg.platform.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EquipmentNavigation {

    @Bean
    NavigationEntry equipmentRegisterNavigation() {
        return new NavigationEntry("equipment.nav", "/equipements", 55, Set.of());
    }

    @Bean
    AuditObjectPath equipmentAuditPath() {
        return new AuditObjectPath("equipment", "/equipements/{id}");
    }
}
