package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.financing.domain.FinancingInputs.Envelope;
import fr.pilotectg.financing.domain.FinancingInputs.Operator;
import fr.pilotectg.financing.domain.FinancingInputs.StatedAmount;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.Support;
import fr.pilotectg.financing.domain.FinancingInputs.Territory;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering the financing inputs part by part from the pages (ADR 0013, on the one flow of {@link FinancingFlow}): the
 * envelope, the amounts cited and the territories together; one structure at a time; a structure added from the
 * equipment register of the convention's communes, or removed. Each verb checks the whole resulting document as
 * {@link FinancingInputsEditing#replace} does (French problems per field, nothing half saved), with the version read
 * (409), and is audited in French with what changed.
 */
@Service
public class FinancingInputsEntry {

    private final FinancingFlow flow;
    private final FinancingInputsEditing editing;
    private final EquipmentRegister register;
    private final FinancingText text;

    FinancingInputsEntry(
            FinancingFlow flow, FinancingInputsEditing editing, EquipmentRegister register, FinancingText text) {
        this.flow = flow;
        this.editing = editing;
        this.register = register;
        this.text = text;
    }

    /** Replaces the envelope, the amounts cited and the territories; the structures stay as they are. */
    @Transactional
    public int updateGeneral(
            UUID conventionId,
            int version,
            Envelope envelope,
            List<Territory> territories,
            List<StatedAmount> statedAmounts) {
        return flow.changeInputs(conventionId, version, (before, convention) -> {
            FinancingInputs after = new FinancingInputs(envelope, territories, before.structures(), statedAmounts);
            editing.check(convention, after);
            List<AuditChange> changes = new ArrayList<>();
            change(changes, "financing.audit.field.envelope", envelope(before.envelope()), envelope(envelope));
            change(
                    changes,
                    "financing.audit.field.territories",
                    territories(before.territories()),
                    territories(after.territories()));
            change(
                    changes,
                    "financing.audit.field.statedAmounts",
                    String.valueOf(before.statedAmounts().size()),
                    String.valueOf(after.statedAmounts().size()));
            return new FinancingFlow.Outcome(after, text.text("financing.audit.inputs.general"), changes);
        });
    }

    /** Replaces one structure (found by its identifier, which does not change); problems name its own fields. */
    @Transactional
    public int saveStructure(UUID conventionId, int version, String structureId, Structure structure) {
        return flow.changeInputs(conventionId, version, (before, convention) -> {
            int index = indexOf(before, structureId);
            Structure was = before.structures().get(index);
            Structure now = new Structure(
                    was.id(),
                    structure.name(),
                    structure.kind(),
                    structure.territory(),
                    was.equipmentId(),
                    structure.support(),
                    structure.qpv(),
                    structure.zrr(),
                    structure.existingPlaces(),
                    structure.existingHours(),
                    structure.cejReference(),
                    structure.openings(),
                    structure.years(),
                    was.source(),
                    structure.operator());
            List<Structure> structures = new ArrayList<>(before.structures());
            structures.set(index, now);
            FinancingInputs after = with(before, structures);
            editing.check(convention, after);
            List<AuditChange> changes = new ArrayList<>();
            change(changes, "financing.audit.field.structure.support", support(was.support()), support(now.support()));
            change(changes, "financing.audit.field.structure.years", years(was), years(now));
            change(
                    changes,
                    "financing.audit.field.structure.opening",
                    String.valueOf(was.openings().size()),
                    String.valueOf(now.openings().size()));
            return new FinancingFlow.Outcome(after, text.text("financing.audit.inputs.structure", now.name()), changes);
        });
    }

    /**
     * Adds an entry of the equipment register of the convention's communes as a structure of the financing (its
     * identifier is the register's), with its name, kind, QPV, gestionnaire and current places or hours.
     */
    @Transactional
    public String addFromRegister(UUID conventionId, int version, UUID equipmentId) {
        String[] added = new String[1];
        flow.changeInputs(conventionId, version, (before, convention) -> {
            EquipmentView entry = registerEntry(convention, equipmentId);
            Structure structure = fromRegister(entry);
            boolean present = before.structures().stream()
                    .anyMatch(s -> structure.id().equals(s.id()) || equipmentId.equals(s.equipmentId()));
            if (present)
                throw DomainException.invalidFields(
                        List.of(FieldProblem.of("equipmentId", FinancingErrors.STRUCTURE_DUPLICATE, structure.id())));
            List<Structure> structures = new ArrayList<>(before.structures());
            structures.add(structure);
            FinancingInputs after = with(before, structures);
            editing.check(convention, after);
            added[0] = structure.id();
            return new FinancingFlow.Outcome(
                    after,
                    text.text("financing.audit.inputs.structureAdded", structure.name()),
                    List.of(new AuditChange(text.text("financing.audit.field.structures"), null, structure.name())));
        });
        return added[0];
    }

    /** Removes a structure from the financing inputs (the register keeps it). */
    @Transactional
    public int removeStructure(UUID conventionId, int version, String structureId) {
        return flow.changeInputs(conventionId, version, (before, convention) -> {
            int index = indexOf(before, structureId);
            Structure was = before.structures().get(index);
            List<Structure> structures = new ArrayList<>(before.structures());
            structures.remove(index);
            return new FinancingFlow.Outcome(
                    with(before, structures),
                    text.text("financing.audit.inputs.structureRemoved", was.name()),
                    List.of(new AuditChange(text.text("financing.audit.field.structures"), was.name(), null)));
        });
    }

    /** The register entry, if it lies in one of the convention's communes (else a French refusal). */
    EquipmentView registerEntry(ConventionSummary convention, UUID equipmentId) {
        return register.find(equipmentId)
                .filter(e -> convention.communes().contains(e.communeCode()))
                .orElseThrow(() -> DomainException.invalidFields(
                        List.of(FieldProblem.of("equipmentId", InputEntryErrors.EQUIPMENT_NOT_IN_CONVENTION))));
    }

    /** A register entry the user may see, wherever it lies (to read its type). */
    java.util.Optional<EquipmentView> registerEntryAnywhere(UUID equipmentId) {
        return register.find(equipmentId);
    }

    /** The structure a register entry gives: identifier, name, kind, QPV, gestionnaire, current places or hours. */
    static Structure fromRegister(EquipmentView entry) {
        BigDecimal capacity =
                entry.currentCapacity() == null ? null : entry.currentCapacity().value();
        CapacityUnit unit =
                entry.currentCapacity() == null ? null : entry.currentCapacity().unit();
        Integer places = capacity != null && unit == CapacityUnit.PLACES ? capacity.intValue() : null;
        BigDecimal hours = capacity != null && unit == CapacityUnit.HEURES ? capacity : null;
        Operator operator = entry.operator() == null
                ? null
                : new Operator(
                        entry.operator().organisationId(), entry.operator().name());
        return new Structure(
                entry.id().toString(),
                entry.name(),
                kindOf(entry.type()),
                null,
                entry.id(),
                null,
                entry.inQpv(),
                null,
                places,
                hours,
                null,
                List.of(),
                List.of(),
                null,
                operator);
    }

    static StructureKind kindOf(EquipmentType type) {
        if (type == null) return StructureKind.OTHER;
        if (type.isEaje()) return StructureKind.EAJE;
        return switch (type) {
            case ALSH_PERI, ALSH_EXTRA, ALSH_ADOS -> StructureKind.ALSH;
            case RPE -> StructureKind.RPE;
            case LAEP -> StructureKind.LAEP;
            case LUDOTHEQUE -> StructureKind.LUDOTHEQUE;
            default -> StructureKind.OTHER;
        };
    }

    static int indexOf(FinancingInputs inputs, String structureId) {
        for (int i = 0; i < inputs.structures().size(); i++)
            if (inputs.structures().get(i).id().equals(structureId)) return i;
        throw DomainException.notFound(InputEntryErrors.STRUCTURE_NOT_FOUND, String.valueOf(structureId));
    }

    static FinancingInputs with(FinancingInputs before, List<Structure> structures) {
        return new FinancingInputs(before.envelope(), before.territories(), structures, before.statedAmounts());
    }

    private String envelope(Envelope envelope) {
        if (envelope == null || envelope.amount() == null) return null;
        EnvelopePeriod period = envelope.period() == null ? EnvelopePeriod.UNKNOWN : envelope.period();
        return envelope.amount().french() + " (" + text.text("financing.period." + period.name()) + ")";
    }

    private static String territories(List<Territory> territories) {
        return String.join(
                ", ",
                territories.stream().map(t -> t.key() + " / " + t.tranche()).toList());
    }

    private String support(Support support) {
        if (support == null) return null;
        return support.organisationName() + " (" + text.day(support.from()) + ")";
    }

    private static String years(Structure s) {
        return String.join(
                ", ", s.years().stream().map(y -> String.valueOf(y.year())).toList());
    }

    private void change(List<AuditChange> changes, String key, String before, String after) {
        if (!Objects.equals(before, after)) changes.add(new AuditChange(text.text(key), before, after));
    }
}
