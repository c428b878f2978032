package fr.pilotectg.diagnostic.demo;

import fr.pilotectg.convention.Conventions;
import fr.pilotectg.diagnostic.domain.ActionData;
import fr.pilotectg.diagnostic.domain.ActionNature;
import fr.pilotectg.diagnostic.domain.Diagnostic;
import fr.pilotectg.diagnostic.domain.DiagnosticRepository;
import fr.pilotectg.diagnostic.domain.Figure;
import fr.pilotectg.diagnostic.domain.FigureKind;
import fr.pilotectg.diagnostic.domain.FigureOrigin;
import fr.pilotectg.diagnostic.domain.FigureScope;
import fr.pilotectg.diagnostic.domain.Milestone;
import fr.pilotectg.diagnostic.domain.MilestoneKind;
import fr.pilotectg.diagnostic.domain.SchemaAction;
import fr.pilotectg.diagnostic.domain.Thematic;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Demo diagnostics and schémas (profile {@code demo} only), copied from the seeds, after the demo equipment (order 50):
 * the Armentières diagnostic with the Caf figures of its article 2, the LLH diagnostic milestones (annex 4) and every
 * row of the Lille, Lomme and Hellemmes schémas de développement 2021-2024, linked by name to the register's entries.
 *
 * <p>The Armentières text does not date its Caf figures: the demo records the convention's first year (2023) and says
 * so in the figure's note. The Popelines row is recorded as realised on 1 January 2021, the date from which the demo
 * register already holds its 73 places (annex 4 bis).
 */
@Component
@Order(80)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
public class DemoDiagnostics implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDiagnostics.class);
    public static final UUID LLH = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");
    public static final UUID ARMENTIERES = UUID.fromString("6c1f0f1e-2023-4c71-8a11-0000000000a2");
    public static final String ARMENTIERES_SOURCE = "CTG Armentières 2023-2026, article 2 (partie libre de la Caf)";
    static final String LILLE = "59350";
    static final String LOMME = "59355";
    static final String HELLEMMES = "59298";

    private final DiagnosticRepository repository;
    private final EquipmentRegister register;
    private final Conventions conventions;
    private final AuditTrail audit;
    private final MessageSource messages;

    DemoDiagnostics(
            DiagnosticRepository repository,
            EquipmentRegister register,
            Conventions conventions,
            AuditTrail audit,
            MessageSource messages) {
        this.repository = repository;
        this.register = register;
        this.conventions = conventions;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.find(ARMENTIERES).isEmpty()) load(armentieres());
        if (repository.find(LLH).isEmpty()) load(lilleLommeHellemmes());
        if (!repository.hasActions(LLH)) {
            List<SchemaAction> rows = schemaRows();
            rows.forEach(row -> repository.save(row, null, "system"));
            log.info(
                    "Demo schéma de développement loaded ({} rows, CTG Lille – Lomme – Hellemmes 2021-2024).",
                    rows.size());
        }
    }

    /** Stores a start-up diagnostic with no user signed in (no access check: demo data) and audits it. */
    private void load(Diagnostic diagnostic) {
        repository.save(diagnostic, null, "system");
        conventions
                .find(diagnostic.conventionId())
                .ifPresent(c -> audit.record(new AuditRecord(
                        "diagnostic",
                        diagnostic.conventionId().toString(),
                        "loaded",
                        messages.getMessage("diagnostic.audit.loaded", null, Locale.FRANCE),
                        List.of(),
                        c.footprint())));
    }

    public static Diagnostic armentieres() {
        Diagnostic d = Diagnostic.start(ARMENTIERES);
        String note = "Chiffres cités par la convention, sans année : année de la convention retenue.";
        d.recordFigure(
                Figure.checked(
                        FigureScope.TERRITORY,
                        FigureKind.POPULATION,
                        BigDecimal.valueOf(24_882),
                        2023,
                        ARMENTIERES_SOURCE,
                        FigureOrigin.ENTERED,
                        note),
                null);
        d.recordFigure(
                Figure.checked(
                        FigureScope.TERRITORY,
                        FigureKind.ALLOCATAIRES,
                        BigDecimal.valueOf(7_410),
                        2023,
                        ARMENTIERES_SOURCE,
                        FigureOrigin.ENTERED,
                        note),
                null);
        d.recordFigure(
                Figure.checked(
                        FigureScope.TERRITORY,
                        FigureKind.PERSONNES_COUVERTES,
                        BigDecimal.valueOf(17_009),
                        2023,
                        ARMENTIERES_SOURCE,
                        FigureOrigin.ENTERED,
                        note),
                null);
        return d;
    }

    public static Diagnostic lilleLommeHellemmes() {
        Diagnostic d = Diagnostic.start(LLH);
        d.replaceMilestones(List.of(
                new Milestone(
                        LocalDate.of(2022, 12, 31),
                        "Construction du diagnostic global de territoire sur les thématiques petite "
                                + "enfance, enfance-jeunesse, parentalité ; mise en œuvre des actions du schéma de développement",
                        null),
                new Milestone(
                        LocalDate.of(2024, 12, 31),
                        "Identification des besoins du territoire et élaboration du plan d’action "
                                + "(petite enfance, enfance-jeunesse, parentalité) ; diagnostic partagé sur les thématiques choisies par la "
                                + "collectivité, plan d’action et fiches action en vue de la prochaine CTG ; mise en œuvre des actions du schéma "
                                + "de développement ; atteinte du référentiel emploi-cible des chargés de coopération ; évaluation et "
                                + "capitalisation du projet",
                        null)));
        return d;
    }

    /** A row as the annex prints it. */
    private record Row(
            String commune,
            Thematic thematic,
            ActionNature nature,
            String title,
            String address,
            String quartier,
            String description,
            String equipmentName,
            EquipmentType type,
            Number before,
            Number added,
            Number after,
            CapacityUnit unit,
            boolean undefined,
            String start,
            String comments,
            String referent,
            Map<MilestoneKind, String> steps) {}

    private static Row row(
            String commune,
            Thematic thematic,
            ActionNature nature,
            String title,
            String address,
            String quartier,
            String description,
            String equipmentName,
            EquipmentType type,
            Integer before,
            Integer added,
            Integer after,
            String start,
            String comments,
            String referent) {
        return new Row(
                commune,
                thematic,
                nature,
                title,
                address,
                quartier,
                description,
                equipmentName,
                type,
                before,
                added,
                after,
                CapacityUnit.PLACES,
                false,
                start,
                comments,
                referent,
                Map.of());
    }

    private static Row stock(
            String commune,
            Thematic thematic,
            String title,
            String description,
            String equipmentName,
            EquipmentType type,
            Number capacity,
            CapacityUnit unit,
            String comments) {
        return new Row(
                commune,
                thematic,
                ActionNature.RENOUVELLEMENT_CEJ,
                title,
                null,
                null,
                description,
                equipmentName,
                type,
                capacity,
                null,
                capacity,
                unit,
                false,
                null,
                comments == null ? "Action inscrite au CEJ, renouvelée dans la CTG" : comments,
                null,
                Map.of());
    }

    List<SchemaAction> schemaRows() {
        Thematic pe = Thematic.PETITE_ENFANCE_PARENTALITE;
        Thematic ej = Thematic.ENFANCE_JEUNESSE;
        Thematic pilotage = Thematic.PILOTAGE;
        List<Row> rows = new ArrayList<>();
        // Lille — THEMATIQUE PETITE ENFANCE PARENTALITE
        rows.add(row(
                LILLE,
                pe,
                ActionNature.DEVELOPPEMENT,
                "MAC Digue Dondaine",
                "107 rue d’Athènes, 59000 Lille",
                "Saint-Maurice Pellevoisin",
                "Capacité d’accueil : 20 places",
                "Multi-Accueil Digue Dondaines",
                EquipmentType.EAJE_MULTI_ACCUEIL,
                20,
                4,
                24,
                "2021",
                "Extension de la capacité d’accueil de 4 places — 24 places",
                null));
        rows.add(row(
                LILLE,
                pe,
                ActionNature.DEVELOPPEMENT,
                "MAC Les Oisillons",
                "Centre Social de l’Arbrisseau, 194 rue du Vaisseau Le Vengeur, 59000 Lille",
                "Lille Sud",
                "Capacité d’accueil : 25 places",
                "Multi-Accueil Les Oisillons",
                EquipmentType.EAJE_MULTI_ACCUEIL,
                25,
                14,
                39,
                "2021",
                "Extension de la capacité d’accueil de 14 places — 39 places",
                null));
        rows.add(row(
                LILLE,
                pe,
                ActionNature.CREATION,
                "MAC La Sauvegarde du Nord (Rigolo comme la vie)",
                "33 Boulevard de Strasbourg, 59000 Lille",
                "Lille Moulins",
                "Multi-accueil avec une capacité d’accueil de 20 places avec un projet expérimental innovant en matière de "
                        + "santé : Centre d’Action Médico-Sociale Précoce (CAMPS) adossé à la crèche avec une prise en charge très précoce et "
                        + "soutenue de 10 bébés et très jeunes enfants à risque de négligences (accueil en collectivité et prise en charge "
                        + "thérapeutique et éducative des enfants et des parents) pour prévenir l’apparition de troubles graves du "
                        + "développement voire la survenue de handicap",
                null,
                EquipmentType.EAJE_MULTI_ACCUEIL,
                null,
                10,
                null,
                "2021",
                "Création de 10 nouvelles places pour les familles lilloises",
                null));
        rows.add(row(
                LILLE,
                pe,
                ActionNature.CREATION,
                "Crèche Coopérative Petite Enfance Lille Moulins",
                "90 avenue Denis Cordonnier, 59000 Lille",
                "Lille Moulins",
                "Capacité d’accueil : 20 places",
                null,
                EquipmentType.EAJE_MULTI_ACCUEIL,
                null,
                10,
                null,
                "2021",
                "Achat de 10 places de la Ville de Lille via un marché public",
                null));
        rows.add(row(
                LILLE,
                pe,
                ActionNature.DEVELOPPEMENT,
                "MAC Concorde",
                "Boulevard de Metz, 59000 Lille",
                "Faubourg de Béthune",
                "Capacité d’accueil : 50 places",
                "Multi-accueil Concorde",
                EquipmentType.EAJE_MULTI_ACCUEIL,
                50,
                20,
                70,
                "2023",
                "Construction d’un nouvel équipement avec extension de la capacité d’accueil : 20 places — 70 places",
                null));
        rows.add(row(
                LILLE,
                pe,
                ActionNature.CREATION,
                "Maison des Assistantes Maternelles",
                "Boulevard de Metz, 59000 Lille",
                "Faubourg de Béthune",
                "4 assistantes maternelles, capacité d’accueil : 16 places",
                null,
                EquipmentType.MAM,
                null,
                16,
                16,
                "2023",
                "Partie intégrante du projet Concorde, boulevard de Metz. La MAM sera un établissement indépendant du MAC. Appel à projet à réaliser",
                null));
        rows.add(new Row(
                LILLE,
                pe,
                ActionNature.DEVELOPPEMENT,
                "MAC municipal Les P’tits Minouches",
                "2 rue de la Loire, 59000 Lille",
                "Lille Sud",
                "Capacité d’accueil : 15 places",
                "Multi-accueil Les P’tits Minouches",
                EquipmentType.EAJE_MULTI_ACCUEIL,
                15,
                null,
                null,
                CapacityUnit.PLACES,
                true,
                "2023",
                "Transformation du multi-accueil en crèche AVIP avec une extension de la capacité "
                        + "d’accueil (non déterminée à ce jour) et de l’amplitude d’ouverture",
                null,
                Map.of()));
        rows.add(new Row(
                LILLE,
                pe,
                ActionNature.CREATION,
                "Maison des Parents Wazemmes",
                null,
                null,
                "Espace d’accueil, d’information et de "
                        + "ressources apportant un soutien global aux parents, jeunes enfants et enfants dont le fil rouge du lieu sera l’éveil "
                        + "culturel et artistique",
                null,
                EquipmentType.MAISON_DES_PARENTS,
                null,
                null,
                null,
                CapacityUnit.ACTES,
                false,
                "2024",
                null,
                null,
                Map.of()));
        // Lille — THEMATIQUE ENFANCE JEUNESSE
        rows.add(new Row(
                LILLE,
                ej,
                ActionNature.CREATION,
                "ECOLE MONTESSORI",
                null,
                "BOIS BLANCS",
                "OUVERTURE D UNE NOUVELLE ECOLE ET CREATION D UN PERISCOLAIRE MATIN ET SOIR",
                null,
                EquipmentType.ALSH_PERI,
                null,
                null,
                null,
                CapacityUnit.PLACES,
                true,
                "SEPTEMBRE 2021",
                "OUVERTURE PROGRESSIVE A PARTIR DE SEPTEMBRE AVEC MONTEE EN CHARGE CHAQUE ANNEE — "
                        + "NOMBRE DE PLACES PAS ENCORE DEFINI",
                null,
                Map.of()));
        rows.add(new Row(
                LILLE,
                ej,
                ActionNature.CREATION,
                "GROUPE SCOLAIRE PORTE DE VALENCIENNES",
                null,
                "MOULINS",
                "OUVERTURE D UN NOUVEAU GROUPE SCOLAIRE ET CREATION D UN PERISCOLAIRE MATIN, SOIR ET MERCREDI",
                null,
                EquipmentType.ALSH_PERI,
                null,
                null,
                null,
                CapacityUnit.PLACES,
                true,
                "SEPTEMBRE 2022",
                "OUVERTURE PROGRESSIVE A PARTIR DE SEPTEMBRE 2022 ET MONTEE EN "
                        + "CHARGE CHAQUE ANNEE ENSUITE — NOMBRE DE PLACES PAS ENCORE DEFINI",
                null,
                Map.of()));
        rows.add(new Row(
                LILLE,
                ej,
                ActionNature.DEVELOPPEMENT,
                "ACCOMPAGNEMENT DES ENFANTS PORTEURS DE HANDICAP SUR LES TEMPS PERI ET EXTRA SCOLAIRES",
                null,
                "TOUS",
                "DEVELOPPEMENT DE POSTES D’ANIMATEURS SPECIALISES POUR ACCOMPAGNER LES ENFANTS PORTEURS DE HANDICAP PENDANT LES "
                        + "ACTIVITES MUNICIPALES",
                null,
                null,
                null,
                null,
                null,
                CapacityUnit.ETP,
                false,
                "2021",
                null,
                null,
                Map.of()));
        // Lomme — MODULE 12 : actions stock et flux inscrites au CEJ (renouvellement : OUI)
        rows.add(stock(
                LOMME,
                pe,
                "Crèche Familiale",
                "55 places",
                null,
                EquipmentType.EAJE_CRECHE_FAMILIALE,
                55,
                CapacityUnit.PLACES,
                null));
        rows.add(stock(
                LOMME,
                pe,
                "LAEP",
                "234 actes prévisionnels",
                "LAEP associatif La Sauvegarde",
                EquipmentType.LAEP,
                234,
                CapacityUnit.ACTES,
                null));
        rows.add(stock(
                LOMME,
                pe,
                "3 Ludothèques",
                "2925 actes sur offre existante",
                null,
                EquipmentType.LUDOTHEQUE,
                2925,
                CapacityUnit.ACTES,
                "Voir liste des structures en annexe 1"));
        rows.add(stock(
                LOMME,
                pe,
                "3 Mac municipaux",
                "17 + 17 + 15 = 49 places",
                null,
                EquipmentType.EAJE_MULTI_ACCUEIL,
                49,
                CapacityUnit.PLACES,
                null));
        rows.add(stock(
                LOMME,
                pe,
                "1 Mac associatif",
                "40 places",
                null,
                EquipmentType.EAJE_MULTI_ACCUEIL,
                40,
                CapacityUnit.PLACES,
                null));
        rows.add(stock(
                LOMME,
                pilotage,
                "Postes Coordinateurs et Ingénierie",
                "3 ETP décrits en annexe COF",
                null,
                EquipmentType.POSTE_PILOTAGE,
                3,
                CapacityUnit.ETP,
                null));
        rows.add(stock(LOMME, pe, "RAM", "2 ETP", null, EquipmentType.RPE, 2, CapacityUnit.ETP, null));
        rows.add(stock(
                LOMME,
                ej,
                "ALSH Extrascolaire et Périscolaire Mairie",
                "Selon actes et références",
                null,
                EquipmentType.ALSH_EXTRA,
                null,
                CapacityUnit.ACTES,
                null));
        // Lomme — création ou développement
        String lommeReferent = "David VANCOSTENOBLE, référent lommois et chargé de coopération Enfance-Jeunesse";
        rows.add(new Row(
                LOMME,
                pilotage,
                ActionNature.DEVELOPPEMENT,
                "4 Postes de chargés de coopération CTG ville de LOMME (selon 3 ETP de base)",
                null,
                null,
                "3 Postes de coordination et ingénierie du CEJ évoluant en postes de coopération CTG selon thématique",
                null,
                EquipmentType.POSTE_PILOTAGE,
                null,
                null,
                null,
                CapacityUnit.ETP,
                false,
                "2021",
                "3 ETP comme décrits en annexe 2 pilotage et document COF",
                lommeReferent,
                Map.of()));
        Map<MilestoneKind, String> farandole = new EnumMap<>(MilestoneKind.class);
        farandole.put(MilestoneKind.WORKS_START, "2022-2023");
        farandole.put(MilestoneKind.WORKS_END, "2024");
        farandole.put(MilestoneKind.PREMISES, "2024");
        farandole.put(MilestoneKind.OPENING, "A voir");
        rows.add(new Row(
                LOMME,
                pe,
                ActionNature.DEVELOPPEMENT,
                "Extension Mac Farandole",
                "59 rue Adolphe Defrenne, 59160 Lomme",
                "Mitterie",
                "Extension de 2 places CTG",
                "Multi Accueil municipal La Farandole",
                EquipmentType.EAJE_MULTI_ACCUEIL,
                null,
                2,
                null,
                CapacityUnit.PLACES,
                false,
                "2022-2023",
                "La création de 2 places d’accueil permettrait de répondre à plusieurs enjeux sur le "
                        + "territoire de la commune, quartier Mitterie en mutation",
                "Sandrine DENNEULIN, Chargée de coopération",
                farandole));
        rows.add(new Row(
                LOMME,
                Thematic.AUTRE,
                ActionNature.CREATION,
                "Nouvelles actions à définir",
                null,
                null,
                "Après deux ans de diagnostic, actions à créer issues des thématiques CTG",
                null,
                null,
                null,
                null,
                null,
                CapacityUnit.PLACES,
                false,
                "2023",
                "Les deux premières années de consolidation du socle existant de la CTG permettront de finaliser un diagnostic "
                        + "qui donnera les nouveaux axes et actions validées par la Municipalité pour les deux autres années restantes.",
                "Tout chargé de coopération concerné par les conclusions du diagnostic commun",
                Map.of()));
        // Hellemmes — MODULE 13 : actions hellemmoises inscrites au CEJ (renouvellement : OUI)
        rows.add(stock(
                HELLEMMES,
                pe,
                "GRAINES D ACACIAS",
                "17 places",
                "Graines d’Acacias",
                EquipmentType.EAJE_LIEU_ACCUEIL,
                17,
                CapacityUnit.PLACES,
                null));
        rows.add(stock(
                HELLEMMES,
                pe,
                "LAEP",
                "180 Actes prévisionnels",
                null,
                EquipmentType.LAEP,
                180,
                CapacityUnit.ACTES,
                null));
        rows.add(stock(
                HELLEMMES,
                pe,
                "Ludothèque d’Hellemmes",
                "705 Actes prévisionnels",
                null,
                EquipmentType.LUDOTHEQUE,
                705,
                CapacityUnit.ACTES,
                null));
        rows.add(stock(
                HELLEMMES,
                pe,
                "Mac Les Popelines",
                "60 places",
                null,
                EquipmentType.EAJE_MULTI_ACCUEIL,
                60,
                CapacityUnit.PLACES,
                null));
        rows.add(stock(
                HELLEMMES,
                pilotage,
                "Poste Coordinateur Petite Enfance",
                "0,50 ETP",
                null,
                EquipmentType.POSTE_PILOTAGE,
                new BigDecimal("0.50"),
                CapacityUnit.ETP,
                null));
        rows.add(stock(
                HELLEMMES,
                pilotage,
                "Poste coordinateur jeunesse",
                "0,50 ETP",
                null,
                EquipmentType.POSTE_PILOTAGE,
                new BigDecimal("0.50"),
                CapacityUnit.ETP,
                null));
        rows.add(stock(
                HELLEMMES,
                pe,
                "RAM",
                "1,86 Actes",
                null,
                EquipmentType.RPE,
                null,
                CapacityUnit.ACTES,
                "Unité telle qu’imprimée (« Actes ») ; il s’agit probablement d’ETP"));
        rows.add(stock(
                HELLEMMES,
                ej,
                "ALSH Extrascolaire ET Périscolaire Mairie",
                "442 073 Actes",
                null,
                EquipmentType.ALSH_EXTRA,
                442_073,
                CapacityUnit.ACTES,
                null));
        // Hellemmes — création ou développement
        rows.add(new Row(
                HELLEMMES,
                pilotage,
                ActionNature.DEVELOPPEMENT,
                "Poste de coopération REFERENT Hellemmes",
                null,
                null,
                "Poste de coordinateur Petite Enfance CEJ → poste de coopération CTG Référent Hellemmes",
                null,
                EquipmentType.POSTE_PILOTAGE,
                null,
                null,
                null,
                CapacityUnit.ETP,
                false,
                "2021",
                "Il conviendrait de définir un temps spécifiquement dédié à cette mission de "
                        + "référent pour Hellemmes (0.1ETP sur 0.7 ETP travaillé) et de solliciter la CAF pour une hausse du financement de ce "
                        + "poste qui n’est aujourd’hui soutenu qu’à 50% du coût).",
                "Anne Marie LETOMBE",
                Map.of()));
        rows.add(new Row(
                HELLEMMES,
                pilotage,
                ActionNature.DEVELOPPEMENT,
                "Poste de coopération",
                null,
                null,
                "Poste de coordinateur Jeunesse CEJ → poste de coopération CTG",
                null,
                EquipmentType.POSTE_PILOTAGE,
                null,
                null,
                null,
                CapacityUnit.ETP,
                false,
                "2021",
                "Il conviendrait de mutualiser ce poste avec celui de référent du Projet Educatif Local afin de "
                        + "renforcer la cohérence éducative sur le territoire",
                "Jérémie CHRISTIAN",
                Map.of()));
        rows.add(row(
                HELLEMMES,
                pe,
                ActionNature.DEVELOPPEMENT,
                "Crèche l’Amicloterie",
                "111/113, rue Faidherbe, 59260 Hellemmes",
                null,
                "47 places",
                "Crèche municipale de l’Amicloterie",
                EquipmentType.EAJE_CRECHE_COLLECTIVE,
                47,
                null,
                47,
                "2021",
                "Intègre la CTG 2021-2024",
                "Amandine Leclercq"));
        Map<MilestoneKind, String> amicloterie = new EnumMap<>(MilestoneKind.class);
        amicloterie.put(MilestoneKind.WORKS_START, "2022");
        amicloterie.put(MilestoneKind.WORKS_END, "2023");
        amicloterie.put(MilestoneKind.PREMISES, "2023");
        amicloterie.put(MilestoneKind.HIRING, "2023");
        amicloterie.put(MilestoneKind.OPENING, "2023");
        rows.add(new Row(
                HELLEMMES,
                pe,
                ActionNature.DEVELOPPEMENT,
                "Extension crèche Amicloterie",
                "111/113, rue Faidherbe, 59260 Hellemmes",
                null,
                "47 places — Extension de 5 places CTG",
                "Crèche municipale de l’Amicloterie",
                EquipmentType.EAJE_CRECHE_COLLECTIVE,
                47,
                5,
                52,
                CapacityUnit.PLACES,
                false,
                "2021",
                "La création de 5 places d’accueil réservées aux publics en réinsertion, comme prévu "
                        + "dans le cadre du conventionnement avec la CAF, permettrait de répondre à plusieurs enjeux sur le territoire de la "
                        + "commune, dans la continuité de l’amélioration de l’offre petite enfance développée ces dernières années, au regard "
                        + "des besoins en constante évolution.",
                "Amandine Leclercq",
                amicloterie));
        rows.add(row(
                HELLEMMES,
                pe,
                ActionNature.DEVELOPPEMENT,
                "Popelines",
                "6, allée des Fileuses – Parc de la Filature, 59260 Hellemmes",
                null,
                "60 places financées CEJ → 73 places financées CTG",
                "Multi Accueil municipal les Popelines",
                EquipmentType.EAJE_MULTI_ACCUEIL,
                60,
                13,
                73,
                "2021",
                "60 places financées CEJ, 73 places financées CTG",
                "Elodie TOCCI"));

        List<SchemaAction> actions = new ArrayList<>();
        int position = 1;
        for (Row r : rows) {
            UUID equipmentId = r.equipmentName() == null
                    ? null
                    : register.findByName(r.commune(), r.equipmentName())
                            .map(EquipmentView::id)
                            .orElse(null);
            if (r.equipmentName() != null && equipmentId == null)
                log.warn("Schéma demo: no register entry named {}", r.equipmentName());
            ActionData data = new ActionData(
                    r.commune(),
                    r.thematic(),
                    r.nature(),
                    r.title(),
                    r.address(),
                    r.quartier(),
                    r.description(),
                    equipmentId,
                    r.type(),
                    decimal(r.before()),
                    decimal(r.added()),
                    decimal(r.after()),
                    r.unit(),
                    r.undefined(),
                    r.start(),
                    r.steps(),
                    r.referent(),
                    r.comments());
            SchemaAction action = SchemaAction.plan(LLH, position++, data);
            if (r.title().equals("Popelines")) action.realise(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 1));
            actions.add(action);
        }
        return actions;
    }

    private static BigDecimal decimal(Number value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
