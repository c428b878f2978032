package fr.pilotectg.diagnostic.domain;

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
 * Reads the small CSV of Caf figures a diagnostic imports: a header naming the columns scope, kind, value, year and
 * source (or portée, indicateur, valeur, année, source), separated by ";" or ","; one figure per line. Scopes and kinds
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

    private static final Map<String, String> COLUMNS = Map.of("scope", "scope", "portee", "scope", "kind", "kind", "indicateur", "kind",
            "value", "value", "valeur", "value", "year", "year", "annee", "year", "source", "source");

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

    /** The rows of {@code text}; a missing or incomplete header, or too many lines, refuses the whole file. */
    public static List<Row> read(String text) {
        List<String> lines = text == null ? List.of() : text.replace("\uFEFF", "").lines().toList();
        int headerAt = 0;
        while (headerAt < lines.size() && lines.get(headerAt).isBlank()) headerAt++;
        if (headerAt >= lines.size()) throw DomainException.invalidFields(List.of(FieldProblem.of("file", "FIGURE_IMPORT_EMPTY")));
        String header = lines.get(headerAt);
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<String> names = split(header, separator);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String column = COLUMNS.get(fold(names.get(i)));
            if (column != null) at.putIfAbsent(column, i);
        }
        List<String> missing = List.of("scope", "kind", "value", "year", "source").stream().filter(c -> !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("file", "FIGURE_IMPORT_COLUMNS_MISSING", String.join(", ", missing))));
        }
        List<Row> rows = new ArrayList<>();
        for (int n = headerAt + 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) continue;
            if (rows.size() == MAX_LINES) {
                throw DomainException.invalidFields(List.of(FieldProblem.of("file", "FIGURE_IMPORT_TOO_MANY_LINES", MAX_LINES)));
            }
            rows.add(row(n + 1, lines.get(n), split(lines.get(n), separator), at));
        }
        if (rows.isEmpty()) throw DomainException.invalidFields(List.of(FieldProblem.of("file", "FIGURE_IMPORT_EMPTY")));
        return rows;
    }

    private static Row row(int line, String text, List<String> cells, Map<String, Integer> at) {
        List<FieldProblem> problems = new ArrayList<>();
        String scopeText = cell(cells, at.get("scope"));
        String kindText = cell(cells, at.get("kind"));
        FigureScope scope = scopeText.isEmpty() ? null : SCOPES.get(fold(scopeText));
        if (!scopeText.isEmpty() && scope == null) problems.add(FieldProblem.of("scope", "FIGURE_IMPORT_SCOPE_UNKNOWN", scopeText));
        FigureKind kind = kindText.isEmpty() ? null : KINDS.get(fold(kindText));
        if (!kindText.isEmpty() && kind == null) problems.add(FieldProblem.of("kind", "FIGURE_IMPORT_KIND_UNKNOWN", kindText));
        String valueText = cell(cells, at.get("value"));
        BigDecimal value = null;
        if (!valueText.isEmpty()) {
            try {
                value = new BigDecimal(valueText.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.'));
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
            figure = Figure.checked(scope, kind, value, year, cell(cells, at.get("source")), FigureOrigin.IMPORTED, null);
        } catch (DomainException e) {
            e.fields().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field()))).forEach(problems::add);
        }
        return new Row(line, text, problems.isEmpty() ? figure : null, problems);
    }

    private static String cell(List<String> cells, Integer index) {
        return index == null || index >= cells.size() ? "" : cells.get(index).strip();
    }

    /** Splits a CSV line; a cell between double quotes may hold the separator ("" is a quote). */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String fold(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('_', ' ').replace('’', ' ').replace('\'', ' ').replaceAll("\\s+", " ")
                .replaceAll(" \\(.*\\)$", "");
    }
}
