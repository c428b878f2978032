package fr.pilotectg.equipment.domain;

import fr.pilotectg.shared.SearchText;
import fr.pilotectg.territory.CommuneCentroid;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where the register's map draws each entry ({@link PositionSource}): its own coordinates, else its address located by
 * the Base Adresse Nationale ({@link AddressGeocoder}), else its commune's centroid (a commune associée without one takes
 * its parent's), else nowhere. Runs after the save or import has committed ({@link #afterCommit}): the service is never
 * called inside a transaction and its failures never undo a save. Derived like the search text: no version bump, no
 * audit row; {@code position_key} says what the position was derived from, so an unchanged address is not sent again.
 * Entries never placed (saved before the positions existed) are caught up by a background task every ten minutes.
 */
@Component
public class EntryPositions {

    private static final Logger log = LoggerFactory.getLogger(EntryPositions.class);
    private static final int CHUNK = 2000;

    /** Where an entry is drawn and how it was found. */
    public enum PositionSource {
        /** The coordinates typed on the entry. */
        MANUAL,
        /** The address located by the Base Adresse Nationale, with its score. */
        ADDRESS,
        /** The centroid of the commune: « position approximative ». */
        COMMUNE,
        /** Not placed. */
        NONE;

        public boolean approximate() {
            return this == COMMUNE;
        }
    }

    /** The position of one entry. */
    public record Position(PositionSource source, BigDecimal latitude, BigDecimal longitude, BigDecimal score) {

        static Position none() {
            return new Position(PositionSource.NONE, null, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final EquipmentRepository repository;
    private final AddressGeocoder geocoder;
    private final Territories territories;
    private final Clock clock;

    EntryPositions(
            JdbcClient jdbc,
            EquipmentRepository repository,
            AddressGeocoder geocoder,
            Territories territories,
            Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.geocoder = geocoder;
        this.territories = territories;
        this.clock = clock;
    }

    /** Where the entry is drawn; NONE when it was never placed. */
    public Position of(UUID id) {
        return jdbc.sql("""
                        SELECT position_source, position_latitude, position_longitude, position_score
                        FROM equipment.equipment WHERE id = :id""")
                .param("id", id)
                .query((rs, i) -> new Position(
                        PositionSource.valueOf(rs.getString("position_source")),
                        rs.getBigDecimal("position_latitude"),
                        rs.getBigDecimal("position_longitude"),
                        rs.getBigDecimal("position_score")))
                .optional()
                .orElseGet(Position::none);
    }

    /** Places these entries once the current transaction has committed (at once when there is none). */
    public void afterCommit(Collection<UUID> ids) {
        List<UUID> copy = List.copyOf(ids);
        if (copy.isEmpty()) return;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    placeQuietly(copy);
                }
            });
        } else {
            placeQuietly(copy);
        }
    }

    /**
     * Places up to {@code limit} entries never placed yet (saved before the positions existed), a chunk at a time;
     * returns how many. Run by the background task below.
     */
    public int placeUnplaced(int limit) {
        int placed = 0;
        while (placed < limit) {
            List<UUID> ids = jdbc.sql(
                            "SELECT id FROM equipment.equipment WHERE position_key IS NULL ORDER BY id LIMIT :limit")
                    .param("limit", Math.min(CHUNK, limit - placed))
                    .query(UUID.class)
                    .list();
            if (ids.isEmpty()) break;
            place(ids);
            placed += ids.size();
        }
        if (placed > 0) log.info("{} register entries placed on the map", placed);
        return placed;
    }

    /** Every ten minutes, on the shared scheduler (platform.jobs): the entries never placed, 20 000 at most a run. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Catchup {

        @org.springframework.context.annotation.Bean
        com.github.kagkarlsson.scheduler.task.helper.RecurringTask<Void> equipmentPositionsTask(
                EntryPositions positions) {
            return com.github.kagkarlsson.scheduler.task.helper.Tasks.recurring(
                            "equipment-positions",
                            com.github.kagkarlsson.scheduler.task.schedule.Schedules.fixedDelay(
                                    java.time.Duration.ofMinutes(10)))
                    .execute((instance, context) -> positions.placeUnplaced(20_000));
        }
    }

    private void placeQuietly(List<UUID> ids) {
        try {
            for (int from = 0; from < ids.size(); from += CHUNK)
                place(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        } catch (RuntimeException e) {
            // The entries are saved; they stay where they were (or unplaced) and the map says so.
            log.warn("Placing {} register entries failed: {}", ids.size(), e.toString());
        }
    }

    /** What placing an entry reads: its main address, commune, own coordinates and the position stored. */
    private record Site(
            UUID id,
            Address address,
            String communeCode,
            BigDecimal latitude,
            BigDecimal longitude,
            String storedKey,
            String storedSource) {

        String street() {
            return address == null ? null : address.street();
        }

        /** What a position is derived from: main address, commune, own coordinates. */
        String key() {
            String text = address == null
                    ? ""
                    : SearchText.fold((address.street() == null ? "" : address.street()) + " "
                            + (address.postalCode() == null ? "" : address.postalCode()) + " "
                            + (address.city() == null ? "" : address.city()));
            return text + "|" + communeCode + "|"
                    + (latitude == null || longitude == null
                            ? ""
                            : latitude.toPlainString() + "," + longitude.toPlainString());
        }
    }

    /**
     * Places these entries now: one call to the service for one entry, a batch for more. Returns the positions written.
     */
    public Map<UUID, Position> place(List<UUID> ids) {
        Map<UUID, Position> positions = new HashMap<>();
        if (ids.isEmpty()) return positions;
        List<Site> sites = sites(ids);
        Set<String> codes = new HashSet<>();
        sites.forEach(e -> codes.add(e.communeCode()));
        Map<String, CommuneCentroid> centroids = territories.centroids(codes);
        Map<String, String> searchCodes = new HashMap<>();
        if (geocoder.enabled())
            for (CommuneView c : territories.communes(codes)) searchCodes.put(c.inseeCode(), c.qpvCommuneCode());
        List<Site> toLocate = new ArrayList<>();
        Map<UUID, String> keys = new HashMap<>();
        for (Site e : sites) {
            String key = e.key();
            keys.put(e.id(), key);
            boolean unchanged = key.equals(e.storedKey());
            // An unchanged entry is not sent again, unless it fell back to its centroid while the service is on.
            if (unchanged && !("COMMUNE".equals(e.storedSource()) && geocoder.enabled() && e.street() != null))
                continue;
            if (e.latitude() != null && e.longitude() != null) {
                positions.put(e.id(), new Position(PositionSource.MANUAL, e.latitude(), e.longitude(), null));
            } else if (geocoder.enabled() && e.street() != null) {
                toLocate.add(e);
            } else {
                positions.put(e.id(), atCentroid(centroids.get(e.communeCode())));
            }
        }
        Map<String, AddressGeocoder.Located> located = new HashMap<>();
        if (toLocate.size() == 1) {
            Site e = toLocate.get(0);
            geocoder.locate(query(e, searchCodes)).ifPresent(l -> located.put(e.id().toString(), l));
        } else if (!toLocate.isEmpty()) {
            located.putAll(geocoder.locateAll(
                    toLocate.stream().map(e -> query(e, searchCodes)).toList()));
        }
        for (Site e : toLocate) {
            AddressGeocoder.Located l = located.get(e.id().toString());
            positions.put(
                    e.id(),
                    l == null
                            ? atCentroid(centroids.get(e.communeCode()))
                            : new Position(PositionSource.ADDRESS, l.latitude(), l.longitude(), l.score()));
        }
        write(positions, keys);
        return positions;
    }

    private List<Site> sites(List<UUID> ids) {
        return jdbc.sql("""
                        SELECT id, CAST(addresses AS text) AS addresses, commune_code, latitude, longitude, position_key,
                               position_source
                        FROM equipment.equipment WHERE id = ANY(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, i) -> {
                    List<Address> addresses = repository.addresses(rs.getString("addresses"));
                    return new Site(
                            rs.getObject("id", UUID.class),
                            addresses.isEmpty() ? null : addresses.get(0),
                            rs.getString("commune_code"),
                            rs.getBigDecimal("latitude"),
                            rs.getBigDecimal("longitude"),
                            rs.getString("position_key"),
                            rs.getString("position_source"));
                })
                .list();
    }

    private static Position atCentroid(CommuneCentroid centroid) {
        return centroid == null
                ? Position.none()
                : new Position(PositionSource.COMMUNE, centroid.latitude(), centroid.longitude(), null);
    }

    private static AddressGeocoder.Query query(Site e, Map<String, String> searchCodes) {
        Address a = e.address();
        StringBuilder text = new StringBuilder(a.street());
        if (a.postalCode() != null) text.append(' ').append(a.postalCode());
        if (a.city() != null) text.append(' ').append(a.city());
        // The BAN files the addresses of Lomme and Hellemmes under Lille's code.
        return new AddressGeocoder.Query(
                e.id().toString(), text.toString(), searchCodes.getOrDefault(e.communeCode(), e.communeCode()));
    }

    private void write(Map<UUID, Position> positions, Map<UUID, String> keys) {
        if (positions.isEmpty()) return;
        List<UUID> ids = new ArrayList<>(positions.keySet());
        jdbc.sql("""
                        UPDATE equipment.equipment e SET position_source = p.source, position_latitude = p.lat,
                               position_longitude = p.lon, position_score = p.score, position_key = p.key, positioned_at = :now
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:sources AS text[]), CAST(:lats AS numeric[]),
                                    CAST(:lons AS numeric[]), CAST(:scores AS numeric[]), CAST(:keys AS text[]))
                             AS p(id, source, lat, lon, score, key)
                        WHERE e.id = p.id""")
                .param("ids", ids.toArray(UUID[]::new))
                .param(
                        "sources",
                        ids.stream()
                                .map(id -> positions.get(id).source().name())
                                .toArray(String[]::new))
                .param(
                        "lats",
                        ids.stream().map(id -> positions.get(id).latitude()).toArray(BigDecimal[]::new))
                .param(
                        "lons",
                        ids.stream().map(id -> positions.get(id).longitude()).toArray(BigDecimal[]::new))
                .param(
                        "scores",
                        ids.stream().map(id -> positions.get(id).score()).toArray(BigDecimal[]::new))
                .param("keys", ids.stream().map(keys::get).toArray(String[]::new))
                .param("now", OffsetDateTime.now(clock))
                .update();
    }
}
