package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.SignedIn;
import fr.pilotectg.shared.DomainException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The convention module with only what it depends on: its front door's guard and the national list. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class ConventionModuleTests {

    private static final UUID LLH = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");

    @Autowired
    Conventions conventions;

    @Autowired
    NationalList nationalList;

    @Autowired
    UserDetailsService users;

    @Test
    void theGuardLetsTheCafReadAndWriteAndTellsLensItDoesNotExist() {
        ConventionSummary llh =
                SignedIn.as(users, "caf-nord", () -> conventions.readable(LLH, () -> DomainException.notFound("X")));
        assertThat(llh.footprint().communes()).contains("59350", "59355", "59298");
        assertThat(SignedIn.as(users, "caf-nord", () -> conventions.canWrite(llh)))
                .isTrue();
        assertThat(SignedIn.as(users, "lecteur", () -> conventions.canWrite(llh)))
                .isFalse();
        assertThatThrownBy(() -> SignedIn.as(
                        users, "lens", () -> conventions.readable(LLH, () -> DomainException.notFound("GONE"))))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("GONE");
    }

    @Test
    void theNationalListNamesTheTenEnjeuxAndTheDomains() {
        assertThat(nationalList.enjeux()).containsKeys("E1", "E10").hasSize(10);
        assertThat(nationalList.domains()).containsKey("PETITE_ENFANCE");
    }
}
