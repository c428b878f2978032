package fr.pilotectg.territory.domain;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The 2024 QPV list (décret n° 2023-1314), with polygons for départements 59 and 62 (for locating equipment).
 */
@Component
class QpvSource implements ReferenceSource {

    private final ObjectMapper json;

    QpvSource(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String dataset() {
        return "QPV";
    }

    @Override
    public String millesime() {
        return "QPV2024";
    }

    @Override
    public String description() {
        return "ANCT, quartiers prioritaires 2024 (décret n° 2023-1314), via bpineau/gazetteer 2cb0ab31 — Licence Ouverte 2.0";
    }

    @Override
    public int replace(JdbcClient jdbc) throws IOException {
        jdbc.sql("DELETE FROM territory.qpv").update();
        int rows = 0;
        try (var csv = Csv.open("reference-data/qpv2024.csv")) {
            for (CSVRecord r : csv) {
                jdbc.sql("""
                                INSERT INTO territory.qpv (code, name, communes, departements, lon_min, lat_min, lon_max, lat_max)
                                VALUES (:code, :name, :communes, :departements, :lonMin, :latMin, :lonMax, :latMax)""")
                        .param("code", r.get("code_qp"))
                        .param("name", r.get("lib_qp"))
                        .param("communes", split(r.get("insee_com"), ";"))
                        .param("departements", split(r.get("departements"), ";"))
                        .param("lonMin", new BigDecimal(r.get("lon_min")))
                        .param("latMin", new BigDecimal(r.get("lat_min")))
                        .param("lonMax", new BigDecimal(r.get("lon_max")))
                        .param("latMax", new BigDecimal(r.get("lat_max")))
                        .update();
                rows++;
            }
        }
        try (var reader = Csv.reader("reference-data/qpv2024_59_62.geojson.gz")) {
            JsonNode features = json.readTree(reader).get("features");
            for (JsonNode feature : features) {
                jdbc.sql("UPDATE territory.qpv SET geometry = CAST(:geometry AS jsonb) WHERE code = :code")
                        .param("geometry", json.writeValueAsString(feature.get("geometry")))
                        .param("code", feature.get("properties").get("code_qp").asString())
                        .update();
            }
        }
        return rows;
    }

    private static String[] split(String value, String separator) {
        return value == null || value.isBlank()
                ? new String[0]
                : Arrays.stream(value.split(separator))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toArray(String[]::new);
    }
}
