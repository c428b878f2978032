package fr.pilotectg.documents;

import fr.pilotectg.documents.domain.WordStyles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the default « Caf du Nord » template ({@code documents/templates/caf-du-nord.docx}) from the wording of the
 * two Nord seeds (Armentières 2023-2026, Lille – Lomme – Hellemmes 2021-2024). Run it only to change the shipped
 * template: {@code ./mvnw verify -Dtest=DefaultTemplateAuthoring -Ddocuments.template.write=true}. A Caf edits its own
 * copy in Word.
 */
@EnabledIfSystemProperty(named = "documents.template.write", matches = "true")
class DefaultTemplateAuthoring {

    static final Path TARGET = Path.of("src/main/resources/documents/templates/caf-du-nord.docx");

    @Test
    void write() throws Exception {
        try (var doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(TARGET)) {
            styles(doc);
            footer(doc);
            for (String line : TEXT.strip().split("\n")) line(doc, line.strip());
            doc.enforceUpdateFields();
            doc.write(out);
        }
    }

    static void line(XWPFDocument doc, String line) {
        if (line.isEmpty()) return;
        int colon = line.indexOf(':');
        String kind = line.substring(0, colon);
        String text = line.substring(colon + 1).strip();
        XWPFParagraph p = doc.createParagraph();
        switch (kind) {
            case "T" -> {
                p.setStyle("Title");
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            case "C" -> p.setAlignment(ParagraphAlignment.CENTER);
            case "H1" -> p.setStyle("Heading1");
            case "H1B" -> {
                p.setStyle("Heading1");
                p.setPageBreak(true);
            }
            case "H2" -> p.setStyle("Heading2");
            case "H2B" -> {
                p.setStyle("Heading2");
                p.setPageBreak(true);
            }
            case "B" -> p.setIndentationLeft(360);
            case "BR" -> {
                p.setPageBreak(true);
                return;
            }
            case "TOC" -> {
                var field = p.getCTP().addNewFldSimple();
                field.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
                field.addNewR().addNewT().setStringValue("Table des matières : mettez-la à jour (F9) à l'ouverture.");
                return;
            }
            case "P", "S" -> {}
            default -> throw new IllegalArgumentException(line);
        }
        var run = p.createRun();
        if (kind.equals("B")) text = "– " + text;
        run.setText(text);
        if (kind.equals("S")) run.setBold(true);
    }

    static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText("page ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        p.createRun().setText(" / ");
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(WordStyles.paragraph("Normal", "Normal", null, 22, false));
        styles.addStyle(WordStyles.paragraph("Title", "Title", null, 36, true));
        styles.addStyle(WordStyles.paragraph("Heading1", "heading 1", 0, 28, true));
        styles.addStyle(WordStyles.paragraph("Heading2", "heading 2", 1, 24, true));
    }

    /** One paragraph a line: T title, C centred, H1/H2 headings (B: on a new page), P text, S strong, B bullet. */
    static final String TEXT = """
            T: CONVENTION TERRITORIALE GLOBALE (CTG)
            C: {{title}}
            C: {{periodLabel}}
            C: {{?hasTagline}}
            C: « {{tagline}} »
            C: {{/hasTagline}}
            C: Entre
            C: {{?titleParties}}
            S: {{name}}
            C: {{/titleParties}}
            BR:
            H1: Sommaire
            TOC:
            H1B: Convention territoriale globale
            P: Entre
            P: {{?parties}}
            P: {{?notFirst}}
            P: Et
            P: {{/notFirst}}
            B: {{clause}} ;
            P: Ci-après {{aliasText}} ;
            P: {{/parties}}
            P: {{?partners}}
            B: {{text}}
            P: {{/partners}}
            P: {{?vu}}
            P: Vu {{text}} ;
            P: {{/vu}}
            P: Il est convenu et arrêté ce qui suit :
            H1: Préambule
            P: Les Caf sont nées de la volonté d'apporter une aide à toutes les familles, dans leur diversité. Qu'elle prenne la forme de prestations monétaires ou d'aides permettant de développer des services, l'investissement des Caf témoigne d'un engagement de la collectivité, dans une visée universelle, pour accompagner le développement de chaque personne, dès sa naissance, par une présence et un soutien dans son parcours de vie, accentuant, s'il le faut, son aide lorsque la famille est dans la difficulté.
            P: La branche Famille est ainsi présente auprès de chacun tout au long de la vie, auprès de chaque parent, femme ou homme, en fonction de sa situation, en équité : conciliation vie familiale/vie professionnelle, accueil des enfants et des jeunes, lutte contre la pauvreté sont les domaines prioritaires de l'intervention des Caf, qui prend la forme d'une offre globale de service.
            P: Dédiée initialement à la famille, la branche s'est vue progressivement confier des missions pour le compte de l'État, qui représentent une part importante de son activité.
            P: Dans la perspective d'intervenir en cohérence avec les orientations générales déclinées dans le présent préambule, au plus près des besoins du territoire, les signataires concluent une Ctg pour définir et renforcer leurs actions sur les champs d'intervention partagés, au service des usagers.
            P: {{?hasPredecessor}}
            P: La présente convention fait suite au dispositif suivant : {{predecessor}}.
            P: {{/hasPredecessor}}
            H1: Article 1 – Objet de la convention territoriale globale
            P: La présente convention vise à définir le projet stratégique global du territoire à l'égard des familles, ainsi que ses modalités de mise en œuvre. Ce projet est établi à partir du diagnostic partagé tenant compte de l'ensemble des problématiques du territoire.
            P: La Ctg a pour objectifs :
            P: {{?objectives}}
            B: {{text}} ;
            P: {{/objectives}}
            P: {{?standardObjectives}}
            B: d'identifier les besoins prioritaires sur le territoire ;
            B: de définir les champs d'intervention à privilégier au regard de l'écart offre/besoin ;
            B: de pérenniser et optimiser l'offre des services existante, par une mobilisation des cofinancements ;
            B: de développer des actions nouvelles permettant de répondre à des besoins non satisfaits par les services existants.
            P: {{/standardObjectives}}
            H1: Article 2 – Les champs d'intervention de la Caf
            P: Les interventions de la Caf, en matière d'optimisation de l'existant et de développement d'offres nouvelles, concernent les missions suivantes :
            P: {{?missions}}
            B: {{label}} ;
            P: {{/missions}}
            H1: Article 3 – Les champs d'intervention de la collectivité
            P: La collectivité signataire contribue activement au diagnostic partagé, qui permet aux partenaires de mieux l'accompagner dans la réalisation des projets sociaux de sa compétence.
            P: {{?collectiviteFields}}
            P: Ses champs d'intervention sont les suivants :
            P: {{/collectiviteFields}}
            P: {{?collectiviteFields}}
            B: {{text}} ;
            P: {{/collectiviteFields}}
            P: {{?noCollectiviteFields}}
            P: Ses besoins répondent aux champs d'intervention de la Caf cités ci-dessus et à des activités complémentaires, repérées ensemble au cours du diagnostic et compatibles avec les missions de la Caf.
            P: {{/noCollectiviteFields}}
            H1: Article 4 – Les champs d'intervention communs déjà opérationnels
            P: La Ctg permet de valoriser et renforcer les collaborations existantes entre les services de la Caf et la collectivité dans les domaines de compétences communs tels que : petite enfance, enfance, jeunesse et parentalité. Elle permet également d'investiguer tout autre champ en fonction des besoins mis en exergue dans le diagnostic.
            H1: Article 5 – Les objectifs partagés au regard des besoins
            P: Les signataires s'engagent à ce que les objectifs précis et les projets soutenus par la collectivité soient identifiés sur la base du diagnostic partagé. Le plan d'actions détaillant les moyens mobilisés par chaque signataire et les modalités d'évaluation figurent en annexes 4 et 5 de la présente convention.
            P: Les missions et les enjeux retenus sont les suivants :
            P: {{?missions}}
            S: {{label}} :
            P: {{?enjeux}}
            B: {{text}} ;
            P: {{/enjeux}}
            P: {{/missions}}
            H1: Article 6 – Engagements des partenaires
            P: Les signataires s'engagent à mettre en œuvre les moyens nécessaires pour atteindre les objectifs qu'ils se sont assignés à l'article 5.
            P: La présente convention est conclue dans le cadre des orientations de la Convention d'objectifs et de gestion signée entre l'État et la Cnaf. Elle est mise en œuvre dans le respect des dispositifs et des outils relevant des compétences propres de chacune des parties, lesquelles restent libres de s'engager avec leurs partenaires habituels ou d'engager toute action ou toute intervention qu'elles jugeront nécessaire et utile.
            P: La Ctg matérialise également l'engagement conjoint des partenaires à poursuivre leurs appuis financiers des projets aux services aux familles du territoire.
            P: La Caf s'engage, à l'issue du contrat enfance jeunesse (Cej), signé avec la collectivité, à conserver le montant des financements bonifiés à ce titre, et à les répartir directement entre les structures soutenues par la collectivité, sous la forme d'un « Bonus territoire Ctg ».
            P: En contrepartie, comme le prévoit la réglementation, la collectivité s'engage à poursuivre son soutien financier en ajustant en conséquence la répartition de sa contribution pour les équipements et services financés à la date d'effet de la Ctg dans le cadre des conventions préexistantes avec la Caf.
            H1: Article 7 – Modalités de collaboration
            P: Les parties s'engagent à mobiliser des moyens humains et matériels nécessaires à la réalisation des obligations définies dans la présente convention. Elles mettent en place un comité de pilotage, composé à parité de représentants de la Caf et de la collectivité, qui anime et valide le diagnostic, assure le suivi de la réalisation des objectifs et l'évaluation de la convention, et contribue à renforcer la coordination entre les partenaires. Les instances de gouvernance figurent en annexe 2.
            H1: Article 8 – Échanges de données
            P: Les parties s'engagent réciproquement à se communiquer toutes les informations utiles dans le cadre de l'exécution de la présente convention.
            P: Toutefois, en cas de projet d'échanges de données à caractère personnel, les demandes par l'une des parties feront obligatoirement l'objet d'une étude d'opportunité, de faisabilité, et de conformité au Rgpd par l'autre partie, en la qualité de responsable de traitement de cette dernière. Si elles sont mises en œuvre, ces transmissions de données personnelles respecteront strictement le Règlement général sur la protection des données (Rgpd), la loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés ainsi que les décisions, avis ou préconisations de la Cnil.
            H1: Article 9 – Communication
            P: Les parties décideront et réaliseront, d'un commun accord, les actions de communication relatives à la présente convention. Les supports communs feront apparaître les logos de chacune des parties. Chaque partie s'engage à mentionner la coopération de l'autre partie et à valoriser ce partenariat.
            H1: Article 10 – Évaluation
            P: Une évaluation des actions sera conduite au fur et à mesure de l'avancée de la mise en œuvre de la Ctg lors des revues du plan d'actions. À l'issue de la présente convention, un bilan sera effectué intégrant une évaluation de ses effets. Les indicateurs figurent en annexe 5.
            H1: Article 11 – Durée de la convention
            P: La présente convention est conclue à compter du {{startText}} jusqu'au {{endText}}.
            P: La présente convention ne peut être reconduite que par accord explicite.
            H1: Article 12 – Exécution formelle de la convention
            P: Si l'une quelconque des stipulations de la présente convention est nulle, au regard d'une règle de droit en vigueur ou d'une décision judiciaire devenue définitive, elle sera réputée non écrite, mais les autres stipulations garderont toute leur force et leur portée. En cas de différences existantes entre l'un quelconque des titres des clauses et l'une quelconque des clauses, le contenu de la clause prévaudra sur le titre.
            H1: Article 13 – La fin de la convention
            H2: Résiliation de plein droit avec mise en demeure
            P: En cas de non-respect par l'une des parties de l'une de ses obligations résultant de la présente convention, celle-ci pourra être résiliée de plein droit par l'une ou l'autre partie, à l'expiration d'un délai d'un mois suivant l'envoi d'une lettre recommandée avec avis de réception valant mise en demeure de se conformer aux obligations contractuelles et restée infructueuse.
            H2: Résiliation de plein droit sans mise en demeure
            P: La présente convention sera résiliée de plein droit par la Caf, sans qu'il soit besoin de procéder à une mise en demeure ou de remplir toutes formalités judiciaires, en cas de modification d'un des termes de la présente convention sans la signature d'un avenant.
            H2: Résiliation par consentement mutuel
            P: La présente convention peut être dénoncée par l'une ou l'autre des parties moyennant un délai de prévenance de six mois. La résiliation entraîne l'arrêt immédiat des engagements des parties, sans préjudice de tous autres droits et de tous dommages et intérêts.
            H1: Article 14 – Les recours
            P: Tout litige résultant de l'exécution de la présente convention est du ressort du tribunal administratif dont relève la Caf.
            H1: Article 15 – Confidentialité
            P: Les parties sont tenues, ainsi que l'ensemble de leur personnel, au secret professionnel, à l'obligation de discrétion et à l'obligation de confidentialité pour tout ce qui concerne les faits, informations, études et décisions dont elles auront eu connaissance durant l'exécution de la présente convention et après son expiration.
            P: Fait à {{place}}, le {{signatureDate}}
            P: En autant d'exemplaires originaux que de signataires.
            P: {{#signatures}}
            H1B: Annexe 1 – Équipements et services du territoire
            P: {{?noEquipment}}
            P: Aucun équipement ni service ouvert n'est inscrit au registre pour les communes de la convention.
            P: {{/noEquipment}}
            P: {{?equipmentCommunes}}
            H2: {{name}} ({{count}})
            P: {{#table}}
            P: {{/equipmentCommunes}}
            H1B: Annexe 2 – Gouvernance
            P: {{?noGovernance}}
            P: Aucune instance de gouvernance n'est encore enregistrée pour cette convention.
            P: {{/noGovernance}}
            P: {{?bodies}}
            H2: {{name}}
            P: {{text}}
            P: {{/bodies}}
            H1B: Annexe 3 – Délibérations
            P: {{?noDeliberation}}
            P: Aucune délibération n'est citée ni enregistrée pour cette convention.
            P: {{/noDeliberation}}
            P: {{#deliberations}}
            H1B: Annexe 4 – Plan d'actions
            P: {{?noFiche}}
            P: Aucune fiche action n'est encore inscrite au plan d'actions de cette convention.
            P: {{/noFiche}}
            P: {{?fiches}}
            H2B: Fiche {{number}} – {{title}}
            P: {{#sheet}}
            P: {{/fiches}}
            H1B: Annexe 5 – Indicateurs
            P: {{?noIndicator}}
            P: Aucun indicateur n'est encore repris dans ce document : les indicateurs et leurs valeurs figurent à la page Évaluation de la convention.
            P: {{/noIndicator}}
            P: {{?indicators}}
            B: {{text}}
            P: {{/indicators}}
            """;

    static List<String> lines() {
        return TEXT.strip().lines().toList();
    }
}
