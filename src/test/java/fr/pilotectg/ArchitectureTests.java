package fr.pilotectg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules that the module verification does not cover. */
@AnalyzeClasses(packages = "fr.pilotectg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainNeverUsesWeb = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..web..");

    @ArchTest
    static final ArchRule controllersLiveInWebAndAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAPackage("..web..")
            .orShould()
            .resideInAPackage("..platform..")
            .andShould()
            .notBePublic();

    @ArchTest
    static final ArchRule noFieldInjection =
            fields().should().notBeAnnotatedWith(Autowired.class).because("dependencies are constructor parameters");

    @ArchTest
    static final ArchRule noSystemOut = noClasses()
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("logs go through SLF4J");

    @ArchTest
    static final ArchRule sharedKernelDependsOnNoModule = noClasses()
            .that()
            .resideInAPackage("fr.pilotectg.shared..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "fr.pilotectg.platform..",
                    "fr.pilotectg.territory..",
                    "fr.pilotectg.directory..",
                    "fr.pilotectg.dashboard..");

    @ArchTest
    static final ArchRule sqlStaysOutOfControllers = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient");

    /**
     * Demo data lives in {@code ..demo..} packages, which nothing else refers to: only Spring wiring finds the loaders,
     * so that taking the demo away changes nothing else.
     */
    @ArchTest
    static final ArchRule nothingDependsOnDemoData = noClasses()
            .that()
            .resideOutsideOfPackage("..demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..demo..")
            .because("demo loaders and seeds are found by Spring wiring only");

    /** A bean of a demo package is created only with {@code pilote.demo.enabled=true} (the {@code demo} profile). */
    @ArchTest
    static final ArchRule demoBeansOnlyInTheDemo = classes()
            .that()
            .resideInAPackage("..demo..")
            .and()
            .areMetaAnnotatedWith(Component.class)
            .should()
            .beAnnotatedWith(DescribedPredicate.describe(
                    "@ConditionalOnProperty(pilote.demo.enabled=true) or @Profile(\"demo\")",
                    ArchitectureTests::demoOnly));

    private static boolean demoOnly(JavaAnnotation<?> annotation) {
        if (annotation.getRawType().isEquivalentTo(Profile.class)) {
            return Arrays.asList((String[]) annotation.get("value").orElse(new String[0]))
                    .contains("demo");
        }
        if (!annotation.getRawType().isEquivalentTo(ConditionalOnProperty.class)) return false;
        var names = new java.util.ArrayList<String>();
        names.addAll(Arrays.asList((String[]) annotation.get("name").orElse(new String[0])));
        names.addAll(Arrays.asList((String[]) annotation.get("value").orElse(new String[0])));
        String prefix = (String) annotation.get("prefix").orElse("");
        boolean demoProperty =
                names.stream().anyMatch(n -> (prefix.isEmpty() ? n : prefix + "." + n).equals("pilote.demo.enabled"));
        return demoProperty && "true".equals(annotation.get("havingValue").orElse(""));
    }

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
            })
            .should()
            .beFreeOfCycles();

    /** A module's front door (its root package) is called by other modules and start-up tasks: it knows nothing of HTTP. */
    @ArchTest
    static final ArchRule frontDoorNeverUsesWeb = noClasses()
            .that()
            .resideInAPackage("fr.pilotectg.(*)")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("fr.pilotectg.(*).web..");

    /** French order has one Java implementation, beside the SQL collation it mirrors (ADR 0016). */
    @ArchTest
    static final ArchRule collationOnlyInFrenchOrder = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("fr.pilotectg.shared.FrenchOrder")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.text.Collator")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("com.ibm.icu..");

    @ArchTest
    static final ArchRule timeComesFromTheClockBean = noClasses()
            .should()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now", java.time.ZoneId.class)
            .orShould()
            .callMethod(java.time.OffsetDateTime.class, "now")
            .orShould()
            .callMethod(java.time.OffsetDateTime.class, "now", java.time.ZoneId.class)
            .orShould()
            .callMethod(java.time.ZonedDateTime.class, "now")
            .orShould()
            .callMethod(java.time.ZonedDateTime.class, "now", java.time.ZoneId.class)
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.Year.class, "now")
            .orShould()
            .callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(java.time.Clock.class, "systemUTC")
            .because("time is read through the java.time.Clock bean, which tests replace (see MutableClock)");
}
