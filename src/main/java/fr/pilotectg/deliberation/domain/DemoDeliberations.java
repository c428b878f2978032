package fr.pilotectg.deliberation.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
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
 * twice changes nothing and other modules' demo data can refer to them.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
class DemoDeliberations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDeliberations.class);

    private final Directory directory;
    private final DeliberationService deliberations;

    DemoDeliberations(Directory directory, DeliberationService deliberations) {
        this.directory = directory;
        this.deliberations = deliberations;
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
            OrganisationView view = organisation.get();
            if (deliberations.registerSeed(seed.getValue().apply(view.id()), view)) loaded++;
        }
        if (loaded > 0) log.info("{} demo deliberations loaded.", loaded);
    }
}
