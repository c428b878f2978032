package fr.pilotectg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The action plan module with only what it depends on: its front door reads a convention's fiches, today and at a past date. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class ActionPlanModuleTests {

    private static final UUID LLH = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");

    @Autowired
    ActionPlans plans;

    @Autowired
    UserDetailsService users;

    @Test
    void theFrontDoorReadsTheFichesOfTheLilleLommeHellemmesPlanForThoseWhoSeeIt() {
        List<FicheSummary> fiches = SignedIn.as(users, "lomme", () -> plans.fichesOf(LLH));
        assertThat(fiches)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.conventionId()).isEqualTo(LLH));
        List<FicheSummary> before =
                SignedIn.as(users, "lomme", () -> plans.fichesAsOf(LLH, LocalDate.of(2022, 12, 31)));
        assertThat(before)
                .extracting(FicheSummary::id)
                .containsExactlyInAnyOrderElementsOf(
                        fiches.stream().map(FicheSummary::id).toList());
        assertThat(SignedIn.as(users, "lens", () -> plans.fichesOf(LLH))).isEmpty();
    }
}
