package fr.pilotectg.governance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.SignedIn;
import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.convention.NationalList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The governance module bootstrapped with what it depends on (convention, action plan, deliberation, directory,
 * territory, platform) and nothing above it: its front door {@link Governance}, and in the same context those of the
 * convention ({@link Conventions}) and the action plan ({@link ActionPlans}).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class GovernanceModuleTests {

    static final UUID LLH = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");
    static final UUID ARMENTIERES = UUID.fromString("6c1f0f1e-2023-4c71-8a11-0000000000a2");

    @Autowired
    Governance governance;

    @Autowired
    Conventions conventions;

    @Autowired
    ActionPlans plans;

    @Autowired
    NationalList nationalList;

    @Autowired
    UserDetailsService users;

    private <T> T as(String username, Supplier<T> call) {
        return SignedIn.as(users, username, call);
    }

    @Test
    void theFrontDoorWarnsThatTheArmentieresCopilWasNotHeldEveryHalfYear() {
        List<GovernanceWarning> warnings = as("caf-nord", () -> governance.warningsOf(ARMENTIERES));
        assertThat(warnings).extracting(GovernanceWarning::code).contains("MISSING_MEETING");
        assertThat(warnings).allSatisfy(w -> assertThat(w.conventionId()).isEqualTo(ARMENTIERES));
    }

    @Test
    void theConventionListsTheTenEnjeuxOfTheNationalList() {
        assertThat(nationalList.enjeux().keySet())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 10).mapToObj(i -> "E" + i).toList());
        assertThat(nationalList.domains()).containsKey("PETITE_ENFANCE");
    }

    @Test
    void theActionPlanListsTheFichesOfAConventionToThoseWhoMaySeeIt() {
        List<FicheSummary> fiches = as("caf-nord", () -> plans.fichesOf(LLH));
        assertThat(fiches)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.conventionId()).isEqualTo(LLH));
        assertThat(fiches)
                .extracting(FicheSummary::status)
                .allSatisfy(status -> assertThat(ActionPlans.STATUSES).contains(status.name()));
        assertThat(as("lens", () -> plans.fichesOf(LLH))).isEmpty();
    }
}
