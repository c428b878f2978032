package fr.pilotectg.convention.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX template of the bulk import of conventions, offered for download: an « Instructions » sheet, then one sheet
 * per part with its French headers, filled with a realistic example (a CTG 2023-2027 between the Caf, a communauté de
 * communes and one of its communes, territory marked incomplete, deliberations cited without their date, a theme that
 * contains commas). Date columns are text, so that « 2023 » or « 03/2023 » keep their precision.
 */
public final class ConventionImportTemplate {

    static final List<String> INSTRUCTIONS = List.of(
            "Import de conventions territoriales globales (CTG) — mode d'emploi",
            "",
            "Une feuille par partie : Conventions, Signataires, Territoire, Thèmes, Axes, Fiches. La colonne « Référence »"
                    + " relie les lignes d'une même convention (un code libre, unique dans le fichier, par exemple CTG-01).",
            "Une cellule vide veut dire « non renseigné » : rien n'est inventé, la valeur reste inconnue et la convention"
                    + " affiche ce qui manque.",
            "Dates : à l'année (2023), au mois (03/2023) ou au jour (15/03/2023). « Signée le » se donne au jour ; vide,"
                    + " la convention est enregistrée en brouillon.",
            "Conventions : une ligne par convention. « Territoire incomplet » : oui si le texte ne cite qu'une partie des"
                    + " communes ; « Nombre de communes déclaré » : le nombre donné par le texte. Objectifs : un par ligne"
                    + " dans la cellule.",
            "Signataires : une ligne par partie. Type : Caf, Commune, Commune associée, EPCI, Syndicat, CCAS / CIAS,"
                    + " Département, Région, MSA, CPAM / CARSAT, État, Éducation nationale, Association, Autre partenaire."
                    + " « Organisation (annuaire) » : le nom exact d'un organisme de l'annuaire (son type doit correspondre) ;"
                    + " vide, la partie est gardée telle qu'imprimée (« Dénomination imprimée »). Une ligne sans type,"
                    + " organisation ni dénomination ajoute un représentant ou une délibération à la partie de la ligne"
                    + " précédente. Le nom du représentant peut rester vide ; la qualité s'écrit telle qu'imprimée"
                    + " (« 1er vice-Président »). Une délibération peut être citée sans date ni numéro.",
            "Territoire : une ligne par commune (code INSEE) ou par EPCI (SIREN, ses communes membres sont reprises).",
            "Thèmes : une ligne par domaine ou thème, écrit mot pour mot ; un libellé de la liste nationale (Petite"
                    + " enfance, Parentalité…) devient ce domaine, tout autre texte reste un thème propre à la convention,"
                    + " virgules comprises.",
            "Axes : « N° de l'axe » est repris dans la colonne « Axe » des fiches ; Domaines et Enjeux (E1 à E10), un par"
                    + " ligne, doivent être ceux de la convention.",
            "Fiches : une ligne par fiche action, créée en brouillon. Échéances : « 31/12/2024 : libellé », une par"
                    + " ligne.",
            "« Vérifier » liste chaque problème avec sa feuille, sa ligne et sa colonne sans rien enregistrer ; « Importer »"
                    + " enregistre toutes les conventions, ou aucune si une ligne est refusée.");

    private ConventionImportTemplate() {}

    /** The template, its example naming {@code organisation} (the importing agent's) as the Caf of the annuaire. */
    public static byte[] of(String organisation) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            DataFormat format = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            text.setWrapText(true);
            Sheet instructions = workbook.createSheet(ConventionSheets.INSTRUCTIONS);
            for (int i = 0; i < INSTRUCTIONS.size(); i++) {
                instructions.createRow(i).createCell(0).setCellValue(INSTRUCTIONS.get(i));
            }
            instructions.getRow(0).getCell(0).setCellStyle(bold);
            instructions.setColumnWidth(0, 160 * 256);
            String ref = "CTG-FLANDRE-LYS";
            sheet(
                    workbook,
                    ConventionSheets.CONVENTIONS,
                    ConventionSheets.CONVENTION_HEADERS,
                    bold,
                    text,
                    List.of(List.of(
                            ref,
                            "Convention territoriale globale de la Communauté de communes Flandre Lys 2023-2027",
                            "2023",
                            "2027",
                            "15/03/2023",
                            "Merville",
                            "oui",
                            "8",
                            "Ensemble pour les familles de Flandre Lys",
                            "Coordonner l'offre de services aux familles\nFavoriser l'accès aux droits")));
            sheet(
                    workbook,
                    ConventionSheets.SIGNATORIES,
                    ConventionSheets.SIGNATORY_HEADERS,
                    bold,
                    text,
                    List.of(
                            List.of(
                                    ref,
                                    "Caf",
                                    organisation,
                                    "",
                                    "la Caf",
                                    "",
                                    "",
                                    "Madame",
                                    "",
                                    "1ère vice-Présidente"),
                            List.of(ref, "", "", "", "", "", "", "Monsieur", "", "Directeur"),
                            List.of(
                                    ref,
                                    "EPCI",
                                    "",
                                    "Communauté de communes Flandre Lys",
                                    "la Communauté",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "Président",
                                    "Délibération du conseil communautaire"),
                            List.of(
                                    ref,
                                    "Commune",
                                    "",
                                    "Commune de Merville",
                                    "",
                                    "",
                                    "",
                                    "Madame",
                                    "",
                                    "Première adjointe au Maire",
                                    "Délibération du conseil municipal",
                                    "03/2023",
                                    "")));
            sheet(
                    workbook,
                    ConventionSheets.TERRITORY,
                    ConventionSheets.TERRITORY_HEADERS,
                    bold,
                    text,
                    List.of(List.of(ref, "59212"), List.of(ref, "59268"), List.of(ref, "59400")));
            sheet(
                    workbook,
                    ConventionSheets.THEMES,
                    ConventionSheets.THEME_HEADERS,
                    bold,
                    text,
                    List.of(
                            List.of(ref, "Petite enfance"),
                            List.of(ref, "Parentalité"),
                            List.of(ref, "Jeunesse"),
                            List.of(ref, "Accès aux droits, inclusion numérique et mobilité")));
            sheet(
                    workbook,
                    ConventionSheets.AXES,
                    ConventionSheets.AXIS_HEADERS,
                    bold,
                    text,
                    List.of(
                            List.of(ref, "1", "Accueillir les jeunes enfants", "", "PETITE_ENFANCE", "E1"),
                            List.of(ref, "2", "Accompagner les parents", "59400", "Parentalité", "")));
            sheet(
                    workbook,
                    ConventionSheets.FICHES,
                    ConventionSheets.FICHE_HEADERS,
                    bold,
                    text,
                    List.of(
                            List.of(
                                    ref,
                                    "1",
                                    "Ouvrir une micro-crèche à Estaires",
                                    "Familles avec enfants de moins de 3 ans",
                                    "",
                                    "Créer 12 places d'accueil",
                                    "Étude de besoins\nRecherche d'un gestionnaire",
                                    "31/12/2024 : Ouverture",
                                    "",
                                    "Commune d'Estaires",
                                    "Nombre de places créées",
                                    "0"),
                            List.of(
                                    ref,
                                    "2",
                                    "Café des parents à Merville",
                                    "Parents",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "Centre social",
                                    "",
                                    "")));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(
            XSSFWorkbook workbook,
            String name,
            List<String> headers,
            CellStyle bold,
            CellStyle text,
            List<List<String>> rows) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(bold);
            sheet.setDefaultColumnStyle(i, text);
            sheet.setColumnWidth(i, Math.min(60, Math.max(14, headers.get(i).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c).isEmpty()) continue;
                var cell = row.createCell(c);
                cell.setCellValue(values.get(c));
                cell.setCellStyle(text);
            }
        }
    }
}
