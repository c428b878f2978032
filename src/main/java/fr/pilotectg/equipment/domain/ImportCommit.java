package fr.pilotectg.equipment.domain;

import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a register file, all lines or none: checks it again (the user's rights, every line) in one transaction and, if
 * no line is rejected, creates and updates the entries and audits the import (one record per commune, and one per entry
 * up to a thousand creations); otherwise throws {@link ImportRejected} with the report and writes nothing.
 */
@Service
public class ImportCommit {

    private static final Logger log = LoggerFactory.getLogger(ImportCommit.class);
    private static final int PER_ENTRY_AUDIT_LIMIT = 1000;

    private final ImportPlanner planner;
    private final EquipmentRepository repository;
    private final AuditTrail audit;
    private final EntryPositions positions;

    ImportCommit(ImportPlanner planner, EquipmentRepository repository, AuditTrail audit, EntryPositions positions) {
        this.positions = positions;
        this.planner = planner;
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public ImportReport commit(ImportTable table, ColumnMapping mapping, ImportProgress progress) {
        ImportFiles.requireImporter();
        return commit(table, mapping, progress, false);
    }

    /** The same import for a start-up task (demo data), with no user signed in: no access check. */
    @Transactional
    ImportReport commitAsSystem(ImportTable table, ColumnMapping mapping) {
        return commit(table, mapping, ImportProgress.NONE, true);
    }

    private ImportReport commit(ImportTable table, ColumnMapping mapping, ImportProgress progress, boolean system) {
        int total = 2 * table.rows().size() + Math.max(1, table.rows().size() / 10);
        ImportPlan plan = planner.plan(table, mapping, progress, total, system);
        ImportReport report = plan.report(table.filename());
        if (!report.acceptable()) throw new ImportRejected(report);
        long start = System.nanoTime();
        repository.insertAll(plan.creates);
        for (ImportPlan.Update update : plan.updates) repository.save(update.after());
        // Once committed, the entries are placed on the map: their addresses in one batch to the geocoding service.
        List<UUID> written = new java.util.ArrayList<>(plan.creates.size() + plan.updates.size());
        plan.creates.forEach(e -> written.add(e.id()));
        plan.updates.forEach(u -> written.add(u.after().id()));
        positions.afterCommit(written);
        audit(table.filename(), plan);
        progress.update(total, total);
        log.info(
                "Import of {}: {} created, {} updated in {} ms (write)",
                table.filename(),
                plan.creates.size(),
                plan.updates.size(),
                (System.nanoTime() - start) / 1_000_000);
        return report.asCommitted();
    }

    private void audit(String filename, ImportPlan plan) {
        Map<String, int[]> byCommune = new LinkedHashMap<>();
        for (Equipment e : plan.creates) byCommune.computeIfAbsent(e.communeCode(), c -> new int[2])[0]++;
        for (ImportPlan.Update u : plan.updates)
            byCommune.computeIfAbsent(u.after().communeCode(), c -> new int[2])[1]++;
        String importId = UUID.randomUUID().toString();
        byCommune.forEach((commune, counts) -> audit.record(new AuditRecord(
                "equipment-import",
                importId + ":" + commune,
                "imported",
                "Import du fichier « " + filename + " » : " + counts[0] + " équipement(s) créé(s), " + counts[1]
                        + " modifié(s) à " + commune,
                List.of(
                        new AuditChange("created", null, String.valueOf(counts[0])),
                        new AuditChange("updated", null, String.valueOf(counts[1]))),
                Footprint.ofCommune(commune))));
        if (plan.creates.size() <= PER_ENTRY_AUDIT_LIMIT) {
            for (Equipment e : plan.creates) {
                audit.record(new AuditRecord(
                        EquipmentService.AUDIT_TYPE,
                        e.id().toString(),
                        "imported",
                        "Équipement « " + e.name() + " » créé par l’import du fichier « " + filename + " »",
                        AuditChange.between(null, EquipmentService.Snapshot.of(e)),
                        EquipmentService.footprintOf(e)));
            }
        }
        for (ImportPlan.Update u : plan.updates) {
            audit.record(new AuditRecord(
                    EquipmentService.AUDIT_TYPE,
                    u.after().id().toString(),
                    "imported",
                    "Équipement « " + u.after().name() + " » mis à jour par l’import du fichier « " + filename + " »",
                    u.changes(),
                    EquipmentService.footprintOf(u.after())));
        }
    }
}
