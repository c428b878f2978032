package fr.pilotectg.financing.demo;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.financing.domain.FinancingInputs;
import fr.pilotectg.financing.domain.FinancingInputs.Envelope;
import fr.pilotectg.financing.domain.FinancingInputs.Opening;
import fr.pilotectg.financing.domain.FinancingInputs.StatedAmount;
import fr.pilotectg.financing.domain.FinancingInputs.StatedKind;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.Support;
import fr.pilotectg.financing.domain.FinancingInputs.Territory;
import fr.pilotectg.financing.domain.FinancingRepository;
import fr.pilotectg.financing.domain.StructureKind;
import fr.pilotectg.shared.Euros;
import java.util.List;
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
 * Demo financing, after the demo governance and evaluation (order 110), loaded once (kept if already there):
 * <ul>
 *   <li>CTG Lille – Lomme – Hellemmes: the new places of its schéma de développement (Les Oisillons +14 in 2021, Concorde
 *       +20 in 2023, Popelines 60 → 73, Amicloterie +5 in 2023, Farandole +2), existing places as printed, QPV from the
 *       register; the territories' new-place tranche is <b>not known</b> — the demo takes the intermediate tranche and
 *       marks it « hypothèse »; opening months and CEJ references are not given, so they stay « non renseigné »;</li>
 *   <li>CTG Armentières: the BT envelope of 618 000 € of the deliberation DE23.027, « période non précisée », and the
 *       Caf funding of 2021 cited by the convention (PS + BT 1 428 395,63 € for 24 882 inhabitants and 7 410
 *       allocataires).</li>
 * </ul>
 * Runs with no user signed in (actor "system", no access check).
 */
@Component
@Order(110)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
class DemoFinancing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFinancing.class);
    static final UUID LLH = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");
    static final UUID ARMENTIERES = UUID.fromString("6c1f0f1e-2023-4c71-8a11-0000000000a2");
    static final String SCHEMA =
            "Schéma de développement de la CTG Lille – Lomme – Hellemmes (annexe 3) ; QPV du registre";
    static final String TRANCHE =
            "Tranche non publiée pour Lille, Lomme et Hellemmes : tranche intermédiaire retenue par hypothèse";

    private final FinancingRepository repository;
    private final Conventions conventions;
    private final Directory directory;
    private final EquipmentRegister register;

    DemoFinancing(
            FinancingRepository repository, Conventions conventions, Directory directory, EquipmentRegister register) {
        this.repository = repository;
        this.conventions = conventions;
        this.directory = directory;
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) {
        conventions.find(LLH).ifPresent(this::loadLilleLommeHellemmes);
        conventions.find(ARMENTIERES).ifPresent(this::loadArmentieres);
        log.info("Demo financing loaded (CTG Lille – Lomme – Hellemmes new places, CTG Armentières envelope).");
    }

    private UUID org(String name) {
        return directory.findOrganisationByName(name).map(OrganisationView::id).orElse(null);
    }

    private void loadLilleLommeHellemmes(ConventionSummary c) {
        if (repository.inputs(c.id()).isPresent()) return;
        Support lille = new Support(org("Ville de Lille"), "Ville de Lille", c.start());
        Support lomme = new Support(org("Commune associée de Lomme"), "Commune associée de Lomme", c.start());
        Support hellemmes = new Support(org("Commune associée d'Hellemmes"), "Commune associée d’Hellemmes", c.start());
        List<Territory> territories =
                List.of(territory("LILLE", "Lille"), territory("LOMME", "Lomme"), territory("HELLEMMES", "Hellemmes"));
        List<Structure> structures = List.of(
                eaje("oisillons", "Multi-Accueil Les Oisillons", "LILLE", "59350", lille, 25, 14, 2021),
                eaje("concorde", "Multi-accueil Concorde", "LILLE", "59350", lille, 50, 20, 2023),
                eaje(
                        "popelines",
                        "Multi accueil municipal les Popelines",
                        "HELLEMMES",
                        "59298",
                        hellemmes,
                        60,
                        13,
                        2021),
                eaje("amicloterie", "Crèche municipale de l’Amicloterie", "HELLEMMES", "59298", hellemmes, 47, 5, 2023),
                eaje("farandole", "Multi Accueil municipal La Farandole", "LOMME", "59355", lomme, null, 2, 2023));
        repository.saveInputs(c.id(), new FinancingInputs(null, territories, structures, List.of()), null, "system");
    }

    private static Territory territory(String key, String label) {
        return new Territory(key, label, null, null, 2, true, null, null, null, TRANCHE);
    }

    private Structure eaje(
            String id,
            String name,
            String key,
            String commune,
            Support support,
            Integer existing,
            int added,
            int year) {
        Optional<EquipmentView> entry = register.findByName(commune, name);
        Boolean qpv = entry.map(e -> e.qpvCode() != null ? Boolean.TRUE : e.qpvOrigin() != null ? Boolean.FALSE : null)
                .orElse(null);
        return new Structure(
                id,
                name,
                StructureKind.EAJE,
                key,
                entry.map(EquipmentView::id).orElse(null),
                support,
                qpv,
                false,
                existing,
                null,
                null,
                List.of(new Opening(added, year, null, "Places nouvelles du schéma (mois d’ouverture non donné)")),
                List.of(),
                SCHEMA,
                null);
    }

    private void loadArmentieres(ConventionSummary c) {
        if (repository.inputs(c.id()).isPresent()) return;
        Envelope envelope = new Envelope(
                Euros.of("618000"),
                null,
                "Délibération DE23.027 du 09/02/2023 : « maintien des financements déterminés sur le précédent contrat par le "
                        + "biais des Bonus Territoires soit une enveloppe de 618 000 € » (période non dite)");
        StatedAmount funding2021 = new StatedAmount(
                StatedKind.CAF_ACTION_SOCIALE,
                2021,
                Euros.of("1428395.63"),
                24_882,
                7_410,
                "Financement de la Caf (PS + BT)",
                "Convention d’Armentières, diagnostic : chiffres 2021 de la première CTG");
        repository.saveInputs(
                c.id(), new FinancingInputs(envelope, List.of(), List.of(), List.of(funding2021)), null, "system");
    }
}
