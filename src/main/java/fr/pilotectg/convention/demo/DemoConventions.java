package fr.pilotectg.convention.demo;

import fr.pilotectg.convention.domain.Convention;
import fr.pilotectg.convention.domain.ConventionFootprints;
import fr.pilotectg.convention.domain.ConventionId;
import fr.pilotectg.convention.domain.ConventionRepository;
import fr.pilotectg.convention.domain.ConventionStatusRefresh;
import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.Deliberations;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo conventions (profile {@code demo} only), built from the seeds by {@link SeedConventions}: the CTG Lille –
 * Lomme – Hellemmes 2021-2024 with the Lomme conseil communal deliberation 2021/58 linked to the Ville de Lille (which
 * signs for its communes associées), and the CTG Armentières 2023-2026 with its deliberation DE23.027. Loaded once,
 * after the demo deliberations (order 30), by a start-up task with no user signed in: no access check, actor "system".
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
    private static final String SYSTEM = "system";

    private final ConventionRepository repository;
    private final ConventionFootprints footprints;
    private final ConventionStatusRefresh statuses;
    private final Directory directory;
    private final Deliberations deliberations;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    DemoConventions(
            ConventionRepository repository,
            ConventionFootprints footprints,
            ConventionStatusRefresh statuses,
            Directory directory,
            Deliberations deliberations,
            AuditTrail audit,
            MessageSource messages,
            TransactionTemplate transaction) {
        this.repository = repository;
        this.footprints = footprints;
        this.statuses = statuses;
        this.directory = directory;
        this.deliberations = deliberations;
        this.audit = audit;
        this.messages = messages;
        this.transaction = transaction;
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
            var llh = SeedConventions.lilleLommeHellemmes2021(
                    LLH_ID, caf.get().id(), lille.get().id(), LLH_SIGNED_ON);
            register(llh, links(lille.get().id(), lomme.get().id(), "2021/58"));
        }
        if (!repository.exists(ARMENTIERES_ID)) {
            var armentieresCtg = SeedConventions.armentieres2023(
                    ARMENTIERES_ID, caf.get().id(), armentieres.get().id());
            register(
                    armentieresCtg,
                    links(armentieres.get().id(), armentieres.get().id(), "DE23.027"));
        }
        statuses.refreshStatuses();
        log.info("Demo conventions loaded (CTG Lille – Lomme – Hellemmes 2021-2024, CTG Armentières 2023-2026).");
    }

    /** Saves a seed convention with its deliberation links, and says so in the audit trail, in one transaction. */
    private void register(Convention convention, Map<UUID, List<UUID>> linksBySignatory) {
        transaction.executeWithoutResult(status -> {
            Footprint footprint = footprints.of(convention, null);
            repository.insert(convention, null, footprint, SYSTEM);
            linksBySignatory.forEach(
                    (signatory, ids) -> ids.forEach(d -> repository.link(convention.id(), signatory, d, SYSTEM)));
            String summary = messages.getMessage(
                    "audit.convention.loaded",
                    new Object[] {convention.currentTerms().title()},
                    Locale.FRANCE);
            String statusField = messages.getMessage("audit.convention.field.status", null, Locale.FRANCE);
            String statusLabel = messages.getMessage(convention.status().messageKey(), null, Locale.FRANCE);
            audit.record(new AuditRecord(
                    "convention",
                    convention.id().toString(),
                    "created",
                    summary,
                    List.of(new AuditChange(statusField, null, statusLabel)),
                    footprint));
        });
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
