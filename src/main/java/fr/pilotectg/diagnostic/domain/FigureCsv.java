package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.platform.Tabular;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the small file of Caf figures a diagnostic imports (CSV separated by ";" or ",", or XLSX, read by the platform's
 * {@code TabularUploads}): a header naming the columns scope, kind, value, year and source (or portée, indicateur,
 * valeur, année, source); one figure per line. Scopes and kinds
 * are their codes or French names; numbers may be written the French way ("24 882", "68,4").
 */
public final class FigureCsv {

    /** At most this many data lines: a diagnostic has a few dozen figures. */
    public static final int MAX_LINES = 200;

    /** One data line: its number in the file (the header is line 1), the figure read, or what is wrong with it. */
    public record Row(int line, String text, Figure figure, List<FieldProblem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private static final Map<String, String> COLUMNS = Map.of(
            "scope",
            "scope",
            "portee",
            "scope",
            "kind",
            "kind",
            "indicateur",
            "kind",
            "value",
            "value",
            "valeur",
            "value",
            "year",
            "year",
            "annee",
            "year",
            "source",
            "source");

    private static final Map<String, FigureScope> SCOPES = new HashMap<>();
    private static final Map<String, FigureKind> KINDS = new HashMap<>();

    static {
        for (FigureScope s : FigureScope.values()) SCOPES.put(fold(s.name()), s);
        SCOPES.put("territoire", FigureScope.TERRITORY);
        SCOPES.put("departement", FigureScope.DEPARTEMENT);
        for (FigureKind k : FigureKind.values()) KINDS.put(fold(k.name()), k);
        KINDS.put("population", FigureKind.POPULATION);
        KINDS.put("allocataires", FigureKind.ALLOCATAIRES);
        KINDS.put("personnes couvertes", FigureKind.PERSONNES_COUVERTES);
        KINDS.put("enfants de moins de 3 ans", FigureKind.CHILDREN_UNDER_3);
        KINDS.put("part de la population couverte par la caf", FigureKind.CAF_COVERED_SHARE);
        KINDS.put("taux de couverture petite enfance", FigureKind.CHILDCARE_COVERAGE);
        KINDS.put("revenu median", FigureKind.MEDIAN_INCOME);
        KINDS.put("revenu median par uc", FigureKind.MEDIAN_INCOME);
    }

    private FigureCsv() {}

    /** The French header of a column, as the example and the messages name it. */
    static String frenchHeader(String column) {
        return switch (column) {
            case "scope" -> "portée";
            case "kind" -> "indicateur";
            case "value" -> "valeur";
            case "year" -> "année";
            default -> column;
        };
    }

    /** What an import recorded: the rows read and the diagnostic's new version. */
    public record Imported(List<Row> rows, int version) {}

    /** The rows of a file read by the platform's upload reader; a missing or incomplete header refuses the whole file. */
    public static List<Row> read(Tabular table) {
        if (table.isEmpty())
            throw DomainException.invalidFields(List.of(FieldProblem.of("file", "FIGURE_IMPORT_EMPTY")));
        List<String> names = table.headers();
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String column = COLUMNS.get(fold(names.get(i)));
            if (column != null) at.putIfAbsent(column, i);
        }
        List<String> missing = List.of("scope", "kind", "value", "year", "source").stream()
                .filter(c -> !at.containsKey(c))
                .toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalidFields(List.of(FieldProblem.of(
                    "file",
                    "FIGURE_IMPORT_COLUMNS_MISSING",
                    String.join(
                            ", ", missing.stream().map(FigureCsv::frenchHeader).toList()))));
        }
        List<Row> rows = new ArrayList<>();
        for (Tabular.Row r : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (String cell : r.cells()) cells.add(cell == null ? "" : cell);
            rows.add(row(r.line(), line(cells), cells, at));
        }
        if (rows.isEmpty())
            throw DomainException.invalidFields(List.of(FieldProblem.of("file", "FIGURE_IMPORT_EMPTY")));
        return rows;
    }

    /** The table as the CSV text of the import form: ";" separated, a cell quoted when it holds ";", a quote or a line break. */
    public static String text(Tabular table) {
        if (table.isEmpty()) return "";
        StringBuilder text = new StringBuilder(line(table.headers())).append('\n');
        for (Tabular.Row r : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (String cell : r.cells()) cells.add(cell == null ? "" : cell);
            text.append(line(cells)).append('\n');
        }
        return text.toString();
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) line.append(';');
            String cell = cells.get(i);
            boolean quote = cell.indexOf(';') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0;
            line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return line.toString();
    }

    private static Row row(int line, String text, List<String> cells, Map<String, Integer> at) {
        List<FieldProblem> problems = new ArrayList<>();
        String scopeText = cell(cells, at.get("scope"));
        String kindText = cell(cells, at.get("kind"));
        FigureScope scope = scopeText.isEmpty() ? null : SCOPES.get(fold(scopeText));
        if (!scopeText.isEmpty() && scope == null)
            problems.add(FieldProblem.of("scope", "FIGURE_IMPORT_SCOPE_UNKNOWN", scopeText));
        FigureKind kind = kindText.isEmpty() ? null : KINDS.get(fold(kindText));
        if (!kindText.isEmpty() && kind == null)
            problems.add(FieldProblem.of("kind", "FIGURE_IMPORT_KIND_UNKNOWN", kindText));
        String valueText = cell(cells, at.get("value"));
        BigDecimal value = null;
        if (!valueText.isEmpty()) {
            try {
                value = new BigDecimal(valueText
                        .replace('\u00a0', ' ')
                        .replace('\u202f', ' ')
                        .replace(" ", "")
                        .replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("value", "FIGURE_NOT_A_NUMBER", valueText));
            }
        }
        String yearText = cell(cells, at.get("year"));
        Integer year = null;
        if (!yearText.isEmpty()) {
            try {
                year = Integer.valueOf(yearText);
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("year", "FIGURE_YEAR_INVALID", Figure.FIRST_YEAR, Figure.LAST_YEAR));
            }
        }
        Figure figure = null;
        try {
            figure = Figure.checked(
                    scope, kind, value, year, cell(cells, at.get("source")), FigureOrigin.IMPORTED, null);
        } catch (DomainException e) {
            e.fields().stream()
                    .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
        }
        return new Row(line, text, problems.isEmpty() ? figure : null, problems);
    }

    private static String cell(List<String> cells, Integer index) {
        return index == null || index >= cells.size() ? "" : cells.get(index).strip();
    }

    private static String fold(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replace('_', ' ')
                .replace('’', ' ')
                .replace('\'', ' ')
                .replaceAll("\\s+", " ")
                .replaceAll(" \\(.*\\)$", "");
    }
}
