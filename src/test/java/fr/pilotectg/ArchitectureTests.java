package fr.pilotectg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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

    /**
     * No cycle between the internal packages of a module ({@code domain}, {@code web}, {@code demo}, …): each slice is one
     * such package of one module (a cycle through two modules would also be a module cycle, which {@code ModularityTests}
     * forbids). The module's root package, its front door, is left out: today the front door delegates to {@code domain}
     * while {@code domain} builds the views the front door publishes (root ↔ domain in convention, directory, territory,
     * equipment, …), reported to the refactoring of the services; {@link #frontDoorNeverUsesWeb} keeps the root away from HTTP.
     */
    @ArchTest
    static final ArchRule noCycleBetweenTheInternalPackagesOfAModule = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("fr.pilotectg.")) return SliceIdentifier.ignore();
            String[] parts = name.substring("fr.pilotectg.".length()).split("\\.");
            return parts.length < 2 ? SliceIdentifier.ignore() : SliceIdentifier.of(parts[0] + "." + parts[1]);
        }

        @Override
        public String getDescription() {
            return "the internal packages of each module";
        }
    }).should().beFreeOfCycles();

    /** A module's front door (its root package) is called by other modules and start-up tasks: it knows nothing of HTTP. */
    @ArchTest
    static final ArchRule frontDoorNeverUsesWeb = noClasses().that().resideInAPackage("fr.pilotectg.(*)")
            .should().dependOnClassesThat().resideInAPackage("fr.pilotectg.(*).web..");
}
