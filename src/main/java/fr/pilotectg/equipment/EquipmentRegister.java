package fr.pilotectg.equipment;

import fr.pilotectg.equipment.domain.DeclaredInventory;
import fr.pilotectg.equipment.domain.EntryEditing;
import fr.pilotectg.equipment.domain.EquipmentData;
import fr.pilotectg.equipment.domain.EquipmentFilter;
import fr.pilotectg.equipment.domain.EquipmentService;
import fr.pilotectg.equipment.domain.RegisterReads;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's front door for other modules (a convention's annex 1, the schéma de développement, financing). Every
 * method acts for the current user: lists hold only what they may see, changes need their right to write.
 */
@Service
public class EquipmentRegister {

    private final EquipmentService entries;
    private final RegisterReads equipment;
    private final EntryEditing editing;
    private final DeclaredInventory declared;
    private final fr.pilotectg.equipment.domain.EquipmentQueries queries;

    EquipmentRegister(
            EquipmentService entries,
            RegisterReads equipment,
            EntryEditing editing,
            DeclaredInventory declared,
            fr.pilotectg.equipment.domain.EquipmentQueries queries) {
        this.entries = entries;
        this.equipment = equipment;
        this.editing = editing;
        this.declared = declared;
        this.queries = queries;
    }

    /**
     * The entry of this commune named exactly {@code name}, whoever asks: for start-up tasks (demo data of other modules)
     * that link to the register with no user signed in.
     */
    @Transactional(readOnly = true)
    public Optional<EquipmentView> findByName(String communeCode, String name) {
        List<EquipmentView> found = new ArrayList<>();
        queries.forEach(
                fr.pilotectg.platform.Reach.everything(),
                EquipmentFilter.communes(Set.of(communeCode)),
                entries.today(),
                view -> {
                    if (view.name().equals(name)) found.add(view);
                });
        return found.stream().findFirst();
    }

    /** The entries open today in these communes (INSEE codes), by commune, type and name, with their current capacity. */
    @Transactional(readOnly = true)
    public List<EquipmentView> openEntriesOf(Collection<String> communes) {
        List<EquipmentView> entries = new ArrayList<>();
        equipment.forEach(
                EquipmentFilter.communes(Set.copyOf(communes)).withStatus(EquipmentFilter.Status.OPEN), entries::add);
        return entries;
    }

    /** Every entry of these communes, open, closed or planned. */
    @Transactional(readOnly = true)
    public List<EquipmentView> entriesOf(Collection<String> communes) {
        List<EquipmentView> entries = new ArrayList<>();
        equipment.forEach(EquipmentFilter.communes(Set.copyOf(communes)), entries::add);
        return entries;
    }

    /** Counts and capacities (places, actes, ETP, heures) of the entries open today, by commune and type. */
    @Transactional(readOnly = true)
    public List<EquipmentTally> openTallies(Collection<String> communes) {
        return equipment.tallies(
                EquipmentFilter.communes(Set.copyOf(communes)).withStatus(EquipmentFilter.Status.OPEN));
    }

    /**
     * For each of {@code days}, the capacity in {@code unit} (e.g. places) created in these communes since {@code since}:
     * the sum over entries of their capacity in force that day (0 once closed) minus their capacity the day before
     * {@code since} (0 for an entry opened since; for an older entry whose dated history starts later, its first recorded
     * capacity, taken as existing). Evaluation computes "places créées" over a convention with it. Acts for the current
     * user: only the entries they may see count.
     */
    @Transactional(readOnly = true)
    public java.util.Map<LocalDate, BigDecimal> capacityCreatedSince(
            Collection<String> communes, CapacityUnit unit, LocalDate since, Collection<LocalDate> days) {
        java.util.Map<LocalDate, BigDecimal> totals = new java.util.TreeMap<>();
        days.forEach(day -> totals.put(day, BigDecimal.ZERO));
        LocalDate before = since.minusDays(1);
        for (EquipmentView entry : entriesOf(communes)) {
            List<CapacityView> history = equipment.capacities(entry.id()).stream()
                    .filter(c -> c.unit() == unit && c.value() != null && c.effectiveOn() != null)
                    .sorted(java.util.Comparator.comparing(CapacityView::effectiveOn))
                    .toList();
            if (history.isEmpty()) continue;
            BigDecimal base = BigDecimal.ZERO;
            if (entry.openOn(before)) {
                BigDecimal inForce = inForce(history, before);
                base = inForce != null ? inForce : history.get(0).value();
            }
            for (LocalDate day : days) {
                BigDecimal now = entry.openOn(day) ? inForce(history, day) : BigDecimal.ZERO;
                totals.merge(day, (now == null ? BigDecimal.ZERO : now).subtract(base), BigDecimal::add);
            }
        }
        return totals;
    }

    private static BigDecimal inForce(List<CapacityView> sortedHistory, LocalDate day) {
        BigDecimal value = null;
        for (CapacityView capacity : sortedHistory) {
            if (capacity.effectiveOn().isAfter(day)) break;
            value = capacity.value();
        }
        return value;
    }

    /** The entry, if the current user may see it. */
    @Transactional(readOnly = true)
    public Optional<EquipmentView> find(UUID id) {
        try {
            return Optional.of(equipment.get(id));
        } catch (fr.pilotectg.shared.DomainException e) {
            return Optional.empty();
        }
    }

    /**
     * Records a new capacity of an entry from another module (the schéma de développement when an extension opens):
     * written in the dated history and the audit trail. A unit unusual for the type is accepted and returned as a warning.
     */
    @Transactional
    public CapacityRecorded recordCapacity(
            UUID equipmentId, LocalDate effectiveOn, BigDecimal value, CapacityUnit unit, String source) {
        return editing.recordCapacity(
                equipmentId, null, new EquipmentData.CapacityInput(value, unit, effectiveOn, source));
    }

    /** The inventory the commune declared (e.g. in its CTG preamble) next to the register's counts. */
    @Transactional(readOnly = true)
    public List<DeclaredCount> declaredInventory(String communeCode) {
        return declared.compare(communeCode);
    }

    /** Whether the signed-in user may revise what {@code communeCode} declared. */
    public boolean canReviseInventory(String communeCode) {
        return declared.canRevise(communeCode);
    }
}
