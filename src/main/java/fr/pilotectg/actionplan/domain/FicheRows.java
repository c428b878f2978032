package fr.pilotectg.actionplan.domain;

import fr.pilotectg.platform.Tabular;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import fr.pilotectg.shared.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of an uploaded plan (read by the platform's {@code TabularUploads}: XLSX first sheet or CSV) into
 * fiches, the first row holding the export's French headers. Lists are one item per line inside a cell; milestones are
 * "31/12/2024 : libellé", "(réalisée)" at the end when done. Unknown columns are ignored.
 */
final class FicheRows {

    // « 30/06/2025 : … », « 06/2025 – … », « 2025 : … »: a colon, or a dash between spaces (a date has dashes of its
    // own)
    private static final Pattern MILESTONE = Pattern.compile(
            "^\\s*(\\S+?)\\s*(?::|\\s[–-]\\s)\\s*(.*?)\\s*(\\((réalisée|realisee|fait)\\))?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private FicheRows() {}

    static List<ImportLine> of(Tabular table) {
        if (table.isEmpty()) throw DomainException.invalid(ActionPlanErrors.IMPORT_FILE_EMPTY);
        List<String> names = table.headers().stream().map(FicheRows::key).toList();
        var lines = new ArrayList<ImportLine>();
        for (Tabular.Row row : table.rows()) {
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < names.size(); c++) {
                String value = row.cell(c);
                values.put(names.get(c), value == null ? "" : value);
            }
            lines.add(line(row.line(), values));
        }
        if (lines.isEmpty()) throw DomainException.invalid(ActionPlanErrors.IMPORT_FILE_EMPTY);
        return lines;
    }

    private static ImportLine line(int number, Map<String, String> row) {
        var problems = new ArrayList<FieldProblem>();
        var milestones = new ArrayList<Milestone>();
        for (String text : lines(row.get("echeances de realisation"))) {
            Matcher m = MILESTONE.matcher(text);
            PartialDate due = null;
            if (m.matches()) {
                try {
                    // « 2024 : … », « 06/2024 : … » or « 30/06/2024 : … »: as precise as the plan gives it
                    due = PartialDate.parse(m.group(1));
                } catch (DomainException e) {
                    due = null;
                }
            }
            if (due == null) {
                problems.add(FieldProblem.of(
                        "milestones[" + milestones.size() + "]", ActionPlanErrors.IMPORT_DATE_INVALID, text));
                continue;
            }
            milestones.add(new Milestone(due, m.group(2), m.group(3) != null));
        }
        int progress = 0;
        String progressText =
                row.getOrDefault("avancement (%)", "").replace("%", "").strip();
        if (!progressText.isEmpty()) {
            var typed = FrenchNumbers.parse(progressText);
            if (typed.isPresent())
                progress =
                        typed.get().setScale(0, java.math.RoundingMode.HALF_UP).intValue();
            else problems.add(FieldProblem.of("progress", ActionPlanErrors.IMPORT_NUMBER_INVALID, progressText));
        }
        var content = new FicheContent(
                row.get("titre de l'action"),
                row.get("public cible"),
                row.get("diagnostic initial"),
                row.get("objectifs operationnels"),
                lines(row.get("modalites de mise en œuvre")),
                milestones,
                row.get("services mobilises et responsables"),
                row.get("resultats attendus"),
                lines(row.get("partenaires sollicites")).stream()
                        .map(n -> new PartnerRef(null, n))
                        .toList(),
                lines(row.get("indicateurs d'evaluation")),
                null,
                lines(row.get("referents")),
                null,
                List.of(),
                List.of(),
                List.of(),
                "");
        return new ImportLine(number, row.get("axe"), content, progress, problems);
    }

    /** Header names compared without accents, case or typographic apostrophes. */
    static String key(String header) {
        String k =
                header == null ? "" : header.strip().toLowerCase(Locale.FRENCH).replace('’', '\'');
        return k.replace('é', 'e')
                .replace('è', 'e')
                .replace('ê', 'e')
                .replace('à', 'a')
                .replace('ô', 'o')
                .replace('É', 'e');
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
