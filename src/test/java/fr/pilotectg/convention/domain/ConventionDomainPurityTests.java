package fr.pilotectg.convention.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The convention domain core is plain Java: no Spring, no database, no web. */
class ConventionDomainPurityTests {

    @Test
    void theDomainDependsOnNoFramework() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.pilotectg.convention.domain");
        noClasses().that().resideInAPackage("fr.pilotectg.convention.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "javax.sql..")
                .check(classes);
        noClasses().that().resideInAPackage("fr.pilotectg.convention.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.pilotectg.platform..", "fr.pilotectg.directory..",
                        "fr.pilotectg.territory..")
                .check(classes);
    }
}
