package fr.pilotectg.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.SignedIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The register with only what it depends on: its front door tallies entries and declared inventories within reach. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class EquipmentModuleTests {

    @Autowired
    EquipmentRegister register;

    @Autowired
    UserDetailsService users;

    @Test
    void theRegisterOfLommeIsReadByLommeAndNotByLens() {
        List<EquipmentView> lomme = SignedIn.as(users, "lomme", () -> register.openEntriesOf(List.of("59355")));
        assertThat(lomme)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.communeCode()).isEqualTo("59355"));
        assertThat(SignedIn.as(users, "lomme", () -> register.declaredInventory("59355")))
                .isNotEmpty();
        assertThat(SignedIn.as(users, "lens", () -> register.openEntriesOf(List.of("59355"))))
                .isEmpty();
    }
}
