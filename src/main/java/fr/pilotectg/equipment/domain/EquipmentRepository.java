package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.equipment.QpvOrigin;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.InseeCode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Entries of the register in SQL, with their capacity history; a save checks the version it read (optimistic locking). */
@Repository
public class EquipmentRepository {

    private static final TypeReference<List<Address>> ADDRESSES = new TypeReference<>() {};
    static final String COLUMNS = """
            e.id, e.type, e.name, e.operator_organisation_id, e.operator_name, e.operator_category, CAST(e.addresses AS text) AS addresses,
            e.commune_code, e.quartier, e.latitude, e.longitude, e.qpv_code, e.qpv_origin, e.opened_on, e.closed_on,
            e.supported_by_collectivite, e.remarks, e.version""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    EquipmentRepository(JdbcClient jdbc, DataSource dataSource, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    public Optional<Equipment> find(UUID id) {
        Optional<Equipment> found = jdbc.sql("SELECT " + COLUMNS + " FROM equipment.equipment e WHERE e.id = :id")
                .param("id", id)
                .query((rs, i) -> restore(rs, List.of()))
                .optional();
        return found.map(e -> withCapacities(e, capacities(List.of(e.id())).getOrDefault(e.id(), List.of())));
    }

    /** The entries with these match keys (name, main address, type, commune), with their history, keyed by match key. */
    public Map<String, Equipment> findByMatchKeys(Collection<String> keys) {
        if (keys.isEmpty()) return Map.of();
        List<Equipment> found = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM equipment.equipment e WHERE e.match_key = ANY(:keys)")
                .param("keys", keys.toArray(String[]::new))
                .query((rs, i) -> restore(rs, List.of()))
                .list();
        Map<UUID, List<Capacity>> history =
                capacities(found.stream().map(Equipment::id).toList());
        Map<String, Equipment> byKey = new HashMap<>();
        for (Equipment e : found) {
            Equipment full = withCapacities(e, history.getOrDefault(e.id(), List.of()));
            byKey.put(full.matchKey(), full);
        }
        return byKey;
    }

    public boolean existsWithMatchKey(String key, UUID except) {
        return jdbc.sql("SELECT count(*) FROM equipment.equipment WHERE match_key = :key AND id <> :id")
                        .param("key", key)
                        .param("id", except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Inserts a new entry or updates one whose version has not changed since it was read; rewrites its capacity history. */
    public void save(Equipment e) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            int updated = bind(jdbc.sql("""
                            UPDATE equipment.equipment SET type = :type, name = :name, search_text = :search, match_key = :key,
                                   operator_organisation_id = :orgId, operator_name = :orgName, operator_category = :category,
                                   addresses = CAST(:addresses AS jsonb), commune_code = :commune, departement_code = :dep, quartier = :quartier,
                                   latitude = :lat, longitude = :lon, qpv_code = :qpv, qpv_origin = :qpvOrigin, opened_on = :opened,
                                   closed_on = :closed, supported_by_collectivite = :supported, remarks = :remarks,
                                   version = version + 1, updated_at = :now
                            WHERE id = :id AND version = :version"""), e, now).update();
            if (updated == 0) {
                boolean exists = jdbc.sql("SELECT count(*) FROM equipment.equipment WHERE id = :id")
                                .param("id", e.id())
                                .query(Long.class)
                                .single()
                        > 0;
                if (exists)
                    throw new OptimisticLockingFailureException(
                            "equipment " + e.id() + " changed since version " + e.version());
                bind(jdbc.sql("""
                                INSERT INTO equipment.equipment (id, type, name, search_text, match_key, operator_organisation_id, operator_name,
                                       operator_category, addresses, commune_code, departement_code, quartier, latitude, longitude, qpv_code,
                                       qpv_origin, opened_on, closed_on, supported_by_collectivite, remarks, version, created_at, updated_at)
                                VALUES (:id, :type, :name, :search, :key, :orgId, :orgName, :category, CAST(:addresses AS jsonb), :commune, :dep,
                                        :quartier, :lat, :lon, :qpv, :qpvOrigin, :opened, :closed, :supported, :remarks, 0, :now, :now)"""), e, now).update();
            }
        } catch (DuplicateKeyException duplicate) {
            throw DomainException.conflict("EQUIPMENT_DUPLICATE", e.name());
        }
        jdbc.sql("DELETE FROM equipment.capacity WHERE equipment_id = :id")
                .param("id", e.id())
                .update();
        for (Capacity c : e.capacities()) {
            jdbc.sql("""
                            INSERT INTO equipment.capacity (equipment_id, effective_on, value, unit, source, recorded_at)
                            VALUES (:id, :on, :value, :unit, :source, :now)""")
                    .param("id", e.id())
                    .param("on", c.effectiveOn())
                    .param("value", c.value())
                    .param("unit", c.unit().name())
                    .param("source", c.source())
                    .param("now", now)
                    .update();
        }
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Equipment e, OffsetDateTime now) {
        return spec.param("id", e.id())
                .param("type", e.type().name())
                .param("name", e.name())
                .param("search", e.searchText())
                .param("key", e.matchKey())
                .param("orgId", e.operator().organisationId())
                .param("orgName", e.operator().name())
                .param(
                        "category",
                        e.operator().category() == null
                                ? null
                                : e.operator().category().name())
                .param("addresses", json.writeValueAsString(e.addresses()))
                .param("commune", e.communeCode())
                .param("dep", new InseeCode(e.communeCode()).departementCode())
                .param("quartier", e.quartier())
                .param("lat", e.latitude())
                .param("lon", e.longitude())
                .param("qpv", e.qpvCode())
                .param("qpvOrigin", e.qpvOrigin().name())
                .param("opened", e.openedOn())
                .param("closed", e.closedOn())
                .param("supported", e.supportedByCollectivite())
                .param("remarks", e.remarks())
                .param("now", now)
                .param("version", e.version());
    }

    /**
     * Inserts many new entries and their capacities with PostgreSQL COPY, inside the caller's transaction (an import
     * commits all of them or none).
     */
    public void insertAll(List<Equipment> entries) {
        if (entries.isEmpty()) return;
        String now = OffsetDateTime.now(clock).toString();
        StringWriter rows = new StringWriter(entries.size() * 400);
        StringWriter capacityRows = new StringWriter(entries.size() * 80);
        try (CSVPrinter out = new CSVPrinter(rows, CSVFormat.POSTGRESQL_CSV);
                CSVPrinter caps = new CSVPrinter(capacityRows, CSVFormat.POSTGRESQL_CSV)) {
            for (Equipment e : entries) {
                out.printRecord(
                        e.id(),
                        e.type().name(),
                        e.name(),
                        e.searchText(),
                        e.matchKey(),
                        e.operator().organisationId(),
                        e.operator().name(),
                        e.operator().category() == null
                                ? null
                                : e.operator().category().name(),
                        json.writeValueAsString(e.addresses()),
                        e.communeCode(),
                        new InseeCode(e.communeCode()).departementCode(),
                        e.quartier(),
                        e.latitude(),
                        e.longitude(),
                        e.qpvCode(),
                        e.qpvOrigin().name(),
                        e.openedOn(),
                        e.closedOn(),
                        e.supportedByCollectivite(),
                        e.remarks(),
                        0,
                        now,
                        now);
                for (Capacity c : e.capacities()) {
                    caps.printRecord(
                            e.id(),
                            c.effectiveOn(),
                            c.value().toPlainString(),
                            c.unit().name(),
                            c.source(),
                            now);
                }
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("""
                    COPY equipment.equipment (id, type, name, search_text, match_key, operator_organisation_id, operator_name,
                         operator_category, addresses, commune_code, departement_code, quartier, latitude, longitude, qpv_code, qpv_origin,
                         opened_on, closed_on, supported_by_collectivite, remarks, version, created_at, updated_at)
                    FROM STDIN WITH (FORMAT csv)""", new StringReader(rows.toString()));
            copy.copyIn(
                    "COPY equipment.capacity (equipment_id, effective_on, value, unit, source, recorded_at) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(capacityRows.toString()));
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) throw DomainException.conflict("EQUIPMENT_DUPLICATE", "");
            throw new IllegalStateException("COPY of equipment failed", e);
        } catch (IOException e) {
            throw new IllegalStateException("COPY of equipment failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM equipment.equipment")
                .query(Long.class)
                .single();
    }

    Map<UUID, List<Capacity>> capacities(Collection<UUID> ids) {
        Map<UUID, List<Capacity>> byId = new HashMap<>();
        if (ids.isEmpty()) return byId;
        jdbc.sql(
                        "SELECT equipment_id, effective_on, value, unit, source FROM equipment.capacity WHERE equipment_id = ANY(:ids) ORDER BY effective_on")
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    byId.computeIfAbsent(rs.getObject("equipment_id", UUID.class), k -> new ArrayList<>())
                            .add(new Capacity(
                                    rs.getObject("effective_on", LocalDate.class),
                                    rs.getBigDecimal("value"),
                                    CapacityUnit.valueOf(rs.getString("unit")),
                                    rs.getString("source")));
                });
        return byId;
    }

    private static Equipment withCapacities(Equipment e, List<Capacity> capacities) {
        return Equipment.restore(
                e.id(),
                e.type(),
                e.name(),
                e.operator(),
                e.addresses(),
                e.communeCode(),
                e.quartier(),
                e.location(),
                e.qpvCode(),
                e.qpvOrigin(),
                e.openedOn(),
                e.closedOn(),
                e.supportedByCollectivite(),
                e.remarks(),
                capacities,
                e.version());
    }

    List<Address> addresses(String text) {
        return text == null ? List.of() : json.readValue(text, ADDRESSES);
    }

    private Equipment restore(ResultSet rs, List<Capacity> capacities) throws SQLException {
        String category = rs.getString("operator_category");
        var lat = rs.getBigDecimal("latitude");
        var lon = rs.getBigDecimal("longitude");
        return Equipment.restore(
                rs.getObject("id", UUID.class),
                EquipmentType.valueOf(rs.getString("type")),
                rs.getString("name"),
                new Operator(
                        rs.getObject("operator_organisation_id", UUID.class),
                        rs.getString("operator_name"),
                        category == null ? null : OperatorCategory.valueOf(category)),
                addresses(rs.getString("addresses")),
                rs.getString("commune_code"),
                rs.getString("quartier"),
                lat == null || lon == null ? null : new GeoPoint(lat, lon),
                rs.getString("qpv_code"),
                QpvOrigin.valueOf(rs.getString("qpv_origin")),
                rs.getObject("opened_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class),
                rs.getBoolean("supported_by_collectivite"),
                rs.getString("remarks"),
                capacities,
                rs.getInt("version"));
    }
}
