package fr.pilotectg.equipment.domain;

import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plans an import: every line is parsed, duplicates within the file are refused, lines are matched with existing
 * entries (same name, main address, type and commune: update; otherwise: creation), and each outcome is decided, with
 * nothing written. A dry run shows the plan; a commit writes it.
 */
@Component
class ImportPlanner {

    private static final Logger log = LoggerFactory.getLogger(ImportPlanner.class);
    private static final int MATCH_BATCH = 2000;

    private final ImportLineParser parser;
    private final EquipmentService service;
    private final EquipmentRepository repository;
    private final ImportVocabulary words;
    private final AccessControl access;

    ImportPlanner(
            ImportLineParser parser,
            EquipmentService service,
            EquipmentRepository repository,
            ImportVocabulary words,
            AccessControl access) {
        this.parser = parser;
        this.service = service;
        this.repository = repository;
        this.words = words;
        this.access = access;
    }

    ImportPlan plan(ImportTable table, ColumnMapping mapping, ImportProgress progress, int total, boolean system) {
        List<ImportField> missing = mapping.missing();
        if (!missing.isEmpty()) {
            throw DomainException.invalid(
                    "IMPORT_MAPPING_INCOMPLETE",
                    missing.stream()
                            .map(f -> words.message("equipment.import.field." + f.name()))
                            .collect(Collectors.joining(", ")));
        }
        long start = System.nanoTime();
        ImportLookups caches = parser.lookups(system);
        List<ParsedLine> parsed = new ArrayList<>(table.rows().size());
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        int done = 0;
        for (ImportTable.Row row : table.rows()) {
            ParsedLine p = parser.parse(row, mapping, caches);
            if (!p.rejected()) {
                Integer first = firstLineOfKey.putIfAbsent(p.key, row.line());
                if (first != null) parser.error(p, "IMPORT_DUPLICATE_IN_FILE", first);
            }
            parsed.add(p);
            if (++done % 500 == 0) progress.update(done, total);
        }
        Map<String, Equipment> existing = new HashMap<>();
        List<String> keys =
                parsed.stream().filter(p -> !p.rejected()).map(p -> p.key).toList();
        for (int i = 0; i < keys.size(); i += MATCH_BATCH) {
            existing.putAll(repository.findByMatchKeys(keys.subList(i, Math.min(keys.size(), i + MATCH_BATCH))));
        }
        ImportPlan plan = new ImportPlan();
        LocalDate today = service.today();
        for (ParsedLine p : parsed) {
            ImportReport.Outcome outcome = ImportReport.Outcome.REJECT;
            if (!p.rejected()) {
                try {
                    Equipment match = existing.get(p.key);
                    outcome = match == null
                            ? create(p, mapping, plan, caches)
                            : update(p, match, mapping, plan, caches, today, system);
                } catch (DomainException e) {
                    for (String text : words.texts(e))
                        p.messages.add(new ImportReport.Message(
                                true, "IMPORT_INVALID", words.message("error.IMPORT_INVALID", text)));
                    outcome = ImportReport.Outcome.REJECT;
                }
            }
            plan.lines.add(new ImportReport.Line(
                    p.row.line(),
                    outcome,
                    p.name,
                    p.commune == null ? null : p.commune.name(),
                    List.copyOf(p.messages)));
            if (++done % 500 == 0) progress.update(done, total);
        }
        progress.update(done, total);
        log.info(
                "Import plan of {} ({} lines) in {} ms",
                table.filename(),
                table.rows().size(),
                (System.nanoTime() - start) / 1_000_000);
        return plan;
    }

    private ImportReport.Outcome create(ParsedLine p, ColumnMapping mapping, ImportPlan plan, ImportLookups caches) {
        EquipmentData data = new EquipmentData(
                p.type,
                p.name,
                p.operatorId,
                p.operatorName,
                p.category,
                p.addresses,
                p.commune.inseeCode(),
                p.quartier,
                p.latitude,
                p.longitude,
                p.qpv,
                p.openedOn,
                p.closedOn,
                Boolean.TRUE.equals(p.supported),
                p.remarks,
                p.capacity == null
                        ? null
                        : new EquipmentData.CapacityInput(p.capacity, p.unit, p.capacityDate, p.source));
        Equipment equipment = service.assemble(
                data, p.commune, new Operator(p.operatorId, p.operatorName, p.category), caches::qpvExists);
        plan.creates.add(equipment);
        return ImportReport.Outcome.CREATE;
    }

    private ImportReport.Outcome update(
            ParsedLine p,
            Equipment e,
            ColumnMapping mapping,
            ImportPlan plan,
            ImportLookups caches,
            LocalDate today,
            boolean system) {
        if (!system && !access.canWrite(EquipmentService.footprintOf(e))) {
            parser.error(p, "IMPORT_ACCESS_DENIED", e.name());
            return ImportReport.Outcome.REJECT;
        }
        EquipmentService.Snapshot before = EquipmentService.Snapshot.of(e);
        Operator operator = e.operator();
        if (mapping.has(ImportField.OPERATOR) || mapping.has(ImportField.OPERATOR_CATEGORY)) {
            operator = new Operator(
                    mapping.has(ImportField.OPERATOR) ? p.operatorId : operator.organisationId(),
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
        EquipmentData data = new EquipmentData(
                e.type(),
                e.name(),
                operator.organisationId(),
                operator.name(),
                operator.category(),
                e.addresses(),
                e.communeCode(),
                e.quartier(),
                located ? p.latitude : e.latitude(),
                located ? p.longitude : e.longitude(),
                mapping.has(ImportField.QPV) ? p.qpv : currentQpv(e),
                mapping.has(ImportField.OPENED_ON) ? p.openedOn : e.openedOn(),
                mapping.has(ImportField.CLOSED_ON) ? p.closedOn : e.closedOn(),
                mapping.has(ImportField.SUPPORTED) && p.supported != null ? p.supported : e.supportedByCollectivite(),
                mapping.has(ImportField.REMARKS) ? p.remarks : e.remarks(),
                null);
        service.apply(e, data, p.commune, caches::qpvExists);
        List<AuditChange> changes = new ArrayList<>(AuditChange.between(before, EquipmentService.Snapshot.of(e)));
        if (p.capacity != null) {
            Capacity capacity = EquipmentService.capacity(
                    new EquipmentData.CapacityInput(p.capacity, p.unit, p.capacityDate, p.source), e.type(), today);
            Optional<Capacity> current = e.capacityOn(capacity.effectiveOn());
            if (current.isEmpty() || !current.get().sameMeasure(capacity)) {
                e.recordCapacity(capacity);
                changes.add(new AuditChange(
                        "capacity[" + capacity.effectiveOn() + "]",
                        current.map(c -> c.value().toPlainString() + " " + c.unit())
                                .orElse(null),
                        capacity.value().toPlainString() + " " + capacity.unit()));
            }
        }
        if (changes.isEmpty()) {
            plan.unchanged++;
            return ImportReport.Outcome.UNCHANGED;
        }
        plan.updates.add(new ImportPlan.Update(e, changes));
        return ImportReport.Outcome.UPDATE;
    }

    private static String currentQpv(Equipment e) {
        return switch (e.qpvOrigin()) {
            case MANUAL -> e.qpvCode() == null ? EquipmentData.OUTSIDE_QPV : e.qpvCode();
            default -> "";
        };
    }
}
