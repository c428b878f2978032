package fr.pilotectg.equipment.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The QPV outlines loaded in memory, and which one (if any) contains a point. */
public final class QpvMap {

    private final List<QpvShape> shapes;
    private final Set<String> departements;

    public QpvMap(Collection<QpvShape> shapes) {
        this.shapes = List.copyOf(shapes);
        Set<String> deps = new HashSet<>();
        for (QpvShape shape : shapes) {
            for (String commune : shape.communes())
                deps.add(commune.startsWith("97") ? commune.substring(0, 3) : commune.substring(0, 2));
        }
        this.departements = Set.copyOf(deps);
    }

    /** The QPV that contains the point, if any. */
    public Optional<QpvShape> at(double lon, double lat) {
        for (QpvShape shape : shapes) {
            if (shape.contains(lon, lat)) return Optional.of(shape);
        }
        return Optional.empty();
    }

    /** Whether outlines are loaded for this département, i.e. whether "outside every QPV" can be concluded there. */
    public boolean covers(String departementCode) {
        return departements.contains(departementCode);
    }

    public List<QpvShape> shapes() {
        return shapes;
    }

    /** Reads a GeoJSON Polygon or MultiPolygon geometry into rings of (lon, lat) pairs. */
    public static List<double[][]> polygons(ObjectMapper json, String geometry) {
        JsonNode node = json.readTree(geometry);
        String type = node.path("type").asString();
        JsonNode coordinates = node.path("coordinates");
        List<double[][]> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygons.add(polygon(coordinates));
        } else if ("MultiPolygon".equals(type)) {
            for (JsonNode p : coordinates) polygons.add(polygon(p));
        }
        return polygons;
    }

    private static double[][] polygon(JsonNode rings) {
        double[][] result = new double[rings.size()][];
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            double[] points = new double[ring.size() * 2];
            for (int i = 0; i < ring.size(); i++) {
                points[2 * i] = ring.get(i).get(0).asDouble();
                points[2 * i + 1] = ring.get(i).get(1).asDouble();
            }
            result[r] = points;
        }
        return result;
    }
}
