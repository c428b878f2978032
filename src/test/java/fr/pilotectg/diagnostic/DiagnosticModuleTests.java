package fr.pilotectg.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.SignedIn;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentTally;
import fr.pilotectg.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The diagnostic module bootstrapped with what it depends on (equipment, convention, action plan, …) and nothing above
 * it: its front door {@link Diagnostics} gives the places of the schéma de développement to whoever may read the
 * convention. The register's front door {@link EquipmentRegister} is checked in the same context.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class DiagnosticModuleTests {

    private static final UUID LLH = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");

    @Autowired
    Diagnostics diagnostics;

    @Autowired
    EquipmentRegister register;

    @Autowired
    UserDetailsService users;

    private <T> T as(String username, Supplier<T> call) {
        return SignedIn.as(users, username, call);
    }

    @Test
    void theFrontDoorGivesThePlacesOfTheSchemaToWhoeverReadsTheConvention() {
        SchemaPlaces places = as("caf-nord", () -> diagnostics.places(LLH));
        assertThat(places.plannedTotal()).isGreaterThan(BigDecimal.ZERO);
        assertThat(places.plannedUpTo(2024)).isEqualByComparingTo(places.plannedTotal());
        assertThatThrownBy(() -> as("lens", () -> diagnostics.places(LLH))).isInstanceOf(DomainException.class);
    }

    @Test
    void theRegisterTalliesTheOpenEntriesOfTheLilleLommeHellemmesCommunes() {
        List<String> llh = List.of("59350", "59355", "59298");
        List<EquipmentTally> tallies = as("caf-nord", () -> register.openTallies(llh));
        assertThat(tallies).isNotEmpty().allSatisfy(t -> assertThat(llh).contains(t.communeCode()));
        assertThat(tallies.stream().mapToLong(EquipmentTally::count).sum()).isGreaterThan(200);
        assertThat(as("lens", () -> register.openTallies(llh)))
                .as("out of the Lens agent's reach")
                .isEmpty();
    }
}
