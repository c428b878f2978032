package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.shared.DomainException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one flow of every change to a register entry: load → check access ({@link AccessControl} with the entry's
 * footprint: its commune and gestionnaire) → check the version read (optimistic locking, 409) → apply the entry's
 * business verb → save → audit; once committed, the entry is placed on the map ({@link EntryPositions}). The use cases run it inside their own transaction.
 */
@Component
class EntryFlow {

    /**
     * What a verb did, as the audit trail says it: the summary {@code equipment.audit.<summaryKey>} with the entry's name
     * then {@code args}; null {@code changes}: compare the entry before and after.
     */
    record Change(String action, String summaryKey, List<Object> args, List<AuditChange> changes) {

        static Change compared(String action, String summaryKey) {
            return new Change(action, summaryKey, List.of(), null);
        }
    }

    private final EquipmentService entries;
    private final EquipmentRepository repository;
    private final AccessControl access;
    private final AuditTrail audit;
    private final EquipmentAudit texts;
    private final EntryPositions positions;

    EntryFlow(
            EquipmentService entries,
            EquipmentRepository repository,
            AccessControl access,
            AuditTrail audit,
            EquipmentAudit texts,
            EntryPositions positions) {
        this.positions = positions;
        this.entries = entries;
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.texts = texts;
    }

    /** Stores a new entry built and checked by the caller, refusing a duplicate; returns it as saved. */
    Equipment create(Equipment equipment) {
        refuseDuplicate(equipment);
        repository.save(equipment);
        positions.afterCommit(List.of(equipment.id()));
        Equipment saved = entries.load(equipment.id());
        record(
                saved,
                "created",
                texts.text("created", saved.name()),
                texts.changes(null, EquipmentService.Snapshot.of(saved)));
        return saved;
    }

    /** Changes an entry read at {@code expectedVersion} (null: whatever its version); returns it as saved. */
    Equipment change(UUID id, Integer expectedVersion, Function<Equipment, Change> verb) {
        Equipment equipment = entries.load(id);
        access.requireWrite(EquipmentService.footprintOf(equipment), () -> EquipmentService.notFound(id));
        if (expectedVersion != null && equipment.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("equipment " + id + " is at version " + equipment.version());
        }
        EquipmentService.Snapshot was = EquipmentService.Snapshot.of(equipment);
        Change change = verb.apply(equipment);
        repository.save(equipment);
        positions.afterCommit(List.of(id));
        Equipment after = entries.load(id);
        List<AuditChange> changes =
                change.changes() != null ? change.changes() : texts.changes(was, EquipmentService.Snapshot.of(after));
        var args = new java.util.ArrayList<Object>();
        args.add(after.name());
        args.addAll(change.args());
        record(after, change.action(), texts.text(change.summaryKey(), args.toArray()), changes);
        return after;
    }

    /** A conflict if another entry has the same match key (type, name, commune, address). */
    void refuseDuplicate(Equipment equipment) {
        if (repository.existsWithMatchKey(equipment.matchKey(), equipment.id())) {
            throw DomainException.conflict("EQUIPMENT_DUPLICATE", equipment.name());
        }
    }

    private void record(Equipment equipment, String action, String summary, List<AuditChange> changes) {
        audit.record(new AuditRecord(
                EquipmentService.AUDIT_TYPE,
                equipment.id().toString(),
                action,
                summary,
                changes,
                EquipmentService.footprintOf(equipment)));
    }

    EquipmentView view(Equipment equipment) {
        return entries.view(equipment);
    }
}
