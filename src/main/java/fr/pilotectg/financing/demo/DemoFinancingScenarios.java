package fr.pilotectg.financing.demo;

import fr.pilotectg.financing.domain.Scenario;
import fr.pilotectg.financing.domain.ScenarioChange;
import fr.pilotectg.financing.domain.ScenarioRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo scenario, after the demo financing (order 111), loaded once: on the CTG Lille – Lomme – Hellemmes, « Concorde +20
 * places en 2023 » — 20 more places at the Multi-accueil Concorde opened in September 2023, counted in a QPV — beside the
 * plan, which it does not change. Runs with no user signed in (actor "system", no access check).
 */
@Component
@Order(111)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
class DemoFinancingScenarios implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFinancingScenarios.class);
    static final String CONCORDE = "Concorde +20 places en 2023";
    static final UUID ID = UUID.fromString("6c1f0f1e-2021-4c71-8a11-00000000c0c0");

    private final ScenarioRepository scenarios;
    private final fr.pilotectg.financing.domain.FinancingRepository inputs;
    private final Clock clock;

    DemoFinancingScenarios(
            ScenarioRepository scenarios, fr.pilotectg.financing.domain.FinancingRepository inputs, Clock clock) {
        this.scenarios = scenarios;
        this.inputs = inputs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID llh = DemoFinancing.LLH;
        if (inputs.inputs(llh).isEmpty()) return;
        // Kept if already there, even discarded; never a second active scenario of that name
        if (scenarios.of(llh).stream()
                .anyMatch(s -> s.id().equals(ID) || (s.active() && s.name().equals(CONCORDE)))) return;
        scenarios.insert(new Scenario(
                ID,
                llh,
                CONCORDE,
                List.of(ScenarioChange.addPlaces("concorde", 20, 2023, 9, true)),
                Scenario.Origin.ENTERED,
                Scenario.Status.ACTIVE,
                1,
                OffsetDateTime.now(clock),
                "system",
                null,
                null));
        log.info("Demo financing scenario loaded (« {} »).", CONCORDE);
    }
}
