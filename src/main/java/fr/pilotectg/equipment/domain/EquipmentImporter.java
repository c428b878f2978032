package fr.pilotectg.equipment.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.SearchText;
import fr.pilotectg.territory.CommuneKind;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a register file: every line is read, checked and matched (same name, main address, type and commune as an
 * existing entry: update; otherwise: creation), and the result is reported line by line in French. A dry run writes
 * nothing; a commit re-checks everything in one transaction and writes all lines or none.
 */
@Service
public class EquipmentImporter {

    private static final Logger log = LoggerFactory.getLogger(EquipmentImporter.class);
    private static final Pattern INSEE = Pattern.compile("(?<![0-9A-Z])(\\d{5}|2[AB]\\d{3})(?![0-9])");
    private static final int PER_ENTRY_AUDIT_LIMIT = 1000;
    private static final int MATCH_BATCH = 2000;

    /** Receives the number of steps done out of the total, to show a progress bar. */
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> {};
    }

    private final EquipmentService service;
    private final EquipmentRepository repository;
    private final Territories territories;
    private final Directory directory;
    private final ImportVocabulary words;
    private final AccessControl access;
    private final AuditTrail audit;

    EquipmentImporter(EquipmentService service, EquipmentRepository repository, Territories territories, Directory directory,
            ImportVocabulary words, AccessControl access, AuditTrail audit) {
        this.service = service;
        this.repository = repository;
        this.territories = territories;
        this.directory = directory;
        this.words = words;
        this.access = access;
        this.audit = audit;
    }

    /** Checks the file and says what an import would do; writes nothing. */
    @Transactional(readOnly = true)
    public ImportReport dryRun(ImportTable table, ColumnMapping mapping, Progress progress) {
        return plan(table, mapping, progress, 2 * table.rows().size(), false).report(table.filename(), false);
    }

    /**
     * Checks the file again and, if no line is rejected, writes every line in one transaction; otherwise throws
     * {@link ImportRejected} and writes nothing.
     */
    @Transactional
    public ImportReport commit(ImportTable table, ColumnMapping mapping, Progress progress) {
        return commit(table, mapping, progress, false);
    }

    /** The same import for a start-up task (demo data), with no user signed in: no access check. */
    @Transactional
    ImportReport commitAsSystem(ImportTable table, ColumnMapping mapping) {
        return commit(table, mapping, Progress.NONE, true);
    }

    private ImportReport commit(ImportTable table, ColumnMapping mapping, Progress progress, boolean system) {
        int total = 2 * table.rows().size() + Math.max(1, table.rows().size() / 10);
        Plan plan = plan(table, mapping, progress, total, system);
        ImportReport report = plan.report(table.filename(), false);
        if (!report.acceptable()) throw new ImportRejected(report);
        long start = System.nanoTime();
        repository.insertAll(plan.creates);
        for (Update update : plan.updates) repository.save(update.after);
        auditImport(table.filename(), plan);
        progress.update(total, total);
        log.info("Import of {}: {} created, {} updated in {} ms (write)", table.filename(), plan.creates.size(), plan.updates.size(),
                (System.nanoTime() - start) / 1_000_000);
        return report.asCommitted();
    }

    private void auditImport(String filename, Plan plan) {
        Map<String, int[]> byCommune = new LinkedHashMap<>();
        for (Equipment e : plan.creates) byCommune.computeIfAbsent(e.communeCode(), c -> new int[2])[0]++;
        for (Update u : plan.updates) byCommune.computeIfAbsent(u.after.communeCode(), c -> new int[2])[1]++;
        String importId = UUID.randomUUID().toString();
        byCommune.forEach((commune, counts) -> audit.record(new AuditRecord("equipment-import", importId + ":" + commune, "imported",
                "Import du fichier « " + filename + " » : " + counts[0] + " équipement(s) créé(s), " + counts[1] + " modifié(s) à "
                        + commune,
                List.of(new AuditChange("created", null, String.valueOf(counts[0])), new AuditChange("updated", null, String.valueOf(counts[1]))),
                Footprint.of(List.of(), List.of(commune), List.of()))));
        if (plan.creates.size() <= PER_ENTRY_AUDIT_LIMIT) {
            for (Equipment e : plan.creates) {
                audit.record(new AuditRecord(EquipmentService.AUDIT_TYPE, e.id().toString(), "imported",
                        "Équipement « " + e.name() + " » créé par l’import du fichier « " + filename + " »",
                        AuditChange.between(null, EquipmentService.Snapshot.of(e)), EquipmentService.footprintOf(e)));
            }
        }
        for (Update u : plan.updates) {
            audit.record(new AuditRecord(EquipmentService.AUDIT_TYPE, u.after.id().toString(), "imported",
                    "Équipement « " + u.after.name() + " » mis à jour par l’import du fichier « " + filename + " »",
                    u.changes, EquipmentService.footprintOf(u.after)));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record Update(Equipment after, List<AuditChange> changes) {}

    private static final class Plan {
        final List<ImportReport.Line> lines = new ArrayList<>();
        final List<Equipment> creates = new ArrayList<>();
        final List<Update> updates = new ArrayList<>();
        int unchanged;

        ImportReport report(String filename, boolean committed) {
            int rejected = (int) lines.stream().filter(l -> l.outcome() == ImportReport.Outcome.REJECT).count();
            int warned = (int) lines.stream().filter(ImportReport.Line::hasWarnings).count();
            return new ImportReport(filename, lines.size(), creates.size(), updates.size(), unchanged, rejected, warned, committed, lines);
        }
    }

    /** One line as read: the values of mapped columns, and what is wrong with them. */
    private static final class Parsed {
        final ImportTable.Row row;
        final List<ImportReport.Message> messages = new ArrayList<>();
        EquipmentType type;
        String name;
        CommuneView commune;
        String operatorName;
        UUID operatorId;
        OperatorCategory category;
        List<Address> addresses = List.of();
        String quartier;
        BigDecimal latitude;
        BigDecimal longitude;
        String qpv;
        BigDecimal capacity;
        CapacityUnit unit;
        LocalDate capacityDate;
        LocalDate openedOn;
        LocalDate closedOn;
        Boolean supported;
        String remarks;
        String source;
        String key;

        Parsed(ImportTable.Row row) {
            this.row = row;
        }

        boolean rejected() {
            return messages.stream().anyMatch(ImportReport.Message::error);
        }
    }

    private Plan plan(ImportTable table, ColumnMapping mapping, Progress progress, int total, boolean system) {
        List<ImportField> missing = mapping.missing();
        if (!missing.isEmpty()) {
            throw DomainException.invalid("IMPORT_MAPPING_INCOMPLETE",
                    missing.stream().map(f -> words.message("equipment.import.field." + f.name())).collect(Collectors.joining(", ")));
        }
        long start = System.nanoTime();
        Caches caches = new Caches(system);
        List<Parsed> parsed = new ArrayList<>(table.rows().size());
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        int done = 0;
        for (ImportTable.Row row : table.rows()) {
            Parsed p = parse(row, mapping, caches);
            if (!p.rejected()) {
                Integer first = firstLineOfKey.putIfAbsent(p.key, row.line());
                if (first != null) error(p, "IMPORT_DUPLICATE_IN_FILE", first);
            }
            parsed.add(p);
            if (++done % 500 == 0) progress.update(done, total);
        }
        Map<String, Equipment> existing = new HashMap<>();
        List<String> keys = parsed.stream().filter(p -> !p.rejected()).map(p -> p.key).toList();
        for (int i = 0; i < keys.size(); i += MATCH_BATCH) {
            existing.putAll(repository.findByMatchKeys(keys.subList(i, Math.min(keys.size(), i + MATCH_BATCH))));
        }
        Plan plan = new Plan();
        LocalDate today = service.today();
        for (Parsed p : parsed) {
            ImportReport.Outcome outcome = ImportReport.Outcome.REJECT;
            if (!p.rejected()) {
                try {
                    Equipment match = existing.get(p.key);
                    outcome = match == null ? create(p, mapping, plan, caches) : update(p, match, mapping, plan, caches, today, system);
                } catch (DomainException e) {
                    for (String text : texts(e)) p.messages.add(new ImportReport.Message(true, "IMPORT_INVALID", words.message("error.IMPORT_INVALID", text)));
                    outcome = ImportReport.Outcome.REJECT;
                }
            }
            plan.lines.add(new ImportReport.Line(p.row.line(), outcome, p.name, p.commune == null ? null : p.commune.name(),
                    List.copyOf(p.messages)));
            if (++done % 500 == 0) progress.update(done, total);
        }
        progress.update(done, total);
        log.info("Import plan of {} ({} lines) in {} ms", table.filename(), table.rows().size(), (System.nanoTime() - start) / 1_000_000);
        return plan;
    }

    private ImportReport.Outcome create(Parsed p, ColumnMapping mapping, Plan plan, Caches caches) {
        EquipmentData data = new EquipmentData(p.type, p.name, p.operatorId, p.operatorName, p.category, p.addresses,
                p.commune.inseeCode(), p.quartier, p.latitude, p.longitude, p.qpv, p.openedOn, p.closedOn, Boolean.TRUE.equals(p.supported),
                p.remarks, p.capacity == null ? null : new EquipmentData.CapacityInput(p.capacity, p.unit, p.capacityDate, p.source));
        Equipment equipment = service.assemble(data, p.commune, new Operator(p.operatorId, p.operatorName, p.category), caches::qpvExists);
        plan.creates.add(equipment);
        return ImportReport.Outcome.CREATE;
    }

    private ImportReport.Outcome update(Parsed p, Equipment e, ColumnMapping mapping, Plan plan, Caches caches, LocalDate today,
            boolean system) {
        if (!system && !access.canWrite(EquipmentService.footprintOf(e))) {
            error(p, "IMPORT_ACCESS_DENIED", e.name());
            return ImportReport.Outcome.REJECT;
        }
        EquipmentService.Snapshot before = EquipmentService.Snapshot.of(e);
        Operator operator = e.operator();
        if (mapping.has(ImportField.OPERATOR) || mapping.has(ImportField.OPERATOR_CATEGORY)) {
            operator = new Operator(mapping.has(ImportField.OPERATOR) ? p.operatorId : operator.organisationId(),
                    mapping.has(ImportField.OPERATOR) ? p.operatorName : operator.name(),
                    mapping.has(ImportField.OPERATOR_CATEGORY) ? p.category : operator.category());
        }
        e.describe(p.type, p.name, operator);
        List<Address> addresses = new ArrayList<>(p.addresses);
        if (!mapping.has(ImportField.OTHER_ADDRESSES) && e.addresses().size() > 1 && addresses.size() == 1) {
            addresses.addAll(e.addresses().subList(1, e.addresses().size()));
        }
        e.relocate(e.communeCode(), addresses, mapping.has(ImportField.QUARTIER) ? p.quartier : e.quartier());
        boolean located = mapping.has(ImportField.LATITUDE) || mapping.has(ImportField.LONGITUDE);
        EquipmentData data = new EquipmentData(e.type(), e.name(), operator.organisationId(), operator.name(), operator.category(),
                e.addresses(), e.communeCode(), e.quartier(), located ? p.latitude : e.latitude(), located ? p.longitude : e.longitude(),
                mapping.has(ImportField.QPV) ? p.qpv : currentQpv(e), mapping.has(ImportField.OPENED_ON) ? p.openedOn : e.openedOn(),
                mapping.has(ImportField.CLOSED_ON) ? p.closedOn : e.closedOn(),
                mapping.has(ImportField.SUPPORTED) && p.supported != null ? p.supported : e.supportedByCollectivite(),
                mapping.has(ImportField.REMARKS) ? p.remarks : e.remarks(), null);
        service.apply(e, data, p.commune, caches::qpvExists);
        List<AuditChange> changes = new ArrayList<>(AuditChange.between(before, EquipmentService.Snapshot.of(e)));
        if (p.capacity != null) {
            Capacity capacity = EquipmentService.capacity(new EquipmentData.CapacityInput(p.capacity, p.unit, p.capacityDate, p.source),
                    e.type(), today);
            Optional<Capacity> current = e.capacityOn(capacity.effectiveOn());
            if (current.isEmpty() || !current.get().sameMeasure(capacity)) {
                e.recordCapacity(capacity);
                changes.add(new AuditChange("capacity[" + capacity.effectiveOn() + "]", current.map(c -> c.value().toPlainString() + " " + c.unit())
                        .orElse(null), capacity.value().toPlainString() + " " + capacity.unit()));
            }
        }
        if (changes.isEmpty()) {
            plan.unchanged++;
            return ImportReport.Outcome.UNCHANGED;
        }
        plan.updates.add(new Update(e, changes));
        return ImportReport.Outcome.UPDATE;
    }

    private static String currentQpv(Equipment e) {
        return switch (e.qpvOrigin()) {
            case MANUAL -> e.qpvCode() == null ? EquipmentData.OUTSIDE_QPV : e.qpvCode();
            default -> "";
        };
    }

    private Parsed parse(ImportTable.Row row, ColumnMapping mapping, Caches caches) {
        Parsed p = new Parsed(row);
        String typeText = row.cell(mapping.column(ImportField.TYPE));
        if (typeText == null) required(p, ImportField.TYPE);
        else p.type = words.type(typeText).orElse(null);
        if (typeText != null && p.type == null) error(p, "IMPORT_TYPE_UNKNOWN", typeText);
        p.name = row.cell(mapping.column(ImportField.NAME));
        if (p.name == null) required(p, ImportField.NAME);
        else if (p.name.length() > Equipment.NAME_MAX) error(p, "IMPORT_TOO_LONG", label(ImportField.NAME), Equipment.NAME_MAX);
        String communeText = row.cell(mapping.column(ImportField.COMMUNE));
        if (communeText == null) {
            required(p, ImportField.COMMUNE);
        } else {
            CommuneResolution resolution = caches.commune(communeText);
            if (resolution.commune != null) {
                p.commune = resolution.commune;
                if (!caches.writable(p.commune.inseeCode())) error(p, "IMPORT_COMMUNE_OUT_OF_REACH", p.commune.name());
            } else if (resolution.ambiguous != null) {
                error(p, "IMPORT_COMMUNE_AMBIGUOUS", communeText, resolution.ambiguous);
            } else {
                error(p, "IMPORT_COMMUNE_UNKNOWN", communeText);
            }
        }
        p.operatorName = row.cell(mapping.column(ImportField.OPERATOR));
        if (p.operatorName != null) {
            if (p.operatorName.length() > Equipment.NAME_MAX) error(p, "IMPORT_TOO_LONG", label(ImportField.OPERATOR), Equipment.NAME_MAX);
            p.operatorId = caches.organisation(p.operatorName);
        }
        String categoryText = row.cell(mapping.column(ImportField.OPERATOR_CATEGORY));
        if (categoryText != null) {
            p.category = words.category(categoryText).orElse(null);
            if (p.category == null) error(p, "IMPORT_CATEGORY_UNKNOWN", categoryText);
        }
        p.addresses = addresses(row, mapping);
        p.quartier = row.cell(mapping.column(ImportField.QUARTIER));
        p.latitude = coordinate(p, row, mapping, ImportField.LATITUDE);
        p.longitude = coordinate(p, row, mapping, ImportField.LONGITUDE);
        if ((p.latitude == null) != (p.longitude == null) && !p.rejected()) error(p, "IMPORT_COORDINATES_INCOMPLETE");
        if (p.latitude != null && p.latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            error(p, "IMPORT_COORDINATE_INVALID", label(ImportField.LATITUDE), p.latitude.toPlainString());
        }
        if (p.longitude != null && p.longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            error(p, "IMPORT_COORDINATE_INVALID", label(ImportField.LONGITUDE), p.longitude.toPlainString());
        }
        p.qpv = qpv(p, row.cell(mapping.column(ImportField.QPV)), caches);
        String capacityText = row.cell(mapping.column(ImportField.CAPACITY));
        if (capacityText != null) {
            Optional<BigDecimal> value = FrenchNumbers.parse(capacityText);
            if (value.isEmpty()) error(p, "IMPORT_CAPACITY_NOT_A_NUMBER", capacityText);
            else if (value.get().signum() < 0) error(p, "IMPORT_CAPACITY_NEGATIVE", capacityText);
            else if (value.get().stripTrailingZeros().scale() > 2) error(p, "IMPORT_CAPACITY_TOO_PRECISE", capacityText);
            else p.capacity = value.get();
        }
        String unitText = row.cell(mapping.column(ImportField.UNIT));
        if (unitText != null) {
            p.unit = words.unit(unitText).orElse(null);
            if (p.unit == null) error(p, "IMPORT_UNIT_UNKNOWN", unitText);
        }
        if (p.type != null && p.unit != null && (p.capacity != null || capacityText == null) && !p.type.fits(p.unit)) {
            warning(p, "IMPORT_UNIT_UNUSUAL", words.label(p.unit), words.label(p.type));
        }
        p.capacityDate = date(p, row, mapping, ImportField.CAPACITY_DATE);
        p.openedOn = date(p, row, mapping, ImportField.OPENED_ON);
        p.closedOn = date(p, row, mapping, ImportField.CLOSED_ON);
        if (p.openedOn != null && p.closedOn != null && p.closedOn.isBefore(p.openedOn)) error(p, "IMPORT_DATES_INCONSISTENT");
        String supported = row.cell(mapping.column(ImportField.SUPPORTED));
        if (supported != null) {
            p.supported = words.bool(supported).orElse(null);
            if (p.supported == null) error(p, "IMPORT_BOOLEAN_INVALID", label(ImportField.SUPPORTED), supported);
        }
        p.remarks = row.cell(mapping.column(ImportField.REMARKS));
        if (p.remarks != null && p.remarks.length() > Equipment.TEXT_MAX) {
            error(p, "IMPORT_TOO_LONG", label(ImportField.REMARKS), Equipment.TEXT_MAX);
        }
        p.source = row.cell(mapping.column(ImportField.SOURCE));
        if (p.type != null && p.name != null && p.commune != null) {
            p.key = Equipment.matchKey(p.name, p.addresses.isEmpty() ? null : p.addresses.get(0), p.type, p.commune.inseeCode());
        }
        return p;
    }

    private static List<Address> addresses(ImportTable.Row row, ColumnMapping mapping) {
        String postalCode = row.cell(mapping.column(ImportField.POSTAL_CODE));
        String city = row.cell(mapping.column(ImportField.CITY));
        List<Address> addresses = new ArrayList<>();
        String main = row.cell(mapping.column(ImportField.ADDRESS));
        if (main != null) {
            String[] parts = main.split("\\s*[|\\n]\\s*");
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isBlank()) continue;
                addresses.add(i == 0 && (postalCode != null || city != null) ? new Address(parts[i], postalCode, city)
                        : Address.parse(parts[i], null, null));
            }
        } else if (postalCode != null || city != null) {
            addresses.add(new Address(null, postalCode, city));
        }
        String others = row.cell(mapping.column(ImportField.OTHER_ADDRESSES));
        if (others != null) {
            for (String part : others.split("\\s*[|\\n]\\s*")) if (!part.isBlank()) addresses.add(Address.parse(part, null, null));
        }
        return addresses;
    }

    private String qpv(Parsed p, String text, Caches caches) {
        if (text == null) return "";
        String folded = SearchText.fold(text);
        if (folded.equals("non") || folded.equals("hors qpv") || folded.equals("hors_qpv") || folded.equals("hors") || folded.equals("n")) {
            return EquipmentData.OUTSIDE_QPV;
        }
        if (folded.equals("oui") || folded.equals("o") || folded.equals("en qpv")) {
            warning(p, "IMPORT_QPV_WITHOUT_CODE", text);
            return "";
        }
        String code = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!caches.qpvExists(code)) {
            error(p, "IMPORT_QPV_UNKNOWN", text);
            return "";
        }
        return code;
    }

    private BigDecimal coordinate(Parsed p, ImportTable.Row row, ColumnMapping mapping, ImportField field) {
        String text = row.cell(mapping.column(field));
        if (text == null) return null;
        Optional<BigDecimal> value = FrenchNumbers.parse(text);
        if (value.isEmpty()) error(p, "IMPORT_COORDINATE_INVALID", label(field), text);
        return value.orElse(null);
    }

    private LocalDate date(Parsed p, ImportTable.Row row, ColumnMapping mapping, ImportField field) {
        String text = row.cell(mapping.column(field));
        if (text == null) return null;
        Optional<LocalDate> value = ImportVocabulary.date(text);
        if (value.isEmpty()) error(p, "IMPORT_DATE_INVALID", label(field), text);
        return value.orElse(null);
    }

    private String label(ImportField field) {
        return words.message("equipment.import.field." + field.name());
    }

    private void required(Parsed p, ImportField field) {
        error(p, "IMPORT_REQUIRED", label(field));
    }

    private void error(Parsed p, String code, Object... args) {
        p.messages.add(new ImportReport.Message(true, code, words.message("error." + code, args)));
    }

    private void warning(Parsed p, String code, Object... args) {
        p.messages.add(new ImportReport.Message(false, code, words.message("error." + code, args)));
    }

    /** A refusal in French, for a job's page. */
    public String message(DomainException e) {
        return String.join(" ", texts(e));
    }

    private List<String> texts(DomainException e) {
        if (e.fields().isEmpty()) return List.of(words.message(e.messageKey(), e.args().toArray()));
        List<String> texts = new ArrayList<>();
        for (FieldProblem f : e.fields()) texts.add(words.message(f.messageKey(), f.args().toArray()));
        return texts;
    }

    private record CommuneResolution(CommuneView commune, String ambiguous) {}

    /** Look-ups asked once per distinct value of a file, not once per line. */
    private final class Caches {
        private final Map<String, CommuneResolution> communes = new HashMap<>();
        private final Map<String, Boolean> writable = new HashMap<>();
        private final Map<String, Boolean> qpvs = new HashMap<>();
        private final Map<String, Optional<UUID>> organisations = new HashMap<>();
        private final boolean system;

        Caches(boolean system) {
            this.system = system;
        }

        CommuneResolution commune(String text) {
            return communes.computeIfAbsent(text.trim(), this::resolve);
        }

        private CommuneResolution resolve(String text) {
            Matcher code = INSEE.matcher(text.toUpperCase(java.util.Locale.ROOT));
            if (code.find()) {
                return new CommuneResolution(territories.findCommune(code.group(1)).filter(c -> c.kind() != CommuneKind.ARRONDISSEMENT_MUNICIPAL)
                        .orElse(null), null);
            }
            String folded = SearchText.fold(text);
            List<CommuneView> found = territories.searchCommunes(text, new PageQuery(0, 50)).content().stream()
                    .filter(c -> c.kind() != CommuneKind.ARRONDISSEMENT_MUNICIPAL).toList();
            List<CommuneView> exact = found.stream().filter(c -> SearchText.fold(c.name()).equals(folded)).toList();
            if (exact.isEmpty()) exact = found.stream().filter(c -> SearchText.fold(c.name()).startsWith(folded + " ")).toList();
            if (exact.size() == 1) return new CommuneResolution(exact.get(0), null);
            if (exact.size() > 1) {
                return new CommuneResolution(null, exact.stream().map(c -> c.inseeCode() + " " + c.departementName())
                        .collect(Collectors.joining(", ")));
            }
            return new CommuneResolution(null, null);
        }

        boolean writable(String code) {
            return system || writable.computeIfAbsent(code, service::canWriteIn);
        }

        boolean qpvExists(String code) {
            return qpvs.computeIfAbsent(code, service::qpvExists);
        }

        UUID organisation(String name) {
            return organisations.computeIfAbsent(name, k -> directory.findOrganisationByName(name)
                    .filter(o -> system || access.canRead(Directory.footprintOf(o))).map(OrganisationView::id)).orElse(null);
        }
    }
}
