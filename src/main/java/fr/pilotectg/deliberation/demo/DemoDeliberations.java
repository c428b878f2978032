package fr.pilotectg.deliberation.demo;

import fr.pilotectg.deliberation.domain.Deliberation;
import fr.pilotectg.deliberation.domain.DeliberationJournal;
import fr.pilotectg.deliberation.domain.DeliberationRepository;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.Footprint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three real deliberations of the seed documents (profile {@code demo} only), linked to the demo organisations by
 * name. Their ids are derived from the records ({@link fr.pilotectg.deliberation.SeedDeliberationIds}), so loading
 * twice changes nothing and other modules' demo data can refer to them. A start-up task with no user signed in: no
 * access check; each seed is audited like a recorded deliberation.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
class DemoDeliberations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDeliberations.class);

    private final Directory directory;
    private final DeliberationRepository deliberations;
    private final DeliberationJournal journal;

    DemoDeliberations(Directory directory, DeliberationRepository deliberations, DeliberationJournal journal) {
        this.directory = directory;
        this.deliberations = deliberations;
        this.journal = journal;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, Function<UUID, Deliberation>> seeds = new LinkedHashMap<>();
        seeds.put("Ville de Lens", SeedDeliberations::lens);
        seeds.put("Ville d'Armentières", SeedDeliberations::armentieres);
        seeds.put("Commune associée de Lomme", SeedDeliberations::lomme);
        int loaded = 0;
        for (var seed : seeds.entrySet()) {
            var organisation = directory.findOrganisationByName(seed.getKey());
            if (organisation.isEmpty()) {
                log.warn("Demo deliberation skipped: no organisation named '{}'.", seed.getKey());
                continue;
            }
            if (register(seed.getValue().apply(organisation.get().id()), organisation.get())) loaded++;
        }
        if (loaded > 0) log.info("{} demo deliberations loaded.", loaded);
    }

    /** Stores a seed deliberation with its organisation's footprint; nothing if it exists. */
    private boolean register(Deliberation deliberation, OrganisationView organisation) {
        if (deliberations.exists(deliberation.id())) return false;
        Footprint footprint = Directory.footprintOf(organisation);
        deliberations.insert(deliberation, footprint);
        journal.created(deliberation, footprint);
        return true;
    }
}
