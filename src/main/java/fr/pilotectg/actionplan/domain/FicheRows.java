package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.domain.ActionPlanErrors;
import fr.pilotectg.actionplan.domain.FicheContent;
import fr.pilotectg.actionplan.domain.ImportLine;
import fr.pilotectg.actionplan.domain.Milestone;
import fr.pilotectg.actionplan.domain.PartnerRef;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads fiches from an XLSX workbook (first sheet) or a CSV file (";" or "," separated, UTF-8) whose first line holds
 * the export's French headers. Lists are one item per line inside a cell; milestones are "31/12/2024 : libellé",
 * "(réalisée)" at the end when done. Unknown columns are ignored.
 */
final class FicheImportReader {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Pattern MILESTONE = Pattern.compile("^\\s*(\\S+)\\s*[:–-]\\s*(.*?)\\s*(\\((réalisée|realisee|fait)\\))?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private FicheImportReader() {}

    static List<ImportLine> read(String filename, byte[] bytes) {
        List<Map<String, String>> rows;
        boolean xlsx = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        try {
            rows = xlsx ? xlsx(bytes) : csv(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid(ActionPlanErrors.IMPORT_FILE_UNREADABLE);
        }
        if (rows.isEmpty()) throw DomainException.invalid(ActionPlanErrors.IMPORT_FILE_EMPTY);
        var lines = new ArrayList<ImportLine>();
        for (int i = 0; i < rows.size(); i++) lines.add(line(i + 2, rows.get(i)));
        return lines;
    }

    private static ImportLine line(int number, Map<String, String> row) {
        var problems = new ArrayList<FieldProblem>();
        var milestones = new ArrayList<Milestone>();
        for (String text : lines(row.get("echeances de realisation"))) {
            Matcher m = MILESTONE.matcher(text);
            LocalDate due = null;
            if (m.matches()) {
                try {
                    due = LocalDate.parse(m.group(1), DAY);
                } catch (DateTimeParseException e) {
                    due = null;
                }
            }
            if (due == null) {
                problems.add(FieldProblem.of("milestones[" + milestones.size() + "]", ActionPlanErrors.IMPORT_DATE_INVALID, text));
                continue;
            }
            milestones.add(new Milestone(due, m.group(2), m.group(3) != null));
        }
        int progress = 0;
        String progressText = row.getOrDefault("avancement (%)", "").replace("%", "").strip();
        if (!progressText.isEmpty()) {
            var typed = FrenchNumbers.parse(progressText);
            if (typed.isPresent()) progress = typed.get().setScale(0, java.math.RoundingMode.HALF_UP).intValue();
            else problems.add(FieldProblem.of("progress", ActionPlanErrors.IMPORT_NUMBER_INVALID, progressText));
        }
        var content = new FicheContent(row.get("titre de l'action"), row.get("public cible"), row.get("diagnostic initial"),
                row.get("objectifs operationnels"), lines(row.get("modalites de mise en œuvre")), milestones,
                row.get("services mobilises et responsables"), row.get("resultats attendus"),
                lines(row.get("partenaires sollicites")).stream().map(n -> new PartnerRef(null, n)).toList(),
                lines(row.get("indicateurs d'evaluation")), null, lines(row.get("referents")), null, List.of(), List.of(), List.of(), "");
        return new ImportLine(number, row.get("axe"), content, progress, problems);
    }

    private static List<Map<String, String>> xlsx(byte[] bytes) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.FRANCE);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) return List.of();
            List<String> names = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) names.add(key(formatter.formatCellValue(header.getCell(c))));
            var rows = new ArrayList<Map<String, String>>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) continue;
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < names.size(); c++) values.put(names.get(c), formatter.formatCellValue(row.getCell(c)).strip());
                if (values.values().stream().allMatch(String::isEmpty)) continue;
                rows.add(values);
            }
            return rows;
        }
    }

    private static List<Map<String, String>> csv(String text) throws IOException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String first = text.lines().findFirst().orElse("");
        char delimiter = first.chars().filter(ch -> ch == ';').count() >= first.chars().filter(ch -> ch == ',').count() ? ';' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        var rows = new ArrayList<Map<String, String>>();
        try (var parser = format.parse(new StringReader(text))) {
            List<String> names = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < names.size() && c < record.size(); c++) values.put(key(names.get(c)), record.get(c));
                rows.add(values);
            }
        }
        return rows;
    }

    /** Header names compared without accents, case or typographic apostrophes. */
    static String key(String header) {
        String k = header == null ? "" : header.strip().toLowerCase(Locale.FRENCH).replace('’', '\'');
        return k.replace('é', 'e').replace('è', 'e').replace('ê', 'e').replace('à', 'a').replace('ô', 'o').replace('É', 'e');
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
