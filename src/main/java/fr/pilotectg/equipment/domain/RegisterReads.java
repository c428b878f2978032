package fr.pilotectg.equipment.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.equipment.CapacityView;
import fr.pilotectg.equipment.EquipmentTally;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.territory.QpvOutline;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the register within the user's reach (their communes, département or organisations): search, tallies by
 * commune and type, map points, the export stream, one entry and its capacity history.
 */
@Service
@Transactional(readOnly = true)
public class RegisterReads {

    private final EquipmentService entries;
    private final EquipmentQueries queries;
    private final Directory directory;
    private final QpvLocator qpvs;
    private final AccessControl access;
    private final EntryPositions positions;

    RegisterReads(
            EquipmentService entries,
            EquipmentQueries queries,
            Directory directory,
            QpvLocator qpvs,
            AccessControl access,
            EntryPositions positions) {
        this.positions = positions;
        this.entries = entries;
        this.queries = queries;
        this.directory = directory;
        this.qpvs = qpvs;
        this.access = access;
    }

    /** A page of the register sorted on a column of {@link RegisterSort}, in SQL. */
    public PageResult<EquipmentView> search(
            EquipmentFilter filter, PageQuery page, RegisterSort sort, boolean descending) {
        return queries.search(access.currentReach(), filter, entries.today(), page, sort, descending);
    }

    public List<EquipmentTally> tallies(EquipmentFilter filter) {
        return queries.tallies(access.currentReach(), filter, entries.today());
    }

    /** The register's map for the filter, within the user's reach: at most {@code limit} points and the counts. */
    public EquipmentQueries.MapData map(EquipmentFilter filter, int limit) {
        return queries.map(access.currentReach(), filter, entries.today(), limit);
    }

    /** Where the map draws an entry the user has read ({@link #get}: the view is only given within reach). */
    public EntryPositions.Position position(EquipmentView entry) {
        return positions.of(entry.id());
    }

    /** Every entry of the filter, one at a time (exports). */
    public void forEach(EquipmentFilter filter, Consumer<EquipmentView> consumer) {
        queries.forEach(access.currentReach(), filter, entries.today(), consumer);
    }

    /** The entry, if the current user may see it; otherwise "not found". */
    public EquipmentView get(UUID id) {
        Equipment equipment = entries.load(id);
        access.requireRead(EquipmentService.footprintOf(equipment), () -> EquipmentService.notFound(id));
        return entries.view(equipment);
    }

    /** The capacity history, oldest first. */
    public List<CapacityView> capacities(UUID id) {
        Equipment equipment = entries.load(id);
        access.requireRead(EquipmentService.footprintOf(equipment), () -> EquipmentService.notFound(id));
        return equipment.capacities().stream().map(Capacity::view).toList();
    }

    /** The QPV outlines of the reference data (départements 59 and 62), for the map. */
    public List<QpvOutline> qpvOutlines() {
        return qpvs.outlines();
    }

    /** The organisations of the directory the user may choose as gestionnaire (the first {@code limit}, by kind and name). */
    public List<OrganisationView> operatorChoices(int limit) {
        return directory
                .visibleOrganisations(access.currentReach(), PageQuery.first(Math.min(limit, PageQuery.MAX_SIZE)))
                .content();
    }
}
