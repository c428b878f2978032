package fr.pilotectg.convention.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The convention model (the aggregate, its values and rules) is plain Java: no Spring, no database, no web. Only the
 * use cases and their storage, which live next to it in {@code domain}, use the framework and the platform.
 */
class ConventionDomainPurityTests {

    /** The classes that wire the model to Spring, PostgreSQL and the platform (and their nested types). */
    private static final Set<String> ADAPTERS = Set.of(
            "ConventionReads",
            "AmendmentReads",
            "ConventionDrafting",
            "ConventionRecording",
            "ConventionAmendments",
            "ConventionEndOfLife",
            "ConventionDeliberationLinks",
            "ConventionStatusRefresh",
            "ConventionChanges",
            "ConventionLinks",
            "ConventionFootprints",
            "ConventionAuditTexts",
            "TermsPreparation",
            "ConventionRepository",
            "ConventionQueries",
            "ReferenceCatalog",
            "ConventionCalendar",
            "ConventionAuditNames",
            "ConventionImport",
            "ConventionSheets",
            "ConventionImportJobs",
            "ConventionImportJobStore",
            "ConventionImportRunner");

    private static final DescribedPredicate<JavaClass> MODEL = DescribedPredicate.describe(
            "the convention model",
            c -> ADAPTERS.stream()
                    .noneMatch(a -> c.getName().equals(c.getPackageName() + "." + a)
                            || c.getName().startsWith(c.getPackageName() + "." + a + "$")));

    @Test
    void theModelDependsOnNoFramework() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.pilotectg.convention.domain");
        noClasses()
                .that()
                .resideInAPackage("fr.pilotectg.convention.domain..")
                .and(MODEL)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "java.sql..", "javax.sql..", "tools.jackson..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("fr.pilotectg.convention.domain..")
                .and(MODEL)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fr.pilotectg.platform..", "fr.pilotectg.directory..", "fr.pilotectg.territory..")
                .check(classes);
    }
}
