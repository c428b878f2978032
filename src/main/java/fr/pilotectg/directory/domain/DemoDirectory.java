package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organisations and users (profile {@code demo} only). Organisation names come from the seed documents; users
 * are roles, not people, and all have the password "demo". Loaded once: nothing happens if they exist.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    static final String PASSWORD = "demo";

    private final OrganisationRepository repository;
    private final OrganisationService organisations;
    private final UserAccountService accounts;
    private final UserAccountRepository users;

    DemoDirectory(
            OrganisationRepository repository,
            OrganisationService organisations,
            UserAccountService accounts,
            UserAccountRepository users) {
        this.repository = repository;
        this.organisations = organisations;
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) return;
        Map<String, OrganisationView> orgs = new LinkedHashMap<>();
        orgs.put(
                "admin",
                org(OrganisationKind.OTHER, BootstrapAdministrator.ORGANISATION, null, null, Set.of(), Set.of()));
        orgs.put(
                "caf-nord",
                org(
                        OrganisationKind.CAF,
                        "Caisse d'allocations familiales du Nord",
                        "Caf du Nord",
                        null,
                        Set.of("59"),
                        Set.of()));
        orgs.put(
                "caf-pas-de-calais",
                org(
                        OrganisationKind.CAF,
                        "Caisse d'allocations familiales du Pas-de-Calais",
                        "Caf du Pas-de-Calais",
                        null,
                        Set.of("62"),
                        Set.of()));
        orgs.put(
                "lille",
                org(OrganisationKind.COMMUNE, "Ville de Lille", "Lille", "215903501", Set.of(), Set.of("59350")));
        orgs.put(
                "lomme",
                org(OrganisationKind.COMMUNE, "Commune associée de Lomme", "Lomme", null, Set.of(), Set.of("59355")));
        orgs.put(
                "hellemmes",
                org(
                        OrganisationKind.COMMUNE,
                        "Commune associée d'Hellemmes",
                        "Hellemmes",
                        null,
                        Set.of(),
                        Set.of("59298")));
        orgs.put(
                "armentieres",
                org(
                        OrganisationKind.COMMUNE,
                        "Ville d'Armentières",
                        "Armentières",
                        "215900176",
                        Set.of(),
                        Set.of("59017")));
        orgs.put(
                "lens", org(OrganisationKind.COMMUNE, "Ville de Lens", "Lens", "216204982", Set.of(), Set.of("62498")));
        orgs.put(
                "departement-nord",
                org(
                        OrganisationKind.DEPARTEMENT,
                        "Département du Nord",
                        "Département du Nord",
                        null,
                        Set.of("59"),
                        Set.of()));

        user("admin", "Administrateur de démonstration", orgs.get("admin"), Role.ADMIN);
        user("caf-nord", "Conseiller territorial Caf du Nord", orgs.get("caf-nord"), Role.CAF_AGENT);
        user(
                "caf-pas-de-calais",
                "Conseillère territoriale Caf du Pas-de-Calais",
                orgs.get("caf-pas-de-calais"),
                Role.CAF_AGENT);
        user("lille", "Chargée de coopération CTG — Lille", orgs.get("lille"), Role.COLLECTIVITE_AGENT);
        user("lomme", "Chargé de coopération CTG — Lomme", orgs.get("lomme"), Role.COLLECTIVITE_AGENT);
        user(
                "armentieres",
                "Chargée de coopération CTG — Armentières",
                orgs.get("armentieres"),
                Role.COLLECTIVITE_AGENT);
        user("lens", "Chef de projet CTG — Lens", orgs.get("lens"), Role.COLLECTIVITE_AGENT);
        user(
                "departement-nord",
                "Référent enfance-famille — Département du Nord",
                orgs.get("departement-nord"),
                Role.PARTNER);
        user("lecteur", "Élu lecteur — Ville de Lille", orgs.get("lille"), Role.READER);
        log.info("Demo organisations and users loaded (password '{}').", PASSWORD);
    }

    private OrganisationView org(
            OrganisationKind kind,
            String name,
            String shortName,
            String siren,
            Set<String> departements,
            Set<String> communes) {
        return repository
                .findByName(name)
                .orElseGet(() -> organisations.register(new OrganisationService.OrganisationData(
                        kind, name, shortName, siren, departements, communes, Set.of())));
    }

    private void user(String username, String displayName, OrganisationView organisation, Role role) {
        accounts.createWithPassword(
                new UserAccountService.UserData(username, displayName, organisation.id(), role, true), PASSWORD, false);
    }
}
