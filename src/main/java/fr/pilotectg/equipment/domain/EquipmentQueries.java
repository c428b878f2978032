package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.CapacityView;
import fr.pilotectg.equipment.EquipmentTally;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.equipment.QpvOrigin;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.shared.SearchText;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read queries over the register (lists, totals, export, map) in plain SQL, always filtered by the reader's
 * {@link Reach}: an entry is visible to those who see its commune (hence its département) or its gestionnaire organisation.
 */
@Component
public class EquipmentQueries {

    private static final String[] TYPE_ORDER =
            Arrays.stream(EquipmentType.values()).map(Enum::name).toArray(String[]::new);

    private static final String FROM = """
             FROM equipment.equipment e
             LEFT JOIN LATERAL (SELECT k.effective_on, k.value, k.unit, k.source FROM equipment.capacity k
                                WHERE k.equipment_id = e.id AND k.effective_on <= :today
                                ORDER BY k.effective_on DESC LIMIT 1) c ON TRUE
            """;

    private static final String WHERE = """
             WHERE (:all OR e.commune_code = ANY(:reachCommunes) OR e.departement_code = ANY(:reachDeps)
                    OR e.operator_organisation_id = ANY(:reachOrgs))
               AND (cardinality(CAST(:communes AS text[])) = 0 OR e.commune_code = ANY(:communes))
               AND (CAST(:type AS text) IS NULL OR e.type = :type)
               AND (CAST(:category AS text) IS NULL OR e.operator_category = :category)
               AND (CAST(:inQpv AS boolean) IS NULL OR (e.qpv_code IS NOT NULL) = :inQpv AND (:inQpv OR e.qpv_origin <> 'UNKNOWN'))
               AND (CAST(:status AS text) IS NULL
                    OR (:status = 'OPEN' AND (e.opened_on IS NULL OR e.opened_on <= :today) AND (e.closed_on IS NULL OR e.closed_on > :today))
                    OR (:status = 'CLOSED' AND e.closed_on IS NOT NULL AND e.closed_on <= :today)
                    OR (:status = 'PLANNED' AND e.opened_on > :today))
               AND (:text = '' OR e.search_text LIKE :like)
               AND (CAST(:orgId AS uuid) IS NULL OR e.operator_organisation_id = :orgId)
            """;

    private final JdbcClient jdbc;
    private final EquipmentRepository repository;
    private final CommuneNames communes;
    private final QpvLocator qpvs;

    EquipmentQueries(JdbcClient jdbc, EquipmentRepository repository, CommuneNames communes, QpvLocator qpvs) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.communes = communes;
        this.qpvs = qpvs;
    }

    public PageResult<EquipmentView> search(Reach reach, EquipmentFilter filter, LocalDate today, PageQuery page) {
        return search(reach, filter, today, page, RegisterSort.COMMUNE, false);
    }

    /** A page of the register sorted on {@code sort} ({@link RegisterSort}: a whitelist of orderings). */
    public PageResult<EquipmentView> search(
            Reach reach,
            EquipmentFilter filter,
            LocalDate today,
            PageQuery page,
            RegisterSort sort,
            boolean descending) {
        long total = bind(jdbc.sql("SELECT count(*)" + FROM + WHERE), reach, filter, today)
                .query(Long.class)
                .single();
        List<Row> rows = bind(
                        jdbc.sql("SELECT " + EquipmentRepository.COLUMNS
                                + ", c.effective_on AS cap_on, c.value AS cap_value, c.unit AS cap_unit, c.source AS cap_source"
                                + FROM + WHERE
                                + " ORDER BY " + sort.orderBy(descending) + " LIMIT :limit OFFSET :offset"),
                        reach,
                        filter,
                        today)
                .param("typeOrder", TYPE_ORDER)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::row)
                .list();
        return PageResult.of(views(rows), page, total);
    }

    /** Every matching entry, in register order, handed one by one (for exports and annexes of any size). */
    public void forEach(Reach reach, EquipmentFilter filter, LocalDate today, Consumer<EquipmentView> consumer) {
        List<Row> batch = new ArrayList<>(1000);
        bind(
                        jdbc.sql(
                                "SELECT " + EquipmentRepository.COLUMNS
                                        + ", c.effective_on AS cap_on, c.value AS cap_value, c.unit AS cap_unit, c.source AS cap_source"
                                        + FROM + WHERE
                                        + " ORDER BY e.commune_code, array_position(CAST(:typeOrder AS text[]), e.type), e.name, e.id"),
                        reach,
                        filter,
                        today)
                .param("typeOrder", TYPE_ORDER)
                .withFetchSize(1000)
                .query(rs -> {
                    batch.add(row(rs, 0));
                    if (batch.size() == 1000) {
                        views(batch).forEach(consumer);
                        batch.clear();
                    }
                });
        views(batch).forEach(consumer);
    }

    /** Counts and capacities by commune and type, for the totals of a page, an annex or another module. */
    public List<EquipmentTally> tallies(Reach reach, EquipmentFilter filter, LocalDate today) {
        return bind(jdbc.sql("""
                        SELECT e.commune_code, e.type, count(*) AS n,
                               COALESCE(sum(c.value) FILTER (WHERE c.unit = 'PLACES'), 0) AS places,
                               COALESCE(sum(c.value) FILTER (WHERE c.unit = 'ACTES'), 0) AS actes,
                               COALESCE(sum(c.value) FILTER (WHERE c.unit = 'ETP'), 0) AS etp,
                               COALESCE(sum(c.value) FILTER (WHERE c.unit = 'HEURES'), 0) AS heures""" + FROM + WHERE + """
                         GROUP BY e.commune_code, e.type
                         ORDER BY e.commune_code, array_position(CAST(:typeOrder AS text[]), e.type)"""), reach, filter, today)
                .param("typeOrder", TYPE_ORDER)
                .query((rs, i) -> new EquipmentTally(
                        rs.getString("commune_code"),
                        EquipmentType.valueOf(rs.getString("type")),
                        rs.getLong("n"),
                        rs.getBigDecimal("places"),
                        rs.getBigDecimal("actes"),
                        rs.getBigDecimal("etp"),
                        rs.getBigDecimal("heures")))
                .list();
    }

    /**
     * The map of the entries of a filter, in SQL like the list: the placed entries (own coordinates, located address or
     * commune centroid), at most {@code limit} of them (by commune then name), with the counts of all that match, of
     * those placed, of those approximate, and per type (placed entries only).
     */
    public MapData map(Reach reach, EquipmentFilter filter, LocalDate today, int limit) {
        String from = " FROM equipment.equipment e ";
        List<TypeCount> byType = new ArrayList<>();
        long[] totals = new long[3];
        bind(
                        jdbc.sql("SELECT e.type, count(*) AS n,"
                                + " count(*) FILTER (WHERE e.position_source <> 'NONE') AS placed,"
                                + " count(*) FILTER (WHERE e.position_source = 'COMMUNE') AS approximate"
                                + from + WHERE
                                + " GROUP BY e.type ORDER BY array_position(CAST(:typeOrder AS text[]), e.type)"),
                        reach,
                        filter,
                        today)
                .param("typeOrder", TYPE_ORDER)
                .query(rs -> {
                    totals[0] += rs.getLong("n");
                    totals[1] += rs.getLong("placed");
                    totals[2] += rs.getLong("approximate");
                    if (rs.getLong("placed") > 0)
                        byType.add(new TypeCount(
                                EquipmentType.valueOf(rs.getString("type")),
                                rs.getLong("placed"),
                                rs.getLong("approximate")));
                });
        List<MapPoint> points = totals[1] == 0
                ? List.of()
                : bind(
                                jdbc.sql(
                                        "SELECT e.id, e.name, e.type, e.qpv_code, e.commune_code, e.position_source,"
                                                + " e.position_latitude, e.position_longitude, e.position_score" + from
                                                + WHERE
                                                + " AND e.position_source <> 'NONE' ORDER BY e.commune_code, e.name, e.id LIMIT :limit"),
                                reach,
                                filter,
                                today)
                        .param("limit", limit)
                        .query((rs, i) -> new MapPoint(
                                rs.getObject("id", UUID.class),
                                rs.getString("name"),
                                EquipmentType.valueOf(rs.getString("type")),
                                rs.getBigDecimal("position_latitude"),
                                rs.getBigDecimal("position_longitude"),
                                EntryPositions.PositionSource.valueOf(rs.getString("position_source")),
                                rs.getBigDecimal("position_score"),
                                rs.getString("qpv_code"),
                                rs.getString("commune_code")))
                        .list();
        return new MapData(points, totals[0], totals[1], totals[2], byType);
    }

    /** What the register's map draws: at most the limit's points, and the counts of what matches. */
    public record MapData(List<MapPoint> points, long total, long placed, long approximate, List<TypeCount> byType) {

        /** Placed entries left out by the limit. */
        public long notShown() {
            return placed - points.size();
        }
    }

    /** Placed entries of a type, and how many of them are approximate (at their commune's centroid). */
    public record TypeCount(EquipmentType type, long placed, long approximate) {}

    /** A point on the register's map; {@code source} COMMUNE: the commune's centroid, « position approximative ». */
    public record MapPoint(
            UUID id,
            String name,
            EquipmentType type,
            BigDecimal latitude,
            BigDecimal longitude,
            EntryPositions.PositionSource source,
            BigDecimal score,
            String qpvCode,
            String communeCode) {}

    private JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, Reach reach, EquipmentFilter filter, LocalDate today) {
        String folded = SearchText.fold(filter.text());
        return spec.param("all", reach.all())
                .param("reachCommunes", reach.communeArray())
                .param("reachDeps", reach.departementArray())
                .param("reachOrgs", reach.organisationArray())
                .param("communes", filter.communes().toArray(String[]::new))
                .param("type", filter.type() == null ? null : filter.type().name())
                .param(
                        "category",
                        filter.category() == null ? null : filter.category().name())
                .param("inQpv", filter.inQpv())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("today", today)
                .param("text", folded)
                .param("like", "%" + escapeLike(folded) + "%")
                .param("orgId", filter.operatorOrganisationId());
    }

    private List<EquipmentView> views(List<Row> rows) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> codes.add(r.equipment.communeCode()));
        communes.preload(codes);
        return rows.stream().map(r -> view(r.equipment, r.capacity)).toList();
    }

    /** The view of an entry with its capacity in force. */
    public EquipmentView view(Equipment e, CapacityView current) {
        return new EquipmentView(
                e.id(),
                e.type(),
                e.name(),
                e.operator().view(),
                e.addresses().stream().map(Address::view).toList(),
                e.communeCode(),
                communes.nameOf(e.communeCode()),
                e.quartier(),
                e.latitude(),
                e.longitude(),
                e.qpvCode(),
                qpvs.nameOf(e.qpvCode()).orElse(null),
                e.qpvOrigin(),
                e.openedOn(),
                e.closedOn(),
                e.supportedByCollectivite(),
                e.remarks(),
                current,
                e.version());
    }

    private record Row(Equipment equipment, CapacityView capacity) {}

    private Row row(ResultSet rs, int i) throws SQLException {
        String category = rs.getString("operator_category");
        var lat = rs.getBigDecimal("latitude");
        var lon = rs.getBigDecimal("longitude");
        Equipment e = Equipment.restore(
                rs.getObject("id", UUID.class),
                EquipmentType.valueOf(rs.getString("type")),
                rs.getString("name"),
                new Operator(
                        rs.getObject("operator_organisation_id", UUID.class),
                        rs.getString("operator_name"),
                        category == null ? null : OperatorCategory.valueOf(category)),
                repository.addresses(rs.getString("addresses")),
                rs.getString("commune_code"),
                rs.getString("quartier"),
                lat == null || lon == null ? null : new GeoPoint(lat, lon),
                rs.getString("qpv_code"),
                QpvOrigin.valueOf(rs.getString("qpv_origin")),
                rs.getObject("opened_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class),
                rs.getBoolean("supported_by_collectivite"),
                rs.getString("remarks"),
                List.of(),
                rs.getInt("version"));
        String unit = rs.getString("cap_unit");
        CapacityView capacity = unit == null
                ? null
                : new CapacityView(
                        rs.getObject("cap_on", LocalDate.class),
                        Capacity.normalize(rs.getBigDecimal("cap_value")),
                        CapacityUnit.valueOf(unit),
                        rs.getString("cap_source"));
        return new Row(e, capacity);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
