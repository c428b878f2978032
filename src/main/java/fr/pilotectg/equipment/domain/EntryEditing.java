package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.CapacityRecorded;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.territory.CommuneView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the register: a new entry, its correction, a dated capacity, its closing. Whoever reaches the entry's commune
 * or gestionnaire may change it; each change checks the version read and is audited.
 */
@Service
public class EntryEditing {

    private final EquipmentService entries;
    private final EntryFlow flow;
    private final EquipmentAudit texts;
    private final AccessControl access;

    EntryEditing(EquipmentService entries, EntryFlow flow, EquipmentAudit texts, AccessControl access) {
        this.entries = entries;
        this.flow = flow;
        this.texts = texts;
        this.access = access;
    }

    /** Whether the current user may change this entry. */
    @Transactional(readOnly = true)
    public boolean canEdit(EquipmentView view) {
        UUID operator = view.operator().organisationId();
        return access.canWrite(
                Footprint.of(operator == null ? List.of() : List.of(operator), List.of(view.communeCode()), List.of()));
    }

    /** Whether the current user may add entries in this commune. */
    public boolean canWriteIn(String communeCode) {
        return entries.canWriteIn(communeCode);
    }

    /** A commune out of the user's reach is "not found" for a new entry too, as it is for reading; read-only is 403. */
    private void requireWriteIn(String communeCode) {
        access.requireWrite(
                Footprint.ofCommune(communeCode),
                () -> DomainException.notFound("EQUIPMENT_COMMUNE_NOT_IN_REACH", communeCode));
    }

    @Transactional
    public EquipmentView create(EquipmentData data) {
        Equipment equipment = entries.build(data);
        requireWriteIn(equipment.communeCode());
        return flow.view(flow.create(equipment));
    }

    /** Corrects an entry; a stale {@code expectedVersion} is a concurrent modification. */
    @Transactional
    public EquipmentView update(UUID id, int expectedVersion, EquipmentData data) {
        return flow.view(flow.change(id, expectedVersion, equipment -> {
            List<FieldProblem> problems = new ArrayList<>();
            CommuneView commune = entries.commune(data.communeCode(), problems);
            Operator operator = entries.operator(data, problems);
            if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
            if (!commune.inseeCode().equals(equipment.communeCode())) requireWriteIn(commune.inseeCode());
            equipment.describe(data.type(), data.name(), operator);
            equipment.relocate(commune.inseeCode(), data.addresses(), data.quartier());
            entries.apply(equipment, data, commune, entries::qpvExists);
            flow.refuseDuplicate(equipment);
            return EntryFlow.Change.compared("updated", "updated");
        }));
    }

    /** Writes a capacity in the entry's history (the schéma de développement calls this too); null version: any. */
    @Transactional
    public CapacityRecorded recordCapacity(UUID id, Integer expectedVersion, EquipmentData.CapacityInput input) {
        Capacity[] recorded = new Capacity[1];
        List<String> warnings = new ArrayList<>();
        Equipment after = flow.change(id, expectedVersion, equipment -> {
            Capacity capacity = EquipmentService.capacity(input, equipment.type(), entries.today());
            warnings.addAll(equipment.recordCapacity(capacity));
            recorded[0] = capacity;
            String amount = texts.text(
                    "capacity.amount",
                    capacity.value().toPlainString(),
                    texts.text("unit." + capacity.unit().name()));
            return new EntryFlow.Change(
                    "capacity-recorded",
                    "capacityRecorded",
                    List.of(capacity.effectiveOn(), amount),
                    List.of(new fr.pilotectg.platform.AuditChange(
                            texts.text("capacity.field", capacity.effectiveOn()), null, amount)));
        });
        return new CapacityRecorded(id, recorded[0].view(), warnings, after.version());
    }

    /** Closes the entry on a date (today if null). */
    @Transactional
    public EquipmentView close(UUID id, int expectedVersion, LocalDate on) {
        return flow.view(flow.change(id, expectedVersion, equipment -> {
            equipment.close(on == null ? entries.today() : on);
            return EntryFlow.Change.compared("closed", "closed");
        }));
    }
}
