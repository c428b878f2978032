package fr.pilotectg.actionplan.demo;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.actionplan.domain.ActionPlanRepository;
import fr.pilotectg.actionplan.domain.Axis;
import fr.pilotectg.actionplan.domain.Fiche;
import fr.pilotectg.actionplan.domain.FicheContent;
import fr.pilotectg.actionplan.domain.Milestone;
import fr.pilotectg.actionplan.domain.PartnerRef;
import fr.pilotectg.actionplan.domain.PlanAudit;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo action plans, after the demo conventions (order 40), with fixed ids so that loading twice changes nothing:
 * <ul>
 *   <li>CTG Lille – Lomme – Hellemmes 2021-2024: one part (axis) per commune, as annexes 4 and 4 bis print them: the
 *       shared fiche (diagnostic initial, the nine steps, the milestones of 31/12/2022 and 31/12/2024, services,
 *       partners, indicators) declined per commune, and the communes' schémas de développement;</li>
 *   <li>CTG Armentières 2023-2026: annex 4 has five empty fiches; the demo titles four after the subjects of the
 *       council deliberation DE23.027 and adds a fifth, all drafts marked as demo content.</li>
 * </ul>
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
class DemoActionPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActionPlans.class);
    static final UUID LLH = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");
    static final UUID ARMENTIERES = UUID.fromString("6c1f0f1e-2023-4c71-8a11-0000000000a2");
    static final UUID AXIS_LILLE = id("a1", 1);
    static final UUID AXIS_LOMME = id("a1", 2);
    static final UUID AXIS_HELLEMMES = id("a1", 3);
    static final UUID AXIS_ARMENTIERES = id("a2", 1);
    static final UUID FICHE_LILLE = id("f1", 1);
    static final String DEMO_NOTE =
            "Contenu de démonstration : la fiche de l’annexe 4 est vide dans le document source.";
    private static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private final ActionPlanRepository repository;
    private final Conventions conventions;
    private final Directory directory;
    private final AuditTrail audit;
    private final MessageSource messages;

    DemoActionPlans(
            ActionPlanRepository repository,
            Conventions conventions,
            Directory directory,
            AuditTrail audit,
            MessageSource messages) {
        this.repository = repository;
        this.conventions = conventions;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    /** Fixed ids: 6c1f0f1e-5000-4c71-8a11-0000000<kind><nn>. */
    static UUID id(String kind, int n) {
        return UUID.fromString("6c1f0f1e-5000-4c71-8a11-0000000%s%03d".formatted(kind, n));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<ConventionSummary> llh = conventions.find(LLH);
        Optional<ConventionSummary> armentieres = conventions.find(ARMENTIERES);
        UUID caf = org("Caisse d'allocations familiales du Nord");
        UUID lille = org("Ville de Lille");
        UUID lomme = org("Commune associée de Lomme");
        UUID hellemmes = org("Commune associée d'Hellemmes");
        UUID departement = org("Département du Nord");
        UUID ville = org("Ville d'Armentières");
        if (llh.isPresent()) loadLilleLommeHellemmes(llh.get(), caf, lille, lomme, hellemmes, departement);
        if (armentieres.isPresent()) loadArmentieres(armentieres.get(), ville, caf);
        log.info(
                "Demo action plans loaded (CTG Lille – Lomme – Hellemmes annexes 4 / 4 bis, CTG Armentières annexe 4).");
    }

    private UUID org(String name) {
        return directory.findOrganisationByName(name).map(OrganisationView::id).orElse(null);
    }

    // ---------------------------------------------------------------- Lille – Lomme – Hellemmes

    private void loadLilleLommeHellemmes(
            ConventionSummary c, UUID caf, UUID lille, UUID lomme, UUID hellemmes, UUID departement) {
        List<String> llhEnjeux = List.of("E1", "E2", "E3", "E4", "E5");
        List<String> llhDomains = List.of("PETITE_ENFANCE", "ENFANCE", "JEUNESSE", "PARENTALITE").stream()
                .filter(c.domains()::contains)
                .toList();
        registerAxis(new Axis(
                AXIS_LILLE,
                LLH,
                1,
                "Plan d’actions 2021-2024 — Ville de Lille (annexe 4)",
                "59350",
                llhDomains,
                llhEnjeux));
        registerAxis(new Axis(
                AXIS_LOMME, LLH, 2, "Plan d’actions 2021-2024 — Lomme (annexe 4 bis)", "59355", llhDomains, llhEnjeux));
        registerAxis(new Axis(
                AXIS_HELLEMMES,
                LLH,
                3,
                "Plan d’actions 2021-2024 — Hellemmes (annexe 4 bis)",
                "59298",
                llhDomains,
                llhEnjeux));

        // Lille (annexe 4)
        List<PartnerRef> lillePartners = new ArrayList<>();
        lillePartners.add(
                caf == null ? new PartnerRef(null, "La Caisse d’Allocations Familiales") : new PartnerRef(caf, ""));
        lillePartners.add(
                departement == null
                        ? new PartnerRef(null, "Le Conseil Départemental")
                        : new PartnerRef(departement, ""));
        for (String name : List.of(
                "La MSA",
                "L’EPDSAE",
                "La DDSCPP",
                "L’ARS",
                "L’Institut National des Statistiques et Etudes Economiques (INSEE)",
                "Les partenaires associatifs (exemple : les papillons blancs)",
                "L’Education Nationale",
                "Les IME et instituts spécialisés",
                "Le club de prévention",
                "Les élu(e)s",
                "Les citoyens/usagers")) {
            lillePartners.add(new PartnerRef(null, name));
        }
        fiche(
                c,
                FICHE_LILLE,
                AXIS_LILLE,
                1,
                FicheStatus.IN_PROGRESS,
                40,
                shared(
                        "Lille",
                        lille,
                        List.of(
                                "1- Mettre en place des instances de décision et de pilotage ad hoc à l’échelle des trois communes et au niveau communal. "
                                        + "A l’échelle du territoire Lille Lomme Hellemmes : 1 Comité technique en novembre et mai de chaque année, "
                                        + "1 Comité de Pilotage en juin de chaque année. A l’échelle de la Ville de Lille : instances de concertation et de "
                                        + "collaboration fondées sur les commissions Petite Enfance, les Rencontres de l’Education pilotées par le PEG, les "
                                        + "commissions Jeunesse créées par la démarche de délibération cadre, avec un groupe de travail transversal (chef de "
                                        + "projet CTG, les chargés de coopération à la Direction Générale de l’Education et toute personne pouvant contribuer).",
                                "2- Recenser les diagnostics déjà existants ou à venir tels que : PEG 4 et les PEL ; portraits de territoire (Politique de "
                                        + "la Ville – Observatoire) ; analyse des besoins sociaux (CCAS) ; la délibération cadre jeunesse et le résultat des "
                                        + "démarches de concertation engagées en amont de sa rédaction ; la consultation UNICEF dont la ville est partenaire "
                                        + "en tant que Ville Amie des Enfants.",
                                "3- Collecter et compiler toutes ces données pour construire un diagnostic partagé global à l’échelle du territoire de la "
                                        + "CTG : évolution du contexte local, analyse de l’offre de service existante, analyse des besoins. Echanges de "
                                        + "données (statistiques, analyses).",
                                STEP_4,
                                STEP_5,
                                STEP_6,
                                STEP_7,
                                STEP_8,
                                "9- Développements déjà prévus sur la période 2021-2024 : thématique petite enfance parentalité et thématique enfance "
                                        + "jeunesse (tableaux transmis avec l’annexe : voir les fiches « Schéma de développement » de Lille)."),
                        String.join(
                                "\n",
                                "La Direction Générale Adjointe à l’Education",
                                "La Direction des Services Ressources",
                                "La Direction de la Petite Enfance",
                                "La Direction de la Jeunesse et des Initiatives Solidaires",
                                "La Direction des Solidarités et de la Santé",
                                "La Direction Personnes Agées/ Personnes Handicapées",
                                "La Direction des Sports",
                                "La Direction du Projet Educatif Global",
                                "Equipes de Réussites Educatives",
                                "Le Centre Communal d’Actions Sociales (CCAS)",
                                "La Direction de l’Observatoire",
                                "La Direction de la Politique de la Ville",
                                "La Direction Démocratie Participative et Citoyenneté",
                                "Le Conseil Local de Sécurité et de Prévention de la Délinquance",
                                "La Maison Des Associations",
                                "La Direction de la Proximité",
                                "Les Services du Pôle « Qualité et Développement de la Ville »"),
                        lillePartners,
                        List.of()));
        fiche(
                c,
                id("f1", 2),
                AXIS_LILLE,
                2,
                FicheStatus.IN_PROGRESS,
                50,
                schema(
                        "Schéma de développement 2021-2024 — Petite enfance parentalité (Lille)",
                        lille,
                        List.of(
                                "MAC Digue Dondaine, 107 rue d’Athènes (Saint-Maurice Pellevoisin) — développement : capacité d’accueil 20 places, "
                                        + "extension de 4 places → 24 places (2021)",
                                "MAC Les Oisillons, Centre Social de l’Arbrisseau, 194 rue du Vaisseau Le Vengeur (Lille Sud) — développement : "
                                        + "capacité d’accueil 25 places, extension de 14 places → 39 places (2021)",
                                "MAC La sauvegarde du Nord (Rigolo comme la vie), 33 boulevard de Strasbourg (Lille Moulins) — création : "
                                        + "multi-accueil de 20 places avec un Centre d’Action Médico-Sociale Précoce (CAMPS) adossé à la crèche ; "
                                        + "création de 10 nouvelles places pour les familles lilloises (2021)",
                                "Crèche Coopérative Petite Enfance Lille Moulins, 90 avenue Denis Cordonnier — création : capacité 20 places, "
                                        + "achat de 10 places par la Ville de Lille via un marché public (2021)",
                                "MAC Concorde, boulevard de Metz (Faubourg de Béthune) — développement : capacité 50 places, construction d’un "
                                        + "nouvel équipement avec extension de 20 places → 70 places (2023)",
                                "Maison des Assistantes Maternelles, boulevard de Metz (Faubourg de Béthune) — création : 4 assistantes "
                                        + "maternelles, 16 places ; partie intégrante du projet Concorde, appel à projet à réaliser (2023)",
                                "MAC municipal Les P’tits Minouches, 2 rue de la Loire (Lille Sud) — développement : capacité 15 places, "
                                        + "transformation en crèche AVIP avec extension de la capacité et de l’amplitude d’ouverture (2023)",
                                "Maison des Parents Wazemmes — création : espace d’accueil, d’information et de ressources apportant un soutien "
                                        + "global aux parents, jeunes enfants et enfants, fil rouge : l’éveil culturel et artistique (2024)"),
                        List.of(
                                Milestone.on(
                                        LocalDate.of(2021, 12, 31),
                                        "Démarrages envisagés en 2021 : Digue Dondaine, Les Oisillons, "
                                                + "Rigolo comme la vie, Crèche Coopérative Lille Moulins",
                                        false),
                                Milestone.on(
                                        LocalDate.of(2023, 12, 31),
                                        "Démarrages envisagés en 2023 : MAC Concorde, MAM boulevard de Metz, "
                                                + "Les P’tits Minouches",
                                        false),
                                Milestone.on(
                                        END_2024, "Démarrage envisagé en 2024 : Maison des Parents Wazemmes", false)),
                        "Création ou développement des équipements d’accueil du jeune enfant et de soutien à la parentalité inscrits au schéma."));
        fiche(
                c,
                id("f1", 3),
                AXIS_LILLE,
                3,
                FicheStatus.IN_PROGRESS,
                50,
                schema(
                        "Schéma de développement 2021-2024 — Enfance jeunesse (Lille)",
                        lille,
                        List.of(
                                "Ecole Montessori (Bois Blancs) — création : ouverture d’une nouvelle école et création d’un périscolaire matin "
                                        + "et soir ; ouverture progressive à partir de septembre avec montée en charge chaque année, nombre de places "
                                        + "pas encore défini (septembre 2021)",
                                "Groupe scolaire Porte de Valenciennes (Moulins) — création : ouverture d’un nouveau groupe scolaire et création "
                                        + "d’un périscolaire matin, soir et mercredi ; ouverture progressive à partir de septembre 2022 (septembre 2022)",
                                "Accompagnement des enfants porteurs de handicap sur les temps péri et extrascolaires (tous quartiers) — "
                                        + "développement de postes d’animateurs spécialisés pendant les activités municipales (2021)"),
                        List.of(
                                Milestone.on(
                                        LocalDate.of(2021, 9, 30),
                                        "Ouverture du périscolaire de l’école Montessori (Bois Blancs)",
                                        false),
                                Milestone.on(
                                        LocalDate.of(2021, 12, 31),
                                        "Postes d’animateurs spécialisés pour les enfants porteurs de handicap",
                                        false),
                                Milestone.on(
                                        LocalDate.of(2022, 9, 30),
                                        "Ouverture du périscolaire du groupe scolaire Porte de Valenciennes",
                                        false)),
                        "Création des accueils périscolaires des nouvelles écoles et accompagnement des enfants porteurs de handicap."));

        // Lomme (annexe 4 bis)
        fiche(
                c,
                id("f1", 4),
                AXIS_LOMME,
                4,
                FicheStatus.IN_PROGRESS,
                40,
                shared(
                        "Lomme",
                        lomme,
                        List.of(
                                "1- Mettre en place des instances de décision et de pilotage ad hoc à l’échelle des trois communes et au niveau communal. "
                                        + "A l’échelle du territoire Lille Lomme Hellemmes : 1 Comité technique en novembre et mai de chaque année, "
                                        + "1 Comité de Pilotage en juin de chaque année. A l’échelle de la Ville de Lomme : 1 Comité technique au "
                                        + "printemps et automne de chaque année, 1 Comité de pilotage en juin de chaque année.",
                                "2- Recenser les diagnostics déjà existants ou à venir tels que : PEG 4 et les PEL ; portraits de territoire (Politique de "
                                        + "la Ville – Observatoire) ; analyse des besoins sociaux (CCAS) ; la délibération cadre jeunesse.",
                                "3- Collecter et compiler toutes ces données pour construire un diagnostic partagé global à l’échelle du territoire de la "
                                        + "CTG : évolution du contexte local, analyse de l’offre de service existante, analyse des besoins. Echanges de "
                                        + "données (statistiques, analyses).",
                                STEP_4,
                                STEP_5,
                                STEP_6,
                                STEP_7,
                                STEP_8,
                                "9- Développements déjà prévus sur la période 2021-2024 (tableau transmis : voir la fiche « Schéma de développement » "
                                        + "de Lomme)."),
                        String.join(
                                "\n",
                                "Tous les chargés de coopération LLH et services de rattachement :",
                                "Lille : la Direction Générale Adjointe à l’Education, la Direction des Services Ressources, la Direction de la "
                                        + "Petite Enfance",
                                "A Hellemmes : la Direction des Solidarités, CCAS, la Direction de l’Education et Jeunesse",
                                "A Lomme : Pôle Culture Education (Petite Enfance, Enfance, Education, Parentalité) et mobilisation des "
                                        + "différents services en tant que partenaires"),
                        names(
                                "APE, EPDSAE / Accueil Parents Enfants",
                                "PEL / Ecoles et Espaces Educatifs",
                                "PMI / Protection Maternelle Infantile",
                                "RAMI / Relais Assistant Maternel / Association PREMIERS PAS",
                                "Plan Lecture/musique",
                                "Espace Seniors / Direction Solidarité et Ccas",
                                "EAJE Municipaux et Associatifs",
                                "Associations de loisirs, culture, sports"),
                        List.of("David VANCOSTENOBLE, référent lommois et chargé de coopération Enfance-Jeunesse")));
        fiche(
                c,
                id("f1", 5),
                AXIS_LOMME,
                5,
                FicheStatus.IN_PROGRESS,
                30,
                schema(
                        "Schéma de développement 2021-2024 — Lomme",
                        lomme,
                        List.of(
                                "Renouvellement de l’ensemble des actions inscrites au schéma de développement du contrat enfance jeunesse "
                                        + "(module 12 : crèche familiale 55 places ; LAEP 234 actes prévisionnels ; 3 ludothèques, 2925 actes sur "
                                        + "offre existante ; 3 MAC municipaux 17 + 17 + 15 = 49 places ; 1 MAC associatif 40 places ; postes "
                                        + "coordinateurs et ingénierie 3 ETP ; RAM 2 ETP ; ALSH extrascolaire et périscolaire mairie)",
                                "4 postes de chargés de coopération CTG Ville de Lomme (selon 3 ETP de base) — développement : 3 postes de "
                                        + "coordination et ingénierie du CEJ évoluant en postes de coopération CTG selon thématique (2021)",
                                "Nouvelles actions à définir — création : après deux ans de diagnostic, actions à créer issues des thématiques "
                                        + "CTG, validées par la Municipalité pour les deux années restantes (2023)"),
                        List.of(
                                Milestone.on(
                                        LocalDate.of(2021, 12, 31),
                                        "Postes de coordination CEJ évolués en postes de coopération CTG",
                                        false),
                                Milestone.on(
                                        LocalDate.of(2023, 12, 31),
                                        "Nouvelles actions issues du diagnostic validées par la Municipalité",
                                        false)),
                        "Consolidation du socle existant puis nouvelles actions issues du diagnostic commun."));
        FicheContent farandole = new FicheContent(
                "Extension de 2 places du MAC la Farandole (59 rue Adolphe Defrenne, 59160 Lomme)",
                "Familles du quartier de la Mitterie",
                "Quartier Mitterie en mutation : la création de 2 places d’accueil permettrait de "
                        + "répondre à plusieurs enjeux sur le territoire de la commune.",
                "Extension de 2 places CTG du multi-accueil la Farandole.",
                List.of(
                        "Travaux d’extension (début 2022-2023)",
                        "Fin des travaux",
                        "Aménagement des locaux",
                        "Embauche",
                        "Ouverture (prévision : à voir)"),
                List.of(
                        Milestone.on(LocalDate.of(2023, 12, 31), "Début des travaux (2022-2023)", false),
                        Milestone.on(END_2024, "Fin des travaux et aménagement des locaux (2024)", false)),
                "Pôle Culture Education de Lomme",
                "2 places d’accueil supplémentaires",
                names(),
                List.of("Nombre de places ouvertes"),
                lomme,
                List.of("Sandrine DENNEULIN, chargée de coopération"),
                null,
                List.of(),
                List.of(id("f1", 5)),
                List.of(),
                "");
        fiche(c, id("f1", 6), AXIS_LOMME, 6, FicheStatus.VALIDATED, 10, farandole);

        // Hellemmes (annexe 4 bis)
        fiche(
                c,
                id("f1", 7),
                AXIS_HELLEMMES,
                7,
                FicheStatus.IN_PROGRESS,
                40,
                shared(
                        "Hellemmes",
                        hellemmes,
                        List.of(
                                "1- Mettre en place des instances de décision et de pilotage ad hoc à l’échelle des trois communes et au niveau communal. "
                                        + "A l’échelle du territoire Lille Lomme Hellemmes : 1 Comité technique en novembre et mai de chaque année, "
                                        + "1 Comité de Pilotage en juin de chaque année. A l’échelle du territoire hellemmois : 1 Comité technique en "
                                        + "interne en février de chaque année, 1 Comité de Pilotage en juin de chaque année.",
                                "2- Recenser les diagnostics déjà existants ou à venir tels que : PEG 4 et les PEL ; portraits de territoire (Politique de "
                                        + "la Ville – Observatoire) ; analyse des besoins sociaux (CCAS) ; la délibération cadre jeunesse.",
                                "3- Collecter et compiler toutes ces données pour construire un diagnostic partagé global à l’échelle du territoire de la "
                                        + "CTG : évolution du contexte local, analyse de l’offre de service existante, analyse des besoins. Echanges de "
                                        + "données (statistiques, analyses).",
                                STEP_4,
                                STEP_5,
                                STEP_6,
                                STEP_7,
                                STEP_8,
                                "9- Développements déjà prévus sur la période 2021-2024 : thématique petite enfance (tableau transmis : voir la fiche "
                                        + "« Schéma de développement » d’Hellemmes)."),
                        String.join(
                                "\n",
                                "Un chargé de coopération référent pour le territoire d’Hellemmes de la Direction des Solidarités et CCAS "
                                        + "en lien avec le chargé de coopération CTG Jeunesse de la Direction Education Jeunesse.",
                                "Mobilisation des différents services en tant que partenaires (service culture…)."),
                        names(
                                "APE, EPDSAE / Accueil Parents Enfants",
                                "PEL / Ecoles et Espaces Educatifs",
                                "PMI / Protection Maternelle Infantile",
                                "RAMI / Relais Assistant Maternel / Association PREMIERS PAS",
                                "Association Léo Lagrange / Ludothèque",
                                "Plan Lecture / Mairie d’Hellemmes",
                                "Espace Seniors / Direction Solidarité et Ccas",
                                "Crèche Amicloterie",
                                "Multi Accueil « Les Popelines »",
                                "Lieu d’accueil associatif « Graines d’Acacias »",
                                "Crèche privée « Rire et Grandir »",
                                "Associations de loisirs, de la culture et du sport"),
                        List.of("Anne Marie LETOMBE, référente Hellemmes")));
        fiche(
                c,
                id("f1", 8),
                AXIS_HELLEMMES,
                8,
                FicheStatus.IN_PROGRESS,
                40,
                schema(
                        "Schéma de développement 2021-2024 — Hellemmes",
                        hellemmes,
                        List.of(
                                "Renouvellement des actions hellemmoises inscrites au CEJ (module 13 : Graines d’Acacias 17 places ; LAEP 180 "
                                        + "actes prévisionnels ; ludothèque d’Hellemmes 705 actes prévisionnels ; MAC Les Popelines 60 places ; "
                                        + "postes coordinateur petite enfance et jeunesse 0,50 ETP chacun ; RAM ; ALSH extrascolaire et "
                                        + "périscolaire mairie 442 073 actes)",
                                "Poste de coopération référent Hellemmes — développement : poste de coordinateur petite enfance CEJ → poste de "
                                        + "coopération CTG (2021) ; temps dédié à définir (0,1 ETP sur 0,7 ETP) — Anne Marie LETOMBE",
                                "Poste de coopération — développement : poste de coordinateur jeunesse CEJ → poste de coopération CTG, à "
                                        + "mutualiser avec le référent du Projet Educatif Local (2021) — Jérémie CHRISTIAN",
                                "Crèche l’Amicloterie, 47 places, intègre la CTG 2021-2024 (2021) — Amandine Leclercq",
                                "Popelines — développement : 60 places financées CEJ → 73 places financées CTG (2021) — Elodie TOCCI"),
                        List.of(Milestone.on(
                                LocalDate.of(2021, 12, 31),
                                "Postes de coopération CTG et places financées CTG en place",
                                false)),
                        "Transformation des postes CEJ en postes de coopération CTG et places financées CTG."));
        FicheContent amicloterie = new FicheContent(
                "Extension de 5 places de la crèche l’Amicloterie (111/113 rue Faidherbe, 59260 Hellemmes)",
                "Publics en réinsertion",
                "Dans la continuité de l’amélioration de l’offre petite enfance développée ces dernières années, "
                        + "au regard des besoins en constante évolution.",
                "Création de 5 places d’accueil réservées aux publics en réinsertion, comme prévu dans le cadre du conventionnement avec la Caf.",
                List.of("Extension de 47 places à 52 places"),
                List.of(Milestone.on(LocalDate.of(2021, 12, 31), "Extension de 5 places (2021)", false)),
                "Direction des Solidarités et CCAS d’Hellemmes",
                "5 places d’accueil supplémentaires réservées aux publics en réinsertion",
                names(),
                List.of("Nombre de places ouvertes", "Nombre d’enfants de familles en réinsertion accueillis"),
                hellemmes,
                List.of("Amandine Leclercq"),
                null,
                List.of(),
                List.of(id("f1", 8)),
                List.of(),
                "");
        fiche(c, id("f1", 9), AXIS_HELLEMMES, 9, FicheStatus.IN_PROGRESS, 60, amicloterie);
    }

    private static final String STEP_4 =
            "4- Analyser les thématiques du socle de base et vérifier la cohérence avec les actions déjà mises en œuvre.";
    private static final String STEP_5 =
            "5- Définir les champs d’intervention prioritaires et les axes de développement soit au niveau local ou à "
                    + "l’échelle des trois communes si ces axes s’avèrent partagés.";
    private static final String STEP_6 = "6- Réaliser le diagnostic sur ces nouveaux champs d’intervention.";
    private static final String STEP_7 =
            "7- Construire un plan d’action et élaborer les fiches action en vue de la prochaine CTG.";
    private static final String STEP_8 =
            "8- Faire évoluer les activités des postes de chargés de coopération CTG de manière à atteindre le "
                    + "référentiel emploi-cible d’ici la fin de la CTG soit au 31/12/2024.";

    /** The fiche shared by the three communes (same diagnostic, milestones, results and indicators), declined per commune. */
    private static FicheContent shared(
            String commune,
            UUID pilot,
            List<String> steps,
            String services,
            List<PartnerRef> partners,
            List<String> referents) {
        return new FicheContent(
                "Diagnostic partagé de territoire et pilotage de la CTG — " + commune,
                "Habitants/usagers des communes de Lille, Lomme, et Hellemmes.",
                (commune.equals("Lomme") ? "Un seul diagnostic commun LLH. " : "")
                        + "Réaliser un diagnostic global de territoire à l’échelle des trois communes (Lille, Lomme et Hellemmes) à "
                        + "partir de diagnostics locaux. Contribuer à la mise en œuvre d’un diagnostic de territoire métropolitain.",
                "Objectifs opérationnels avec déclinaison par commune ; schéma de développement.",
                steps,
                List.of(
                        Milestone.on(
                                END_2022,
                                "Construction du diagnostic global de territoire sur les thématiques petite enfance, "
                                        + "enfance-jeunesse, parentalité",
                                false),
                        Milestone.on(END_2022, "Mise en œuvre des actions du schéma de développement", false),
                        Milestone.on(
                                END_2024,
                                "Identification des besoins du territoire et élaboration du plan d’action sur les "
                                        + "thématiques petite enfance, enfance-jeunesse, parentalité",
                                false),
                        Milestone.on(
                                END_2024,
                                "Construction du diagnostic partagé de territoire sur les thématiques choisies par la "
                                        + "collectivité et élaboration du plan d’action et des fiches action en vue de la prochaine CTG",
                                false),
                        Milestone.on(END_2024, "Mise en œuvre des actions du schéma de développement", false),
                        Milestone.on(
                                END_2024,
                                "Atteinte du référentiel emploi-cible pour les postes de chargés de coopération CTG",
                                false),
                        Milestone.on(END_2024, "Evaluation et capitalisation du projet", false)),
                services,
                "Développer et conforter une offre de service de qualité sur les champs de la petite enfance, l’enfance, la jeunesse et "
                        + "la parentalité au regard des enjeux du territoire.",
                partners,
                List.of(
                        "Mise en place des comités de pilotage, comité technique et groupes de travail",
                        "Réalisation du diagnostic partagé global",
                        "Définition du plan d’action et élaboration des fiches action",
                        "Réalisation des actions décrites dans le schéma de développement (2021-2024)",
                        "Renouvellement de la convention CTG"),
                pilot,
                referents,
                null,
                List.of(),
                List.of(),
                List.of(),
                "");
    }

    private static FicheContent schema(
            String title, UUID pilot, List<String> steps, List<Milestone> milestones, String objectives) {
        return new FicheContent(
                title,
                "Familles et enfants du territoire",
                "",
                objectives,
                steps,
                milestones,
                "",
                "",
                List.of(),
                List.of("Réalisation des actions décrites dans le schéma de développement (2021-2024)"),
                pilot,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                "Transcrit du tableau « schéma de développement » joint à l’annexe.");
    }

    private static List<PartnerRef> names(String... names) {
        return java.util.Arrays.stream(names).map(n -> new PartnerRef(null, n)).toList();
    }

    // ---------------------------------------------------------------- Armentières

    private void loadArmentieres(ConventionSummary c, UUID ville, UUID caf) {
        List<String> domains = List.of("ANIMATION_VIE_SOCIALE", "ENFANCE", "PARENTALITE").stream()
                .filter(c.domains()::contains)
                .toList();
        registerAxis(new Axis(
                AXIS_ARMENTIERES,
                ARMENTIERES,
                1,
                "Plan d’actions 2023-2026 — Armentières (annexe 4)",
                "59017",
                domains,
                List.of("E2", "E3", "E4", "E7", "E10")));
        List<PartnerRef> partners = caf == null ? List.of() : List.of(new PartnerRef(caf, ""));
        String[][] fiches = {
            {
                "L’animation de la vie sociale",
                "Déterminer un projet de territoire qui repose sur un socle commun de travail "
                        + "(orientations partagées), des démarches partenariales et l’équilibre des équipements."
            },
            {
                "Accompagner le développement de l’enfant",
                "Appréhender ces changements et leur temporalité ; identifier les étapes ; "
                        + "identifier les actions engagées ; développer des passerelles d’accompagnement."
            },
            {
                "Parentalité / insertion",
                "Identifier les dispositifs existants sur le territoire ; en améliorer la lecture partagée et "
                        + "les échanges partenariaux ; cibler les pistes de développement."
            },
            {"Égalité des chances", "Rendre accessible l’offre au plus grand nombre."},
            {
                "Pilotage et évaluation de la CTG",
                "Réunir le comité de pilotage et le comité technique, suivre et évaluer le plan "
                        + "d’actions 2023-2026."
            }
        };
        for (int i = 0; i < fiches.length; i++) {
            FicheContent content = new FicheContent(
                    fiches[i][0],
                    "Familles armentiéroises",
                    "Sujet ciblé et objectivé lors du comité de pilotage du 5 janvier 2022 (délibération DE23.027 du 9 février 2023).",
                    fiches[i][1],
                    List.of(),
                    List.of(),
                    "",
                    "",
                    partners,
                    List.of(),
                    ville,
                    List.of(),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    DEMO_NOTE);
            fiche(c, id("f2", i + 1), AXIS_ARMENTIERES, i + 1, FicheStatus.DRAFT, 0, content);
        }
    }

    private void fiche(
            ConventionSummary c,
            UUID id,
            UUID axis,
            int position,
            FicheStatus status,
            int progress,
            FicheContent content) {
        Fiche.check(content, progress);
        registerFiche(Fiche.restore(id, c.id(), axis, position, content, status, progress, null), c);
    }

    /** Stores an axis whoever runs the loader (no user is signed in at start-up). */
    private void registerAxis(Axis axis) {
        if (!repository.axisExists(axis.id())) repository.insertAxis(axis, "system");
    }

    /** Stores a fiche with its status whoever runs the loader, and says so in its history. */
    private void registerFiche(Fiche fiche, ConventionSummary convention) {
        if (repository.ficheExists(fiche.id())) return;
        repository.insertFiche(fiche, "system");
        String status = messages.getMessage(
                fiche.status().messageKey(), null, fiche.status().name(), Locale.FRANCE);
        audit.record(new AuditRecord(
                PlanAudit.FICHE_ENTITY,
                fiche.id().toString(),
                "created",
                messages.getMessage(
                        "actionplan.audit.fiche.loaded",
                        new Object[] {fiche.content().title()},
                        Locale.FRANCE),
                List.of(new AuditChange(
                        messages.getMessage("actionplan.audit.field.status", null, Locale.FRANCE), null, status)),
                convention.footprint()));
    }
}
