package fr.pilotectg.equipment.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** WGS84 coordinates of an equipment, kept to 6 decimals (about 10 cm). */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

    public GeoPoint {
        List<FieldProblem> problems = new ArrayList<>();
        if (latitude == null || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            problems.add(FieldProblem.of("latitude", "LATITUDE_OUT_OF_RANGE", String.valueOf(latitude)));
        }
        if (longitude == null || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            problems.add(FieldProblem.of("longitude", "LONGITUDE_OUT_OF_RANGE", String.valueOf(longitude)));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        latitude = latitude.setScale(6, RoundingMode.HALF_UP);
        longitude = longitude.setScale(6, RoundingMode.HALF_UP);
    }

    /** Both or neither: one coordinate alone is refused. */
    public static GeoPoint ofNullable(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null && longitude == null) return null;
        if (latitude == null) throw DomainException.invalidFields(List.of(FieldProblem.of("latitude", "REQUIRED")));
        if (longitude == null) throw DomainException.invalidFields(List.of(FieldProblem.of("longitude", "REQUIRED")));
        return new GeoPoint(latitude, longitude);
    }
}
