package fr.pilotectg.territory.domain;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The centroids of the communes (35 014 rows, a geo.api.gouv.fr snapshot through bpineau/gazetteer): where an entry of
 * the register stands on the map when its address could not be located. Written in batches of arrays (one statement per
 * 5 000 rows).
 */
@Component
class CentroidSource implements ReferenceSource {

    private static final int BATCH = 5000;

    @Override
    public String dataset() {
        return "CENTROIDES";
    }

    @Override
    public String millesime() {
        return "GEOAPI-gazetteer-7fc683e4";
    }

    @Override
    public String description() {
        return "Centroïdes des communes, geo.api.gouv.fr (Etalab) via bpineau/gazetteer helpers/communes/data/france.csv"
                + " (commit 7fc683e4) — Licence Ouverte";
    }

    @Override
    public int replace(JdbcClient jdbc) throws IOException {
        jdbc.sql("DELETE FROM territory.commune_centroid").update();
        int rows = 0;
        List<String> codes = new ArrayList<>(BATCH);
        List<BigDecimal> latitudes = new ArrayList<>(BATCH);
        List<BigDecimal> longitudes = new ArrayList<>(BATCH);
        try (var csv = Csv.open("reference-data/communes_centroides.csv.gz")) {
            for (CSVRecord r : csv) {
                codes.add(r.get("insee"));
                latitudes.add(new BigDecimal(r.get("lat")));
                longitudes.add(new BigDecimal(r.get("lon")));
                rows++;
                if (codes.size() == BATCH) write(jdbc, codes, latitudes, longitudes);
            }
        }
        write(jdbc, codes, latitudes, longitudes);
        return rows;
    }

    private static void write(JdbcClient jdbc, List<String> codes, List<BigDecimal> lats, List<BigDecimal> lons) {
        if (codes.isEmpty()) return;
        jdbc.sql("""
                        INSERT INTO territory.commune_centroid (code, latitude, longitude)
                        SELECT * FROM unnest(CAST(:codes AS text[]), CAST(:lats AS numeric[]), CAST(:lons AS numeric[]))
                        ON CONFLICT (code) DO NOTHING""")
                .param("codes", codes.toArray(String[]::new))
                .param("lats", lats.toArray(BigDecimal[]::new))
                .param("lons", lons.toArray(BigDecimal[]::new))
                .update();
        codes.clear();
        lats.clear();
        lons.clear();
    }
}
