package fr.pilotectg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules that the module verification does not cover. */
@AnalyzeClasses(packages = "fr.pilotectg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainNeverUsesWeb = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule controllersLiveInWebAndAreNotPublic = classes().that().areAnnotatedWith(Controller.class)
            .or().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..web..").orShould().resideInAPackage("..platform..")
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(Autowired.class)
            .because("dependencies are constructor parameters");

    @ArchTest
    static final ArchRule noSystemOut = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err").because("logs go through SLF4J");

    @ArchTest
    static final ArchRule sharedKernelDependsOnNoModule = noClasses().that().resideInAPackage("fr.pilotectg.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.pilotectg.platform..", "fr.pilotectg.territory..",
                    "fr.pilotectg.directory..", "fr.pilotectg.dashboard..");

    @ArchTest
    static final ArchRule sqlStaysOutOfControllers = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient");

    @ArchTest
    static final ArchRule timeComesFromTheClockBean = noClasses()
            .should().callMethod(java.time.LocalDate.class, "now").orShould().callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
            .orShould().callMethod(java.time.LocalDateTime.class, "now").orShould().callMethod(java.time.LocalDateTime.class, "now", java.time.ZoneId.class)
            .orShould().callMethod(java.time.OffsetDateTime.class, "now").orShould().callMethod(java.time.OffsetDateTime.class, "now", java.time.ZoneId.class)
            .orShould().callMethod(java.time.ZonedDateTime.class, "now").orShould().callMethod(java.time.ZonedDateTime.class, "now", java.time.ZoneId.class)
            .orShould().callMethod(java.time.Instant.class, "now").orShould().callMethod(java.time.Year.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone").orShould().callMethod(java.time.Clock.class, "systemUTC")
            .because("time is read through the java.time.Clock bean, which tests replace (see MutableClock)");
}
