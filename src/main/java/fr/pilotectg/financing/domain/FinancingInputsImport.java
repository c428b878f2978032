package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.Support;
import fr.pilotectg.financing.domain.FinancingInputs.YearFigures;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.Tabular;
import fr.pilotectg.platform.TabularUploads;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.platform.UploadLimits;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.Euros;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Importing the figures of the structures (one line per structure and year) from an XLSX or CSV file, on the one flow of
 * {@link FinancingFlow}: the convention's guard first (a reader gets 403 before a byte is read), then the file within
 * its limits ({@code pilote.upload.imports.financing.*}: 5 MB and 20 000 rows by default, checked before parsing), then
 * every line checked (unknown structure, a year outside the convention, a negative amount, a number that is not one, a
 * unit the register does not give the structure, a supporter that is not a signatory) with its line and column in
 * French. A dry run says what would be added or changed and saves nothing; otherwise every line is applied in one
 * transaction, or none when any line is refused. A blank cell leaves the current value.
 */
@Service
public class FinancingInputsImport {

    /** The columns of the file, in the template's order (header: {@code financing.import.col.<key>}). */
    public enum Column {
        STRUCTURE("structure", true),
        NAME("name", false),
        YEAR("year", true),
        PLACES("places", false),
        HOURS("hours", false),
        OPENING_MONTH("openingMonth", false),
        CLOSING_MONTH("closingMonth", false),
        FEE("fee", false),
        DISABILITY("disability", false),
        COST_PER_PLACE("costPerPlace", false),
        PS("ps", false),
        SUPPORTER("supporter", false),
        SUPPORT_FROM("supportFrom", false);

        private final String key;
        private final boolean required;

        Column(String key, boolean required) {
            this.key = key;
            this.required = required;
        }

        public String messageKey() {
            return "financing.import.col." + key;
        }
    }

    /** What a line does: adds a structure or a year, changes figures, changes nothing, or is refused. */
    public enum Change {
        ADDED,
        CHANGED,
        UNCHANGED,
        REFUSED
    }

    /** A problem of the file: its line (0: the file as a whole), column header, stable code and French text. */
    public record Problem(int line, String column, String code, String message, List<Object> args) {

        /** The problem as the API lists it in a refusal: its field says the line and the column. */
        public FieldProblem asField() {
            return new FieldProblem("ligne " + line + " / " + column, code, args);
        }
    }

    public record Line(int line, String structure, Integer year, Change change) {}

    /** The outcome: each line, each problem, the counts, whether it was saved; {@code version} after saving. */
    public record Result(
            String filename,
            boolean dryRun,
            boolean committed,
            int added,
            int changed,
            List<Line> lines,
            List<Problem> problems,
            int version) {

        @com.fasterxml.jackson.annotation.JsonProperty("ok")
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final FinancingFlow flow;
    private final FinancingRepository repository;
    private final FinancingInputsEditing editing;
    private final FinancingInputsEntry entry;
    private final TabularUploads uploads;
    private final Directory directory;
    private final FinancingText text;

    FinancingInputsImport(
            FinancingFlow flow,
            FinancingRepository repository,
            FinancingInputsEditing editing,
            FinancingInputsEntry entry,
            TabularUploads uploads,
            Directory directory,
            FinancingText text) {
        this.flow = flow;
        this.repository = repository;
        this.editing = editing;
        this.entry = entry;
        this.uploads = uploads;
        this.directory = directory;
        this.text = text;
    }

    /** A convention has tens of structures over a few years: 5 MB and 20 000 rows by default. */
    public UploadLimits limits() {
        return uploads.limits("financing", DataSize.ofMegabytes(5), 20_000);
    }

    /** The French header of a column, as in the template. */
    public String header(Column column) {
        return text.text(column.messageKey());
    }

    /** Checks every line and, unless {@code dryRun} or a line is refused, applies all of them at once. */
    @Transactional
    public Result importFile(UUID conventionId, Upload upload, boolean dryRun) {
        return importFile(conventionId, upload, dryRun, null);
    }

    /**
     * The same on the inputs read at {@code expectedVersion} (409 if they changed since, e.g. between the dry run shown
     * and its confirmation); null: the current version.
     */
    @Transactional
    public Result importFile(UUID conventionId, Upload upload, boolean dryRun, Integer expectedVersion) {
        int version = expectedVersion != null
                ? expectedVersion
                : repository
                        .inputs(conventionId)
                        .map(FinancingRepository.Stored::version)
                        .orElse(0);
        Checked[] checked = new Checked[1];
        try {
            int saved = flow.changeInputs(conventionId, version, (before, convention) -> {
                Checked result = check(convention, before, uploads.read(limits(), upload), dryRun);
                checked[0] = result;
                if (dryRun || !result.ok()) throw new NotApplied(result);
                return new FinancingFlow.Outcome(
                        result.after,
                        text.text(
                                "financing.audit.inputs.imported",
                                upload.filename(),
                                result.result.added(),
                                result.result.changed()),
                        List.of(new AuditChange(
                                text.text("financing.audit.field.structures"),
                                String.valueOf(before.structures().size()),
                                String.valueOf(result.after.structures().size()))));
            });
            return checked[0].withSaved(saved);
        } catch (NotApplied e) {
            return e.result.result;
        }
    }

    /** The outcome of the checks and the inputs they lead to. */
    private record Checked(Result result, FinancingInputs after) {

        boolean ok() {
            return result.ok();
        }

        Result withSaved(int version) {
            return new Result(
                    result.filename(),
                    false,
                    true,
                    result.added(),
                    result.changed(),
                    result.lines(),
                    result.problems(),
                    version);
        }
    }

    private static final class NotApplied extends RuntimeException {
        private final Checked result;

        NotApplied(Checked result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private Checked check(ConventionSummary convention, FinancingInputs before, Tabular table, boolean dryRun) {
        List<Problem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        if (table.isEmpty() || table.rows().isEmpty()) {
            problems.add(problem(0, "", InputEntryErrors.IMPORT_FILE_EMPTY));
            return checked(table, dryRun, lines, problems, before, 0, 0);
        }
        Map<Column, Integer> columns = columns(table.headers());
        for (Column c : Column.values())
            if (c.required && !columns.containsKey(c))
                problems.add(problem(1, header(c), InputEntryErrors.IMPORT_COLUMN_MISSING, header(c)));
        if (!problems.isEmpty()) return checked(table, dryRun, lines, problems, before, 0, 0);

        int first = convention.start().getYear();
        int last = convention.end().getYear();
        Map<UUID, OrganisationView> signatories = new LinkedHashMap<>();
        for (OrganisationView o : directory.organisations(convention.organisations())) signatories.put(o.id(), o);
        List<Structure> structures = new ArrayList<>(before.structures());
        Map<String, Integer> seen = new HashMap<>();
        Map<UUID, Optional<EquipmentView>> registerEntries = new HashMap<>();
        int added = 0;
        int changed = 0;
        for (Tabular.Row row : table.rows()) {
            Cells cells = new Cells(row, columns, problems);
            int before0 = problems.size();
            String id = cells.text(Column.STRUCTURE);
            Integer year = cells.integer(Column.YEAR);
            if (id == null) cells.problem(Column.STRUCTURE, FinancingErrors.REQUIRED);
            if (year == null && cells.text(Column.YEAR) == null) cells.problem(Column.YEAR, FinancingErrors.REQUIRED);
            else if (year != null && (year < first || year > last))
                cells.problem(
                        Column.YEAR,
                        FinancingErrors.YEAR_OUTSIDE_CONVENTION,
                        String.valueOf(year),
                        String.valueOf(first),
                        String.valueOf(last));
            Integer places = cells.count(Column.PLACES);
            BigDecimal hours = cells.number(Column.HOURS);
            Integer opening = cells.month(Column.OPENING_MONTH, FinancingErrors.MONTH_INVALID);
            Integer closing = cells.month(Column.CLOSING_MONTH, InputEntryErrors.CLOSING_MONTH_INVALID);
            BigDecimal fee = cells.number(Column.FEE);
            BigDecimal disability = cells.share(Column.DISABILITY);
            Euros cost = cells.euros(Column.COST_PER_PLACE);
            Euros ps = cells.euros(Column.PS);
            String supporterName = cells.text(Column.SUPPORTER);
            LocalDate from = cells.date(Column.SUPPORT_FROM);
            OrganisationView supporter = null;
            if (supporterName != null) {
                supporter = signatories.values().stream()
                        .filter(o -> o.id() != null && !o.id().equals(convention.cafId()))
                        .filter(o -> same(o.name(), supporterName) || same(o.shortName(), supporterName))
                        .findFirst()
                        .orElse(null);
                if (supporter == null)
                    cells.problem(Column.SUPPORTER, InputEntryErrors.IMPORT_SUPPORTER_UNKNOWN, supporterName);
            }

            // The structure: one of the inputs (by its identifier or its register entry), or an entry of the
            // register in the convention's communes, added.
            int index = -1;
            boolean newStructure = false;
            if (id != null) {
                index = find(structures, id);
                if (index < 0) {
                    UUID equipmentId = uuid(id);
                    Optional<EquipmentView> registered = equipmentId == null
                            ? Optional.empty()
                            : registerEntries.computeIfAbsent(equipmentId, e -> inConvention(convention, e));
                    if (registered.isPresent()) {
                        structures.add(FinancingInputsEntry.fromRegister(registered.get()));
                        index = structures.size() - 1;
                        newStructure = true;
                    } else {
                        cells.problem(Column.STRUCTURE, InputEntryErrors.IMPORT_UNKNOWN_STRUCTURE, id);
                    }
                }
            }
            if (index >= 0 && year != null) {
                String key = structures.get(index).id() + "|" + year;
                Integer previous = seen.putIfAbsent(key, row.line());
                if (previous != null)
                    cells.problem(
                            Column.YEAR,
                            InputEntryErrors.IMPORT_DUPLICATE_LINE,
                            structures.get(index).name(),
                            String.valueOf(year),
                            String.valueOf(previous));
            }
            if (index >= 0) {
                Set<CapacityUnit> units = units(structures.get(index), registerEntries);
                if (places != null && !units.contains(CapacityUnit.PLACES))
                    cells.problem(
                            Column.PLACES,
                            InputEntryErrors.IMPORT_UNIT_MISMATCH,
                            header(Column.PLACES),
                            unitsLabel(units));
                if (hours != null && !units.contains(CapacityUnit.HEURES))
                    cells.problem(
                            Column.HOURS,
                            InputEntryErrors.IMPORT_UNIT_MISMATCH,
                            header(Column.HOURS),
                            unitsLabel(units));
            }
            if (problems.size() > before0 || index < 0 || year == null) {
                lines.add(new Line(row.line(), id, year, Change.REFUSED));
                continue;
            }
            Structure s = structures.get(index);
            YearFigures current = s.year(year).orElse(null);
            YearFigures figures = new YearFigures(
                    year,
                    or(ps, current == null ? null : current.ps()),
                    or(fee, current == null ? null : current.averageFeePerHour()),
                    or(disability, current == null ? null : current.disabilityShare()),
                    or(cost, current == null ? null : current.costPerPlace()),
                    current == null ? null : current.inclusiveChildHours(),
                    current == null ? null : current.newHours(),
                    current == null ? null : current.btFlat(),
                    current == null ? null : current.rpeMissions(),
                    current == null ? null : current.rpeEtp(),
                    current == null ? null : current.rpeExpenses(),
                    or(places, current == null ? null : current.places()),
                    or(hours, current == null ? null : current.hours()),
                    or(opening, current == null ? null : current.openingMonth()),
                    or(closing, current == null ? null : current.closingMonth()));
            List<YearFigures> years = new ArrayList<>(s.years());
            if (current == null) years.add(figures);
            else years.set(years.indexOf(current), figures);
            years.sort(java.util.Comparator.comparing(YearFigures::year));
            Support support = s.support();
            if (supporter != null) {
                LocalDate day = from != null ? from : support == null ? null : support.from();
                support = new Support(supporter.id(), supporter.name(), day);
            }
            String name = cells.text(Column.NAME);
            Structure updated = new Structure(
                    s.id(),
                    newStructure && name != null ? name : s.name(),
                    s.kind(),
                    s.territory(),
                    s.equipmentId(),
                    support,
                    s.qpv(),
                    s.zrr(),
                    s.existingPlaces(),
                    s.existingHours(),
                    s.cejReference(),
                    s.openings(),
                    years,
                    s.source(),
                    s.operator());
            Change change;
            if (newStructure || current == null) change = Change.ADDED;
            else if (!figures.equals(current) || !Objects.equals(support, s.support())) change = Change.CHANGED;
            else change = Change.UNCHANGED;
            structures.set(index, updated);
            if (change == Change.ADDED) added++;
            if (change == Change.CHANGED) changed++;
            lines.add(new Line(row.line(), s.name(), year, change));
        }
        FinancingInputs after = FinancingInputsEntry.with(before, structures);
        if (problems.isEmpty()) {
            try {
                editing.check(convention, after);
            } catch (DomainException e) {
                for (FieldProblem p : e.fields())
                    problems.add(new Problem(
                            0,
                            p.field(),
                            p.code(),
                            text.text(
                                    "financing.import.problem",
                                    0,
                                    p.field(),
                                    text.text(p.messageKey(), p.args().toArray())),
                            p.args()));
            }
        }
        return checked(table, dryRun, lines, problems, after, added, changed);
    }

    private Checked checked(
            Tabular table,
            boolean dryRun,
            List<Line> lines,
            List<Problem> problems,
            FinancingInputs after,
            int added,
            int changed) {
        return new Checked(
                new Result(
                        table.filename(), dryRun, false, added, changed, List.copyOf(lines), List.copyOf(problems), 0),
                after);
    }

    private Optional<EquipmentView> inConvention(ConventionSummary convention, UUID equipmentId) {
        try {
            return Optional.of(entry.registerEntry(convention, equipmentId));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** The units a structure's figures may count: its register type's usual units, or its kind's. */
    private Set<CapacityUnit> units(Structure s, Map<UUID, Optional<EquipmentView>> registerEntries) {
        if (s.equipmentId() != null) {
            Optional<EquipmentView> e =
                    registerEntries.computeIfAbsent(s.equipmentId(), id -> entry.registerEntryAnywhere(id));
            if (e.isPresent() && e.get().type() != null) return e.get().type().usualUnits();
        }
        if (s.kind() == null) return EnumSet.allOf(CapacityUnit.class);
        return switch (s.kind()) {
            case EAJE -> EnumSet.of(CapacityUnit.PLACES);
            case ALSH -> EnumSet.of(CapacityUnit.PLACES, CapacityUnit.HEURES, CapacityUnit.ACTES);
            case RPE -> EnumSet.of(CapacityUnit.ETP);
            case LAEP, LUDOTHEQUE -> EnumSet.of(CapacityUnit.HEURES, CapacityUnit.ACTES);
            case OTHER -> EnumSet.allOf(CapacityUnit.class);
        };
    }

    private String unitsLabel(Set<CapacityUnit> units) {
        return String.join(
                ", ",
                units.stream()
                        .sorted()
                        .map(u -> u.name().toLowerCase(Locale.ROOT))
                        .toList());
    }

    private static int find(List<Structure> structures, String id) {
        UUID asUuid = uuid(id);
        for (int i = 0; i < structures.size(); i++) {
            Structure s = structures.get(i);
            if (id.equals(s.id()) || (asUuid != null && asUuid.equals(s.equipmentId()))) return i;
        }
        return -1;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    static String normal(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[^a-z0-9']+", " ")
                .strip();
    }

    /** Each known column's index, its header matched without accents, case or punctuation. */
    private Map<Column, Integer> columns(List<String> headers) {
        Map<Column, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i) == null ? "" : normal(headers.get(i));
            for (Column c : Column.values()) {
                if (!found.containsKey(c) && h.equals(normal(header(c)))) {
                    found.put(c, i);
                    break;
                }
            }
        }
        return found;
    }

    private Problem problem(int line, String column, String code, Object... args) {
        String message = text.text("error." + code, args);
        return new Problem(
                line, column, code, text.text("financing.import.problem", line, column, message), List.of(args));
    }

    /** The cells of one line, read and checked, each problem with its line and column. */
    private final class Cells {
        private final Tabular.Row row;
        private final Map<Column, Integer> columns;
        private final List<Problem> problems;

        Cells(Tabular.Row row, Map<Column, Integer> columns, List<Problem> problems) {
            this.row = row;
            this.columns = columns;
            this.problems = problems;
        }

        void problem(Column column, String code, Object... args) {
            problems.add(FinancingInputsImport.this.problem(row.line(), header(column), code, args));
        }

        String text(Column column) {
            return row.cell(columns.get(column));
        }

        BigDecimal number(Column column) {
            String t = text(column);
            if (t == null) return null;
            Optional<BigDecimal> v = FrenchNumbers.parse(t.replace("€", ""));
            if (v.isEmpty()) {
                problem(column, InputEntryErrors.NUMBER_INVALID, t);
                return null;
            }
            if (v.get().signum() < 0) {
                problem(column, FinancingErrors.NEGATIVE);
                return null;
            }
            return v.get();
        }

        Integer integer(Column column) {
            String t = text(column);
            if (t == null) return null;
            Optional<BigDecimal> v = FrenchNumbers.parse(t);
            if (v.isEmpty()
                    || v.get().stripTrailingZeros().scale() > 0
                    || v.get().abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                problem(column, InputEntryErrors.NUMBER_INVALID, t);
                return null;
            }
            return v.get().intValue();
        }

        Integer count(Column column) {
            Integer v = integer(column);
            if (v != null && v < 0) {
                problem(column, FinancingErrors.NEGATIVE);
                return null;
            }
            return v;
        }

        Integer month(Column column, String code) {
            Integer v = integer(column);
            if (v != null && (v < 1 || v > 12)) {
                problem(column, code);
                return null;
            }
            return v;
        }

        BigDecimal share(Column column) {
            String t = text(column);
            if (t == null) return null;
            boolean percent = t.contains("%");
            Optional<BigDecimal> v = FrenchNumbers.parse(t.replace("%", ""));
            if (v.isEmpty()) {
                problem(column, InputEntryErrors.NUMBER_INVALID, t);
                return null;
            }
            BigDecimal share = percent ? v.get().movePointLeft(2) : v.get();
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                problem(column, FinancingErrors.SHARE_INVALID);
                return null;
            }
            return share;
        }

        Euros euros(Column column) {
            BigDecimal v = number(column);
            if (v == null) return null;
            Optional<String> code = Euros.problem(v);
            if (code.isPresent()) {
                problem(column, code.get(), Euros.MAX_TEXT);
                return null;
            }
            return Euros.of(v);
        }

        LocalDate date(Column column) {
            String t = text(column);
            if (t == null) return null;
            try {
                return t.contains("/") ? LocalDate.parse(t, FRENCH_DAY) : LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                problem(column, InputEntryErrors.DATE_INVALID, t);
                return null;
            }
        }
    }
}
