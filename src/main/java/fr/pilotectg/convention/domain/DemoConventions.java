package fr.pilotectg.convention.domain;

import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.Deliberations;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo conventions (profile {@code demo} only), built from the seeds by {@link SeedConventions}: the CTG Lille –
 * Lomme – Hellemmes 2021-2024 with the Lomme conseil communal deliberation 2021/58 linked to the Ville de Lille (which
 * signs for its communes associées), and the CTG Armentières 2023-2026 with its deliberation DE23.027. Loaded once,
 * after the demo deliberations (order 30).
 *
 * <p>The LLH text leaves its signature date blank ("Fait à LILLE Le…………2021"): the demo records 1 July 2021, the
 * first day after the Lille council deliberation of 29 June 2021 it cites.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
class DemoConventions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoConventions.class);
    static final ConventionId LLH_ID = ConventionId.of("6c1f0f1e-2021-4c71-8a11-0000000000a1");
    static final ConventionId ARMENTIERES_ID = ConventionId.of("6c1f0f1e-2023-4c71-8a11-0000000000a2");
    static final LocalDate LLH_SIGNED_ON = LocalDate.of(2021, 7, 1);

    private final ConventionService service;
    private final ConventionRepository repository;
    private final Directory directory;
    private final Deliberations deliberations;

    DemoConventions(ConventionService service, ConventionRepository repository, Directory directory, Deliberations deliberations) {
        this.service = service;
        this.repository = repository;
        this.directory = directory;
        this.deliberations = deliberations;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<OrganisationView> caf = directory.findOrganisationByName(SeedConventions.CAF_DU_NORD);
        Optional<OrganisationView> lille = directory.findOrganisationByName("Ville de Lille");
        Optional<OrganisationView> lomme = directory.findOrganisationByName("Commune associée de Lomme");
        Optional<OrganisationView> armentieres = directory.findOrganisationByName("Ville d'Armentières");
        if (caf.isEmpty() || lille.isEmpty() || lomme.isEmpty() || armentieres.isEmpty()) {
            log.warn("Demo organisations missing: demo conventions not loaded.");
            return;
        }
        if (!repository.exists(LLH_ID)) {
            var llh = SeedConventions.lilleLommeHellemmes2021(LLH_ID, caf.get().id(), lille.get().id(), LLH_SIGNED_ON);
            service.registerLoaded(llh, links(lille.get().id(), lomme.get().id(), "2021/58"));
        }
        if (!repository.exists(ARMENTIERES_ID)) {
            var armentieresCtg = SeedConventions.armentieres2023(ARMENTIERES_ID, caf.get().id(), armentieres.get().id());
            service.registerLoaded(armentieresCtg, links(armentieres.get().id(), armentieres.get().id(), "DE23.027"));
        }
        service.refreshStatuses();
        log.info("Demo conventions loaded (CTG Lille – Lomme – Hellemmes 2021-2024, CTG Armentières 2023-2026).");
    }

    /** The seed deliberation numbered {@code number} of {@code council}, linked to the signatory {@code signatory}. */
    private Map<UUID, List<UUID>> links(UUID signatory, UUID council, String number) {
        return deliberations.ofOrganisations(List.of(council)).stream()
                .filter(d -> number.equals(d.number()))
                .map(DeliberationSummary::id)
                .findFirst()
                .map(id -> Map.of(signatory, List.of(id)))
                .orElseGet(Map::of);
    }
}
