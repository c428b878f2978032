package fr.pilotectg.equipment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * {@link EquipmentRegister#findByName} answers whoever asks (no access check): it exists for the start-up demo loaders
 * that link other modules' demo data to the register with nobody signed in. No page or API may reach it.
 */
@AnalyzeClasses(packages = "fr.pilotectg", importOptions = ImportOption.DoNotIncludeTests.class)
class EquipmentRegisterUseTests {

    @ArchTest
    static final ArchRule findByNameIsForDemoLoadersOnly = noClasses()
            .that()
            .haveSimpleNameNotStartingWith("Demo")
            .and()
            .doNotHaveFullyQualifiedName(EquipmentRegister.class.getName())
            .should()
            .callMethod(EquipmentRegister.class, "findByName", String.class, String.class)
            .because("findByName skips the access check; only start-up demo loaders may use it");
}
