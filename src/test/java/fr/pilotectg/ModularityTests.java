package fr.pilotectg;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module graph a DAG with closed internals, and writes the module documentation (target/spring-modulith-docs). */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PiloteCtgApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
