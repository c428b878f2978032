package fr.pilotectg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.SignedIn;
import fr.pilotectg.evaluation.domain.IndicatorService;
import fr.pilotectg.shared.DomainException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The evaluation module with only what it depends on (diagnostic, action plan, convention and below). It has no front
 * door (nothing depends on it): its indicators use case is checked, with the computed indicators it reads from the
 * diagnostic's and the action plan's front doors.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class EvaluationModuleTests {

    private static final UUID LLH = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");

    @Autowired
    IndicatorService indicators;

    @Autowired
    UserDetailsService users;

    @Test
    void theIndicatorsOfTheLilleLommeHellemmesConventionAreReadWithinReachOnly() {
        var page = SignedIn.as(users, "caf-nord", () -> indicators.indicators(LLH));
        assertThat(page.lines()).isNotEmpty();
        assertThat(page.canEdit()).isTrue();
        assertThat(SignedIn.as(users, "lecteur", () -> indicators.indicators(LLH))
                        .canEdit())
                .isFalse();
        assertThatThrownBy(() -> SignedIn.as(users, "lens", () -> indicators.indicators(LLH)))
                .isInstanceOf(DomainException.class);
    }
}
