package fr.pilotectg.equipment.domain;

import fr.pilotectg.territory.QpvOutline;
import fr.pilotectg.territory.Qpvs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds the QPV of a point from the reference outlines, loaded once from the territory module (158 outlines for
 * départements 59 and 62, a few milliseconds to parse) and kept in memory.
 */
@Component
public class QpvLocator {

    /** The outcome for one point: whether polygons cover its département, and the QPV found. */
    public record Location(boolean checked, String qpvCode) {}

    private final Qpvs qpvs;
    private final ObjectMapper json;
    private volatile QpvMap map;
    private volatile Map<String, String> names;

    QpvLocator(Qpvs qpvs, ObjectMapper json) {
        this.qpvs = qpvs;
        this.json = json;
    }

    public Location locate(GeoPoint point, String departementCode) {
        QpvMap qpvs = map();
        if (!qpvs.covers(departementCode)) return new Location(false, null);
        return new Location(
                true,
                qpvs.at(point.longitude().doubleValue(), point.latitude().doubleValue())
                        .map(QpvShape::code)
                        .orElse(null));
    }

    public QpvMap map() {
        QpvMap loaded = map;
        if (loaded == null) {
            synchronized (this) {
                if (map == null) {
                    List<QpvOutline> outlines = qpvs.outlines();
                    map = new QpvMap(outlines.stream()
                            .map(o -> QpvShape.of(
                                    o.code(), o.name(), o.communes(), QpvMap.polygons(json, o.geometryGeoJson())))
                            .toList());
                }
                loaded = map;
            }
        }
        return loaded;
    }

    /** The name of a QPV (any département), or empty when the code is unknown. */
    public Optional<String> nameOf(String code) {
        if (code == null) return Optional.empty();
        Map<String, String> known = names;
        if (known == null) {
            known = new HashMap<>();
            for (QpvShape shape : map().shapes()) known.put(shape.code(), shape.name());
            names = known;
        }
        String name = known.get(code);
        if (name != null) return Optional.of(name);
        return qpvs.find(code).map(q -> q.name());
    }

    /** The outlines as GeoJSON features, for the map. */
    public List<QpvOutline> outlines() {
        return qpvs.outlines();
    }
}
