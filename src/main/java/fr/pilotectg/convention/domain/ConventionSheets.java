package fr.pilotectg.convention.domain;

import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.Tabular;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.PartialDate;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the workbook of the bulk import of conventions (the template of {@link ConventionImportTemplate}): one sheet
 * per part, the column « Référence » tying the rows of one convention together. Each convention becomes the
 * {@link TermsData} the forms and the API send, with, for every field of it, the sheet, line and column it was read
 * from, so that a problem the domain finds is shown where the user typed it. An empty cell is « non renseigné »: the
 * value stays unknown (null), never invented.
 */
final class ConventionSheets {

    static final String INSTRUCTIONS = "Instructions";
    static final String CONVENTIONS = "Conventions";
    static final String SIGNATORIES = "Signataires";
    static final String TERRITORY = "Territoire";
    static final String THEMES = "Thèmes";
    static final String AXES = "Axes";
    static final String FICHES = "Fiches";

    static final String REFERENCE = "Référence";

    // Conventions
    static final String TITLE = "Intitulé";
    static final String START = "Début";
    static final String END = "Fin";
    static final String SIGNED_ON = "Signée le";
    static final String PLACE = "Lieu de signature";
    static final String INCOMPLETE = "Territoire incomplet";
    static final String DECLARED = "Nombre de communes déclaré";
    static final String TAGLINE = "Accroche";
    static final String OBJECTIVES = "Objectifs";
    static final List<String> CONVENTION_HEADERS =
            List.of(REFERENCE, TITLE, START, END, SIGNED_ON, PLACE, INCOMPLETE, DECLARED, TAGLINE, OBJECTIVES);

    // Signataires
    static final String KIND = "Type";
    static final String ORGANISATION = "Organisation (annuaire)";
    static final String PRINTED_NAME = "Dénomination imprimée";
    static final String ALIAS = "Alias";
    static final String COLLECTIVE = "Partie collective";
    static final String MEMBERS = "Communes membres (codes INSEE)";
    static final String CIVILITY = "Civilité";
    static final String PERSON = "Nom du représentant";
    static final String QUALITY = "Qualité (telle qu'imprimée)";
    static final String ACT = "Délibération";
    static final String ACT_DATE = "Date de la délibération";
    static final String ACT_NUMBER = "N° de la délibération";
    static final List<String> SIGNATORY_HEADERS = List.of(
            REFERENCE,
            KIND,
            ORGANISATION,
            PRINTED_NAME,
            ALIAS,
            COLLECTIVE,
            MEMBERS,
            CIVILITY,
            PERSON,
            QUALITY,
            ACT,
            ACT_DATE,
            ACT_NUMBER);

    // Territoire, Thèmes
    static final String INSEE = "Code INSEE de la commune";
    static final String SIREN = "SIREN de l'EPCI";
    static final List<String> TERRITORY_HEADERS = List.of(REFERENCE, INSEE, SIREN);
    static final String THEME = "Domaine ou thème";
    static final List<String> THEME_HEADERS = List.of(REFERENCE, THEME);

    // Axes, Fiches (read by the action plan module, ImportedPlans)
    static final List<String> AXIS_HEADERS =
            List.of(REFERENCE, "N° de l'axe", "Titre de l'axe", "Commune (code INSEE)", "Domaines", "Enjeux");
    static final List<String> FICHE_HEADERS = List.of(
            REFERENCE,
            "Axe",
            "Titre de l’action",
            "Public cible",
            "Diagnostic initial",
            "Objectifs opérationnels",
            "Modalités de mise en œuvre",
            "Échéances de réalisation",
            "Résultats attendus",
            "Partenaires sollicités",
            "Indicateurs d’évaluation",
            "Avancement (%)");

    static final List<String> SHEETS = List.of(CONVENTIONS, SIGNATORIES, TERRITORY, THEMES, AXES, FICHES);

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ConventionSheets() {}

    /** Where a value was typed. */
    record Cell(String sheet, int line, String column) {}

    /** A problem found while reading, or reported by the domain, placed on its cell. */
    record Problem(Cell cell, FieldProblem problem) {}

    /** One convention of the file: its terms as data, its signature, its plan's rows, and where each field was read. */
    record Imported(
            String reference,
            int line,
            TermsData data,
            LocalDate signedOn,
            String place,
            Tabular axes,
            Tabular fiches,
            Map<String, Cell> cells,
            List<Problem> problems) {

        /** The cell of a field path ({@code signatories[2].representatives[0].name}), or of its nearest parent. */
        Cell cellOf(String field) {
            String path = field;
            while (true) {
                Cell cell = cells.get(path);
                if (cell != null) return cell;
                int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
                if (cut <= 0) return new Cell(CONVENTIONS, line, "");
                path = path.substring(0, cut);
            }
        }
    }

    /** The file as read: its conventions in the order of the Conventions sheet, and the problems no convention owns. */
    record Read(List<Imported> conventions, List<Problem> orphans) {}

    /** Reads the sheets; {@code organisations} finds an organisation of the directory by its exact name. */
    static Read read(
            Map<String, Tabular> sheets,
            Function<String, Optional<OrganisationView>> organisations,
            Map<String, PartyKind> kinds) {
        var orphans = new ArrayList<Problem>();
        Map<String, Tabular> byKey = new HashMap<>();
        sheets.forEach((name, table) -> byKey.put(key(name), table));
        for (String name : SHEETS) {
            if (!byKey.containsKey(key(name)))
                orphans.add(new Problem(
                        new Cell(name, 0, ""), FieldProblem.of("sheet", ConventionImportErrors.SHEET_MISSING, name)));
        }
        if (!orphans.isEmpty()) return new Read(List.of(), orphans);
        Tabular conventions = byKey.get(key(CONVENTIONS));
        var builders = new LinkedHashMap<String, Builder>();
        var columns = new Columns(conventions);
        for (Tabular.Row row : conventions.rows()) {
            String reference = row.cell(columns.of(REFERENCE));
            if (reference == null) {
                orphans.add(missingReference(CONVENTIONS, row.line()));
                continue;
            }
            if (builders.containsKey(key(reference))) {
                orphans.add(new Problem(
                        new Cell(CONVENTIONS, row.line(), REFERENCE),
                        FieldProblem.of(
                                "reference",
                                ConventionImportErrors.REFERENCE_DUPLICATE,
                                reference,
                                builders.get(key(reference)).line)));
                continue;
            }
            var b = new Builder(reference, row.line(), conventions.headers());
            b.conventionRow(row, columns);
            builders.put(key(reference), b);
        }
        each(
                byKey.get(key(SIGNATORIES)),
                SIGNATORIES,
                builders,
                orphans,
                (b, row, c) -> b.signatory(row, c, organisations, kinds));
        each(byKey.get(key(TERRITORY)), TERRITORY, builders, orphans, Builder::territory);
        each(byKey.get(key(THEMES)), THEMES, builders, orphans, Builder::theme);
        Tabular axes = byKey.get(key(AXES));
        each(axes, AXES, builders, orphans, (b, row, c) -> b.axes.add(row));
        Tabular fiches = byKey.get(key(FICHES));
        each(fiches, FICHES, builders, orphans, (b, row, c) -> b.fiches.add(row));
        return new Read(
                builders.values().stream()
                        .map(b -> b.build(axes.headers(), fiches.headers()))
                        .toList(),
                orphans);
    }

    private interface RowReader {
        void read(Builder builder, Tabular.Row row, Columns columns);
    }

    private static void each(
            Tabular table, String sheet, Map<String, Builder> builders, List<Problem> orphans, RowReader reader) {
        var columns = new Columns(table);
        for (Tabular.Row row : table.rows()) {
            String reference = row.cell(columns.of(REFERENCE));
            if (reference == null) {
                orphans.add(missingReference(sheet, row.line()));
                continue;
            }
            Builder b = builders.get(key(reference));
            if (b == null) {
                orphans.add(new Problem(
                        new Cell(sheet, row.line(), REFERENCE),
                        FieldProblem.of("reference", ConventionImportErrors.REFERENCE_UNKNOWN, reference)));
                continue;
            }
            reader.read(b, row, columns);
        }
    }

    private static Problem missingReference(String sheet, int line) {
        return new Problem(
                new Cell(sheet, line, REFERENCE),
                FieldProblem.of("reference", ConventionImportErrors.REFERENCE_MISSING));
    }

    /** The columns of a sheet by their header, compared without accents or case. */
    private static final class Columns {
        private final Map<String, Integer> index = new HashMap<>();

        Columns(Tabular table) {
            for (int i = 0; i < table.headers().size(); i++)
                index.putIfAbsent(key(table.headers().get(i)), i);
        }

        Integer of(String header) {
            return index.get(key(header));
        }
    }

    /** Collects the rows of one convention. */
    private static final class Builder {
        final String reference;
        final int line;
        final Map<String, Cell> cells = new HashMap<>();
        final List<Problem> problems = new ArrayList<>();
        String title;
        PartialDate start;
        PartialDate end;
        LocalDate signedOn;
        String place;
        Boolean incomplete;
        Integer declared;
        String tagline;
        List<String> objectives = List.of();
        final List<String> communes = new ArrayList<>();
        final List<String> epcis = new ArrayList<>();
        final List<String> domains = new ArrayList<>();
        final List<Party> parties = new ArrayList<>();
        final List<Tabular.Row> axes = new ArrayList<>();
        final List<Tabular.Row> fiches = new ArrayList<>();

        Builder(String reference, int line, List<String> headers) {
            this.reference = reference;
            this.line = line;
        }

        void at(String field, String sheet, int row, String column) {
            cells.put(field, new Cell(sheet, row, column));
        }

        void problem(String sheet, int row, String column, String code, Object... args) {
            problems.add(new Problem(new Cell(sheet, row, column), FieldProblem.of("cell", code, args)));
        }

        void conventionRow(Tabular.Row row, Columns c) {
            int l = row.line();
            title = row.cell(c.of(TITLE));
            at("title", CONVENTIONS, l, TITLE);
            start = partialDate(row.cell(c.of(START)), CONVENTIONS, l, START);
            at("start", CONVENTIONS, l, START);
            end = partialDate(row.cell(c.of(END)), CONVENTIONS, l, END);
            at("end", CONVENTIONS, l, END);
            String signed = row.cell(c.of(SIGNED_ON));
            if (signed != null) {
                try {
                    signedOn = LocalDate.parse(signed, DAY);
                } catch (DateTimeParseException e) {
                    problem(CONVENTIONS, l, SIGNED_ON, ConventionImportErrors.SIGNED_ON_INVALID, signed);
                }
            }
            at("signedOn", CONVENTIONS, l, SIGNED_ON);
            place = row.cell(c.of(PLACE));
            at("place", CONVENTIONS, l, PLACE);
            incomplete = yesNo(row.cell(c.of(INCOMPLETE)), CONVENTIONS, l, INCOMPLETE);
            at("territoryIncomplete", CONVENTIONS, l, INCOMPLETE);
            String count = row.cell(c.of(DECLARED));
            if (count != null) {
                try {
                    declared = Integer.valueOf(count);
                } catch (NumberFormatException e) {
                    problem(CONVENTIONS, l, DECLARED, ConventionImportErrors.NUMBER_INVALID, count);
                }
            }
            at("declaredCommunes", CONVENTIONS, l, DECLARED);
            tagline = row.cell(c.of(TAGLINE));
            at("tagline", CONVENTIONS, l, TAGLINE);
            objectives = lines(row.cell(c.of(OBJECTIVES)));
            at("objectives", CONVENTIONS, l, OBJECTIVES);
        }

        void territory(Tabular.Row row, Columns c) {
            String insee = row.cell(c.of(INSEE));
            String siren = row.cell(c.of(SIREN));
            if (insee == null && siren == null) {
                problem(TERRITORY, row.line(), INSEE, ConventionImportErrors.TERRITORY_ROW_EMPTY);
                return;
            }
            if (insee != null) {
                at("communes[" + communes.size() + "]", TERRITORY, row.line(), INSEE);
                communes.add(insee);
            }
            if (siren != null) {
                at("epcis[" + epcis.size() + "]", TERRITORY, row.line(), SIREN);
                epcis.add(siren.replace(" ", ""));
            }
        }

        void theme(Tabular.Row row, Columns c) {
            String theme = row.cell(c.of(THEME));
            if (theme == null) return;
            at("domains[" + domains.size() + "]", THEMES, row.line(), THEME);
            domains.add(theme);
        }

        void signatory(
                Tabular.Row row,
                Columns c,
                Function<String, Optional<OrganisationView>> organisations,
                Map<String, PartyKind> kinds) {
            int l = row.line();
            String kindText = row.cell(c.of(KIND));
            String organisation = row.cell(c.of(ORGANISATION));
            String printed = row.cell(c.of(PRINTED_NAME));
            boolean continuation = kindText == null && organisation == null && printed == null && !parties.isEmpty();
            Party party;
            String path;
            if (continuation) {
                party = parties.get(parties.size() - 1);
                path = "signatories[" + (parties.size() - 1) + "]";
            } else {
                party = new Party();
                path = "signatories[" + parties.size() + "]";
                parties.add(party);
                at(path, SIGNATORIES, l, KIND);
                at(path + ".kind", SIGNATORIES, l, KIND);
                at(path + ".organisationId", SIGNATORIES, l, ORGANISATION);
                at(path + ".organisationName", SIGNATORIES, l, PRINTED_NAME);
                at(path + ".alias", SIGNATORIES, l, ALIAS);
                at(path + ".collective", SIGNATORIES, l, COLLECTIVE);
                at(path + ".members", SIGNATORIES, l, MEMBERS);
                if (kindText != null) {
                    party.kind = kinds.get(key(kindText));
                    if (party.kind == null)
                        problem(SIGNATORIES, l, KIND, ConventionImportErrors.KIND_UNKNOWN, kindText);
                }
                if (organisation != null) {
                    Optional<OrganisationView> found = organisations.apply(organisation);
                    if (found.isEmpty())
                        problem(
                                SIGNATORIES,
                                l,
                                ORGANISATION,
                                ConventionImportErrors.ORGANISATION_UNKNOWN,
                                organisation);
                    else party.organisation = found.get();
                }
                party.printedName = printed;
                party.alias = row.cell(c.of(ALIAS));
                party.collective = yesNo(row.cell(c.of(COLLECTIVE)), SIGNATORIES, l, COLLECTIVE);
                List<String> members = words(row.cell(c.of(MEMBERS)));
                for (int k = 0; k < members.size(); k++) at(path + ".members[" + k + "]", SIGNATORIES, l, MEMBERS);
                party.members = members;
            }
            String civilityText = row.cell(c.of(CIVILITY));
            String person = row.cell(c.of(PERSON));
            String quality = row.cell(c.of(QUALITY));
            if (civilityText != null || person != null || quality != null) {
                Civility civility = null;
                if (civilityText != null) {
                    civility = civility(civilityText);
                    if (civility == null)
                        problem(SIGNATORIES, l, CIVILITY, ConventionImportErrors.CIVILITY_UNKNOWN, civilityText);
                }
                String r = path + ".representatives[" + party.representatives.size() + "]";
                at(r, SIGNATORIES, l, QUALITY);
                at(r + ".name", SIGNATORIES, l, PERSON);
                at(r + ".title", SIGNATORIES, l, QUALITY);
                at(r + ".role", SIGNATORIES, l, QUALITY);
                at(r + ".civility", SIGNATORIES, l, CIVILITY);
                party.representatives.add(new TermsData.RepresentativeData(person, null, quality, civility));
            }
            String act = row.cell(c.of(ACT));
            String actDate = row.cell(c.of(ACT_DATE));
            String actNumber = row.cell(c.of(ACT_NUMBER));
            if (act != null || actDate != null || actNumber != null) {
                String a = path + ".authorisations[" + party.acts.size() + "]";
                at(a, SIGNATORIES, l, ACT);
                at(a + ".description", SIGNATORIES, l, ACT);
                at(a + ".adoptedOn", SIGNATORIES, l, ACT_DATE);
                at(a + ".reference", SIGNATORIES, l, ACT_NUMBER);
                PartialDate adopted = partialDate(actDate, SIGNATORIES, l, ACT_DATE);
                party.acts.add(new TermsData.ActData(act, adopted, actNumber, null));
            }
        }

        Imported build(List<String> axisHeaders, List<String> ficheHeaders) {
            var signatories = parties.stream()
                    .map(p -> new TermsData.SignatoryData(
                            p.kind,
                            p.organisation == null ? null : p.organisation.id(),
                            p.printedName,
                            p.representatives,
                            p.acts,
                            null,
                            p.alias,
                            p.collective,
                            p.members))
                    .toList();
            var data = new TermsData(
                    title,
                    start,
                    end,
                    communes,
                    epcis,
                    signatories,
                    List.of(),
                    domains,
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    objectives,
                    tagline,
                    incomplete,
                    declared);
            return new Imported(
                    reference,
                    line,
                    data,
                    signedOn,
                    place,
                    new Tabular(AXES, axisHeaders, axes),
                    new Tabular(FICHES, ficheHeaders, fiches),
                    Map.copyOf(cells),
                    List.copyOf(problems));
        }

        private PartialDate partialDate(String text, String sheet, int row, String column) {
            if (text == null) return null;
            try {
                return PartialDate.parse(text);
            } catch (DomainException | java.time.DateTimeException e) {
                problem(sheet, row, column, ConventionImportErrors.DATE_INVALID, text);
                return null;
            }
        }

        private Boolean yesNo(String text, String sheet, int row, String column) {
            if (text == null) return null;
            return switch (key(text)) {
                case "oui", "o", "x", "vrai", "1" -> Boolean.TRUE;
                case "non", "n", "faux", "0" -> Boolean.FALSE;
                default -> {
                    problem(sheet, row, column, ConventionImportErrors.YES_NO_INVALID, text);
                    yield null;
                }
            };
        }
    }

    /** A party being read: its first row and the representatives and acts of the rows that follow it. */
    private static final class Party {
        PartyKind kind;
        OrganisationView organisation;
        String printedName;
        String alias;
        Boolean collective;
        List<String> members = List.of();
        final List<TermsData.RepresentativeData> representatives = new ArrayList<>();
        final List<TermsData.ActData> acts = new ArrayList<>();
    }

    private static Civility civility(String text) {
        return switch (key(text).replace(".", "")) {
            case "madame", "mme" -> Civility.MADAME;
            case "monsieur", "m", "mr" -> Civility.MONSIEUR;
            default -> null;
        };
    }

    /** Compared without accents, case, outer spaces or typographic apostrophes. */
    static String key(String text) {
        String stripped = Normalizer.normalize(text.strip().replace('’', '\''), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT);
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static List<String> words(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[\\s,;]+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
