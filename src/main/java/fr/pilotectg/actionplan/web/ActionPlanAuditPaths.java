package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.domain.PlanAudit;
import fr.pilotectg.platform.AuditObjectPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The journal's links to the action plan's objects. */
@Configuration(proxyBeanMethods = false)
class ActionPlanAuditPaths {

    @Bean
    AuditObjectPath ficheAuditPath() {
        return new AuditObjectPath(PlanAudit.FICHE_ENTITY, "/fiches/{id}");
    }
}
