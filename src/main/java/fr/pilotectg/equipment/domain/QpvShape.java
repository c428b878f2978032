package fr.pilotectg.equipment.domain;

import java.util.List;

/**
 * One QPV outline as plain arrays, for point-in-polygon tests in Java (no PostGIS in the embedded PostgreSQL; see ADR
 * 0006). A polygon is an outer ring and its holes; a ring is alternating longitude, latitude pairs.
 */
public record QpvShape(
        String code,
        String name,
        List<String> communes,
        List<double[][]> polygons,
        double lonMin,
        double latMin,
        double lonMax,
        double latMax) {

    public static QpvShape of(String code, String name, List<String> communes, List<double[][]> polygons) {
        double lonMin = Double.MAX_VALUE,
                latMin = Double.MAX_VALUE,
                lonMax = -Double.MAX_VALUE,
                latMax = -Double.MAX_VALUE;
        for (double[][] polygon : polygons) {
            double[] outer = polygon[0];
            for (int i = 0; i + 1 < outer.length; i += 2) {
                lonMin = Math.min(lonMin, outer[i]);
                lonMax = Math.max(lonMax, outer[i]);
                latMin = Math.min(latMin, outer[i + 1]);
                latMax = Math.max(latMax, outer[i + 1]);
            }
        }
        return new QpvShape(code, name, List.copyOf(communes), List.copyOf(polygons), lonMin, latMin, lonMax, latMax);
    }

    /** Whether the point lies inside the outline (inside an outer ring and outside its holes; even-odd rule). */
    public boolean contains(double lon, double lat) {
        if (lon < lonMin || lon > lonMax || lat < latMin || lat > latMax) return false;
        for (double[][] polygon : polygons) {
            if (!inRing(polygon[0], lon, lat)) continue;
            boolean inHole = false;
            for (int h = 1; h < polygon.length && !inHole; h++) inHole = inRing(polygon[h], lon, lat);
            if (!inHole) return true;
        }
        return false;
    }

    /** Ray casting towards +longitude. */
    static boolean inRing(double[] ring, double lon, double lat) {
        boolean inside = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i], yi = ring[2 * i + 1];
            double xj = ring[2 * j], yj = ring[2 * j + 1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    }
}
