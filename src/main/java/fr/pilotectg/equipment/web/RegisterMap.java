package fr.pilotectg.equipment.web;

import fr.pilotectg.equipment.domain.CommuneNames;
import fr.pilotectg.equipment.domain.EntryPositions.PositionSource;
import fr.pilotectg.equipment.domain.EquipmentFilter;
import fr.pilotectg.equipment.domain.EquipmentQueries.MapData;
import fr.pilotectg.equipment.domain.EquipmentQueries.MapPoint;
import fr.pilotectg.equipment.domain.EquipmentQueries.TypeCount;
import fr.pilotectg.equipment.domain.RegisterReads;
import fr.pilotectg.territory.CommuneCentroid;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The register map's data (ADR 0035): the placed entries of the list's filter (at most
 * {@link #LIMIT}, with the count of those left out), those at their commune's centroid spread on a small spiral so that a
 * hundred of them stay visible, a legend per type with counts, the QPV outlines near them, the communes of the territory
 * and, as the offline background, the named points of the communes around.
 */
@Component
class RegisterMap {

    static final int LIMIT = 2000;
    /** Radius step of the spiral, in degrees of latitude (about 100 m). */
    private static final double STEP = 0.0009;

    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final int BACKGROUND_LIMIT = 120;

    private final RegisterReads reads;
    private final CommuneNames communeNames;
    private final Territories territories;
    private final MessageSource messages;

    RegisterMap(RegisterReads reads, CommuneNames communeNames, Territories territories, MessageSource messages) {
        this.reads = reads;
        this.communeNames = communeNames;
        this.territories = territories;
        this.messages = messages;
    }

    Map<String, Object> data(EquipmentFilter filter) {
        MapData map = reads.map(filter, LIMIT);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("total", map.total());
        data.put("placed", map.placed());
        data.put("approximate", map.approximate());
        data.put("notShown", map.notShown());
        data.put("summary", text("equipment.map.summary", map.placed(), map.approximate()));
        data.put("notShownText", map.notShown() > 0 ? text("equipment.map.notShown", map.notShown(), LIMIT) : null);
        long unplaced = map.total() - map.placed();
        data.put("unplacedText", unplaced > 0 && map.placed() > 0 ? text("equipment.map.unplaced", unplaced) : null);
        data.put(
                "hiddenText",
                map.placed() > 0
                        ? null
                        : map.total() == 0
                                ? text("equipment.register.map.hidden")
                                : text("equipment.map.hidden", map.total()));
        List<Map<String, Object>> legend = new ArrayList<>();
        for (TypeCount t : map.byType()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", t.type().name());
            item.put("symbol", t.type().ordinal());
            item.put("label", label(t.type().name()));
            item.put("count", t.placed());
            item.put("approximate", t.approximate());
            item.put(
                    "text",
                    text("equipment.map.legend.item", t.placed(), label(t.type().name()), t.approximate()));
            legend.add(item);
        }
        data.put("legend", legend);
        data.put("points", points(map.points()));
        Set<String> codes = new HashSet<>(filter.communes());
        map.points().forEach(p -> codes.add(p.communeCode()));
        data.put("communes", communes(codes));
        data.put("background", background(codes));
        data.put("qpvs", outlines(codes));
        return data;
    }

    private List<Map<String, Object>> points(List<MapPoint> points) {
        // Entries at one centroid, numbered in their order (commune, name): the n-th goes on a golden-angle spiral.
        Map<String, Integer> atCentroid = new HashMap<>();
        List<Map<String, Object>> markers = new ArrayList<>(points.size());
        for (MapPoint p : points) {
            double lat = p.latitude().doubleValue();
            double lon = p.longitude().doubleValue();
            boolean approximate = p.source().approximate();
            if (approximate) {
                int n = atCentroid.merge(p.latitude() + "," + p.longitude(), 1, Integer::sum) - 1;
                double radius = STEP * Math.sqrt(n);
                double angle = n * GOLDEN_ANGLE;
                lat += radius * Math.cos(angle);
                lon += radius * Math.sin(angle) / Math.cos(Math.toRadians(lat));
            }
            Map<String, Object> marker = new LinkedHashMap<>();
            marker.put("id", p.id());
            marker.put("name", p.name());
            marker.put("type", p.type().name());
            marker.put("symbol", p.type().ordinal());
            marker.put("lat", round(lat));
            marker.put("lon", round(lon));
            marker.put("source", p.source().name());
            marker.put("approximate", approximate);
            if (p.source() == PositionSource.ADDRESS && p.score() != null) marker.put("score", p.score());
            marker.put("qpv", p.qpvCode());
            marker.put("commune", communeNames.nameOf(p.communeCode()));
            markers.add(marker);
        }
        return markers;
    }

    /** The communes of the territory at their centroid; communes sharing one (Lille, Lomme, Hellemmes) in one point. */
    private List<Map<String, Object>> communes(Set<String> codes) {
        communeNames.preload(codes);
        Map<String, Map<String, Object>> byPlace = new LinkedHashMap<>();
        territories.centroids(codes).values().stream()
                .sorted(java.util.Comparator.comparing(CommuneCentroid::ofParent)
                        .thenComparing(CommuneCentroid::inseeCode))
                .forEach(c -> {
                    Map<String, Object> place = byPlace.computeIfAbsent(c.latitude() + "," + c.longitude(), k -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("lat", c.latitude());
                        m.put("lon", c.longitude());
                        m.put("names", new ArrayList<String>());
                        m.put("codes", new ArrayList<String>());
                        return m;
                    });
                    @SuppressWarnings("unchecked")
                    List<String> names = (List<String>) place.get("names");
                    names.add(communeNames
                            .find(c.inseeCode())
                            .map(CommuneView::name)
                            .orElse(c.name()));
                    @SuppressWarnings("unchecked")
                    List<String> placeCodes = (List<String>) place.get("codes");
                    placeCodes.add(c.inseeCode());
                });
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> place : byPlace.values()) {
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) place.get("names");
            place.put("name", String.join(", ", names));
            place.remove("names");
            result.add(place);
        }
        return result;
    }

    /** The named communes around the territory (its box widened by about 8 km): the map's offline background. */
    private List<Map<String, Object>> background(Set<String> codes) {
        var centroids = territories.centroids(codes).values();
        if (centroids.isEmpty()) return List.of();
        double latMin = 90, latMax = -90, lonMin = 180, lonMax = -180;
        for (CommuneCentroid c : centroids) {
            latMin = Math.min(latMin, c.latitude().doubleValue());
            latMax = Math.max(latMax, c.latitude().doubleValue());
            lonMin = Math.min(lonMin, c.longitude().doubleValue());
            lonMax = Math.max(lonMax, c.longitude().doubleValue());
        }
        List<Map<String, Object>> places = new ArrayList<>();
        for (CommuneCentroid c : territories.centroidsWithin(
                BigDecimal.valueOf(latMin - 0.07),
                BigDecimal.valueOf(latMax + 0.07),
                BigDecimal.valueOf(lonMin - 0.11),
                BigDecimal.valueOf(lonMax + 0.11),
                BACKGROUND_LIMIT)) {
            if (codes.contains(c.inseeCode())) continue;
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("name", c.name());
            place.put("lat", c.latitude());
            place.put("lon", c.longitude());
            places.add(place);
        }
        return places;
    }

    private List<Map<String, Object>> outlines(Set<String> codes) {
        Set<String> withParents = new HashSet<>(codes);
        for (String code : codes)
            communeNames.find(code).map(CommuneView::parentInseeCode).ifPresent(withParents::add);
        List<Map<String, Object>> outlines = new ArrayList<>();
        for (var outline : reads.qpvOutlines()) {
            if (outline.communes().stream().noneMatch(withParents::contains)) continue;
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("code", outline.code());
            feature.put("name", outline.name());
            feature.put("geometry", outline.geometryGeoJson());
            outlines.add(feature);
        }
        return outlines;
    }

    private String label(String type) {
        return messages.getMessage("equipment.type." + type, null, type, Locale.FRANCE);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.FRANCE);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
