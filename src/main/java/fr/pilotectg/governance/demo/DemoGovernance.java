package fr.pilotectg.governance.demo;

import static fr.pilotectg.governance.domain.Institution.CAF;
import static fr.pilotectg.governance.domain.Institution.COLLECTIVITE;
import static fr.pilotectg.governance.domain.Institution.DEPARTEMENT;
import static fr.pilotectg.governance.domain.Institution.ETAT;
import static fr.pilotectg.governance.domain.Institution.HABITANTS;
import static fr.pilotectg.governance.domain.Institution.PARTENAIRES;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.governance.domain.AgendaItem;
import fr.pilotectg.governance.domain.Body;
import fr.pilotectg.governance.domain.BodyData;
import fr.pilotectg.governance.domain.BodyKind;
import fr.pilotectg.governance.domain.FrequencyRule;
import fr.pilotectg.governance.domain.GovernanceRepository;
import fr.pilotectg.governance.domain.Institution;
import fr.pilotectg.governance.domain.Meeting;
import fr.pilotectg.governance.domain.MeetingData;
import fr.pilotectg.governance.domain.Post;
import fr.pilotectg.governance.domain.PostData;
import fr.pilotectg.governance.domain.PostData.PostRole;
import fr.pilotectg.governance.domain.PostData.PostStatus;
import fr.pilotectg.governance.domain.Seat;
import fr.pilotectg.governance.domain.Voice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo governance, after the demo plans (order 70), with fixed ids so that loading twice changes nothing:
 * <ul>
 *   <li>CTG Lille – Lomme – Hellemmes (annexe 2): the common COPIL (once a year, in June) and COTECH (twice a year, May
 *       and November) with their seats by institution and missions as printed; the Lomme and Hellemmes local instances;
 *       the chargés de coopération posts (Lille 2,5 ETP enfance + 2 ETP jeunesse, Lomme 1 + 2, Hellemmes 0,50 — 0,70
 *       asked for — + 0,50, the first co-financed at 50 % by the Caf), référentiel emploi-cible by 31/12/2024; for 2022
 *       a COTECH in May and a COPIL in June (dates and places invented, marked as demo content);</li>
 *   <li>CTG Armentières (art. 7): the COPIL "composé, à parité", "a minima semestriel", and 1 ETP chargé de coopération
 *       "en phase de recrutement".</li>
 * </ul>
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
class DemoGovernance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);
    static final UUID LLH = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");
    static final UUID ARMENTIERES = UUID.fromString("6c1f0f1e-2023-4c71-8a11-0000000000a2");
    static final UUID LLH_COPIL = id("b1", 1);
    static final UUID LLH_COTECH = id("b1", 2);
    static final UUID HELLEMMES_POST = id("e1", 5);
    static final String DEMO = "Contenu de démonstration : date et lieu inventés, la convention ne les donne pas.";
    private static final LocalDate TARGET = LocalDate.of(2024, 12, 31);
    private static final String REFERENTIAL = "Référentiel emploi-cible communiqué par la Caf aux collectivités";

    private final GovernanceRepository repository;
    private final Conventions conventions;
    private final Directory directory;

    DemoGovernance(GovernanceRepository repository, Conventions conventions, Directory directory) {
        this.repository = repository;
        this.conventions = conventions;
        this.directory = directory;
    }

    /** Fixed ids: 6c1f0f1e-6000-4c71-8a11-0000000<kind><nnn>. */
    static UUID id(String kind, int n) {
        return UUID.fromString("6c1f0f1e-6000-4c71-8a11-0000000%s%03d".formatted(kind, n));
    }

    @Override
    public void run(ApplicationArguments args) {
        conventions.find(LLH).ifPresent(this::loadLilleLommeHellemmes);
        conventions.find(ARMENTIERES).ifPresent(this::loadArmentieres);
        log.info("Demo governance loaded (CTG Lille – Lomme – Hellemmes annexe 2, CTG Armentières art. 7).");
    }

    private UUID org(String name) {
        return directory.findOrganisationByName(name).map(OrganisationView::id).orElse(null);
    }

    private void loadLilleLommeHellemmes(ConventionSummary c) {
        UUID lille = org("Ville de Lille");
        UUID lomme = org("Commune associée de Lomme");
        UUID hellemmes = org("Commune associée d'Hellemmes");
        registerBody(new Body(
                LLH_COPIL,
                LLH,
                new BodyData(
                        BodyKind.COPIL,
                        "Comité de pilotage de la CTG Lille – Lomme – Hellemmes",
                        null,
                        "Copiloté par la Caf et la commune de Lille",
                        "Chef de projet territorial CTG",
                        "Ville de Lille, avec l’appui de la Caf",
                        List.of(
                                "Assurer le suivi de la réalisation des objectifs et l’évaluation de la convention",
                                "Contribuer à renforcer la coordination entre les partenaires, dans leurs interventions respectives",
                                "Veiller à la complémentarité des actions et des interventions de chacun des partenaires sur le territoire concerné",
                                "Porter une attention particulière aux initiatives et aux actions innovantes du territoire"),
                        List.of(
                                seat(COLLECTIVITE, "Élus, DGS", null),
                                seat(COLLECTIVITE, "Les responsables administratifs concernés", null),
                                seat(COLLECTIVITE, "Le(s) chargé(s) de coopération", null),
                                seat(CAF, "Le Responsable du Pôle MEL", 1),
                                seat(CAF, "Le Responsable d’Unité de territoire", 1),
                                seat(CAF, "Autre acteur Caf possible", null),
                                seat(
                                        DEPARTEMENT,
                                        "Le(s) Responsable(s) d’Unité et de Prévention d’Action Sociale",
                                        null),
                                seat(ETAT, "La DDCS ou son représentant", 1),
                                seat(ETAT, "Le DASEN ou son représentant", 1),
                                seat(HABITANTS, "Représentants du Conseil des Citoyens ou d’associations locales", 2),
                                new Seat(
                                        PARTENAIRES,
                                        "Partenaires des thématiques repérées, à titre consultatif",
                                        null,
                                        Voice.CONSULTATIVE)),
                        List.of(),
                        FrequencyRule.inMonths("1 fois par an, en juin (« a minima annuel »)", 6),
                        false,
                        "")));
        registerBody(new Body(
                LLH_COTECH,
                LLH,
                new BodyData(
                        BodyKind.COTECH,
                        "Comité technique de la CTG Lille – Lomme – Hellemmes",
                        null,
                        "",
                        "Le(s) chargé(s) de coopération CTG",
                        "Chef de projet territorial CTG",
                        List.of(
                                "Préparer le Comité de Pilotage au regard des propositions du chef de projet",
                                "Décliner la mise en œuvre de la démarche de diagnostic et en assurer le suivi",
                                "Décliner opérationnellement et définir les moyens à mettre en œuvre",
                                "Élaborer le plan d’action de la future CTG en fonction du diagnostic",
                                "Évaluer annuellement les résultats obtenus / objectifs fixés"),
                        List.of(
                                seat(COLLECTIVITE, "Les responsables administratifs concernés", null),
                                seat(COLLECTIVITE, "Le(s) chargé(s) de coopération CTG", null),
                                seat(
                                        COLLECTIVITE,
                                        "Autres acteurs Ville possibles (gestionnaires d’équipements municipaux, etc.)",
                                        null),
                                seat(CAF, "Le Responsable d’Unité de Territoire", 1),
                                seat(
                                        CAF,
                                        "Le(s) Chargé(s) de Conseil et de Développement en Action Sociale (CCDAS)",
                                        null),
                                seat(CAF, "Le(s) Chargé(s) d’Intervention(s) Sociale(s) du territoire", null),
                                seat(
                                        CAF,
                                        "Autres acteurs Caf possibles (service Études, service DSU prestations, etc.)",
                                        null),
                                seat(DEPARTEMENT, "Le Responsable Équipe Administrative Accueil Petite Enfance PMI", 1),
                                seat(DEPARTEMENT, "Le(s) Médecin(s) de PMI ou ses représentants", null),
                                seat(DEPARTEMENT, "Le(s) Responsable(s) du Service SSD ou son représentant", null),
                                seat(DEPARTEMENT, "Les assistants de service sociaux", null),
                                seat(ETAT, "La DDCS ou son représentant", 1),
                                seat(ETAT, "Le DASEN ou son représentant", 1),
                                seat(
                                        PARTENAIRES,
                                        "Les gestionnaires d’équipements financés par le Bonus Territoire CTG",
                                        null),
                                new Seat(
                                        PARTENAIRES,
                                        "Autres partenaires pouvant apporter une expertise thématique",
                                        null,
                                        Voice.CONSULTATIVE),
                                seat(HABITANTS, "Représentants du Conseil des Citoyens ou d’associations locales", 2)),
                        List.of(),
                        FrequencyRule.inMonths("2 fois par an, en mai et en novembre", 5, 11),
                        false,
                        "")));
        registerBody(new Body(
                id("b1", 3),
                LLH,
                new BodyData(
                        BodyKind.INSTANCE_LOCALE,
                        "Instance de concertation CTG de Lomme",
                        "59355",
                        "Commune associée de Lomme",
                        "Chargés de coopération lommois",
                        "",
                        List.of("Porter et mettre en œuvre la CTG sur le territoire de Lomme"),
                        List.of(seat(COLLECTIVITE, "Élus et services de Lomme", null), seat(CAF, "Référent Caf", null)),
                        List.of(),
                        FrequencyRule.perYear(2, "Comité technique au printemps et à l’automne"),
                        false,
                        "")));
        registerBody(new Body(
                id("b1", 4),
                LLH,
                new BodyData(
                        BodyKind.INSTANCE_LOCALE,
                        "Comité technique interne d’Hellemmes",
                        "59298",
                        "Commune associée d’Hellemmes",
                        "Mme LETOMBE, chargée de coopération référente",
                        "",
                        List.of("Porter et mettre en œuvre la CTG sur le territoire d’Hellemmes"),
                        List.of(seat(
                                COLLECTIVITE,
                                "Directeur des Solidarités et du CCAS, directeur Éducation Jeunesse, chargés de coopération",
                                null)),
                        List.of(),
                        FrequencyRule.inMonths("Comité technique interne en février", 2),
                        false,
                        "")));

        registerMeeting(new Meeting(
                id("d1", 1),
                LLH,
                new MeetingData(
                        LLH_COTECH,
                        LocalDate.of(2022, 5, 17),
                        "Hôtel de ville de Lille (démonstration)",
                        List.of(
                                new AgendaItem(
                                        AgendaItem.AgendaKind.DIAGNOSTIC,
                                        "Avancement du diagnostic partagé",
                                        null,
                                        null),
                                new AgendaItem(
                                        AgendaItem.AgendaKind.OTHER,
                                        "Préparation du comité de pilotage de juin",
                                        null,
                                        null)),
                        List.of(),
                        "",
                        DEMO),
                List.of()));
        registerMeeting(new Meeting(
                id("d1", 2),
                LLH,
                new MeetingData(
                        LLH_COPIL,
                        LocalDate.of(2022, 6, 21),
                        "Hôtel de ville de Lille (démonstration)",
                        List.of(new AgendaItem(
                                AgendaItem.AgendaKind.ANNUAL_REVIEW, "Bilan annuel 2021 de la CTG", null, null)),
                        List.of(),
                        "",
                        DEMO),
                List.of()));

        post(
                id("e1", 1),
                LLH,
                PostRole.CHARGE_COOPERATION,
                "59350",
                "Enfance",
                "2.50",
                null,
                "",
                lille,
                null,
                PostStatus.FILLED,
                Map.of());
        post(
                id("e1", 2),
                LLH,
                PostRole.CHARGE_COOPERATION,
                "59350",
                "Jeunesse",
                "2",
                null,
                "",
                lille,
                null,
                PostStatus.FILLED,
                Map.of());
        post(
                id("e1", 3),
                LLH,
                PostRole.CHARGE_COOPERATION,
                "59355",
                "Enfance",
                "1",
                null,
                "",
                lomme,
                null,
                PostStatus.FILLED,
                Map.of());
        post(
                id("e1", 4),
                LLH,
                PostRole.CHARGE_COOPERATION,
                "59355",
                "Jeunesse",
                "2",
                null,
                "",
                lomme,
                null,
                PostStatus.FILLED,
                Map.of());
        post(
                HELLEMMES_POST,
                LLH,
                PostRole.CHARGE_COOPERATION,
                "59298",
                "Petite enfance, parentalité (enfance)",
                "0.50",
                "0.70",
                "Mme LETOMBE",
                hellemmes,
                "50",
                PostStatus.FILLED,
                Map.of(
                        2021,
                        LocalDate.of(2022, 3, 15),
                        2022,
                        LocalDate.of(2023, 3, 20),
                        2023,
                        LocalDate.of(2024, 3, 28)));
        post(
                id("e1", 6),
                LLH,
                PostRole.CHARGE_COOPERATION,
                "59298",
                "Éducation, jeunesse",
                "0.50",
                null,
                "M. Christian JEREMIE",
                hellemmes,
                null,
                PostStatus.FILLED,
                Map.of());
    }

    private void loadArmentieres(ConventionSummary c) {
        UUID ville = org("Ville d'Armentières");
        String commune = c.communes().isEmpty() ? null : c.communes().get(0);
        registerBody(
                new Body(
                        id("b2", 1),
                        ARMENTIERES,
                        new BodyData(
                                BodyKind.COPIL,
                                "Comité de pilotage de la CTG d’Armentières",
                                commune,
                                "",
                                "Animé par la collectivité en étroite collaboration avec les services de la Caf",
                                "La collectivité, avec l’appui de la Caf",
                                List.of(
                                        "Anime et valide le diagnostic initial",
                                        "Assure le suivi des objectifs et l’évaluation",
                                        "Renforce la coordination entre partenaires",
                                        "Porte attention aux initiatives innovantes",
                                        "Initie, dynamise, et valide les travaux aux principales étapes, et en final"),
                                List.of(
                                        seat(
                                                COLLECTIVITE,
                                                "Le Maire, les élus référents, le DGS et/ou DGA, les techniciens",
                                                null),
                                        seat(CAF, "Représentants de la Caf", null),
                                        new Seat(
                                                PARTENAIRES,
                                                "Personnes ressources, à titre consultatif",
                                                null,
                                                Voice.CONSULTATIVE)),
                                List.of(),
                                FrequencyRule.perYear(2, "« a minima … semestriel » (article 7)"),
                                true,
                                "« Composé, à parité, de représentants de la Caf et de la Collectivité » : nombre de sièges non précisé par la convention.")));
        post(
                id("e2", 1),
                ARMENTIERES,
                PostRole.CHARGE_COOPERATION,
                commune,
                "Enfance, jeunesse",
                "1",
                null,
                "",
                ville,
                null,
                PostStatus.RECRUITING,
                Map.of());
    }

    private static Seat seat(Institution institution, String role, Integer count) {
        return new Seat(institution, role, count, Voice.DELIBERATIVE);
    }

    private void post(
            UUID id,
            UUID convention,
            PostRole role,
            String commune,
            String theme,
            String etp,
            String requested,
            String person,
            UUID employer,
            String share,
            PostStatus status,
            Map<Integer, LocalDate> reports) {
        registerPost(new Post(
                id,
                convention,
                new PostData(
                        role,
                        commune,
                        theme,
                        new BigDecimal(etp),
                        requested == null ? null : new BigDecimal(requested),
                        person,
                        "",
                        employer,
                        share == null ? null : new BigDecimal(share),
                        REFERENTIAL,
                        convention.equals(LLH) ? TARGET : null,
                        status,
                        ""),
                reports));
    }

    // Whoever runs the loader: no user is signed in at start-up; inserting twice changes nothing.

    private void registerBody(Body body) {
        repository.insertBody(body, "system");
    }

    private void registerMeeting(Meeting meeting) {
        repository.insertMeeting(meeting, "system");
    }

    private void registerPost(Post post) {
        repository.insertPost(post, "system");
    }
}
