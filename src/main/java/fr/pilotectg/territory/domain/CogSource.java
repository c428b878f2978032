package fr.pilotectg.territory.domain;

import fr.pilotectg.shared.SearchText;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Code officiel géographique 2026: régions, départements, EPCI and communes, from decoupage-administratif 6.0.0.
 * Communes go in through PostgreSQL COPY (37 590 rows in a fraction of a second).
 */
@Component
class CogSource implements ReferenceSource {

    static final String MILLESIME = "COG2026";
    static final String POPULATION_MILLESIME = "Populations légales (COG 2026)";

    private final DataSource dataSource;

    CogSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String dataset() {
        return "COG";
    }

    @Override
    public String millesime() {
        return MILLESIME;
    }

    @Override
    public String description() {
        return "@etalab/decoupage-administratif 6.0.0 (INSEE COG 2026, DGCL EPCI 2026, INSEE populations légales) — Licence Ouverte";
    }

    @Override
    public int replace(JdbcClient jdbc) throws IOException {
        jdbc.sql("DELETE FROM territory.commune").update();
        jdbc.sql("DELETE FROM territory.epci").update();
        jdbc.sql("DELETE FROM territory.departement").update();
        jdbc.sql("DELETE FROM territory.region").update();
        int rows = 0;
        try (var csv = Csv.open("reference-data/regions.csv")) {
            for (CSVRecord r : csv) {
                jdbc.sql("INSERT INTO territory.region (code, name) VALUES (:code, :name)")
                        .param("code", r.get("code"))
                        .param("name", r.get("nom"))
                        .update();
                rows++;
            }
        }
        try (var csv = Csv.open("reference-data/departements.csv")) {
            for (CSVRecord r : csv) {
                jdbc.sql("INSERT INTO territory.departement (code, name, region_code) VALUES (:code, :name, :region)")
                        .param("code", r.get("code"))
                        .param("name", r.get("nom"))
                        .param("region", r.get("region"))
                        .update();
                rows++;
            }
        }
        try (var csv = Csv.open("reference-data/epci.csv")) {
            for (CSVRecord r : csv) {
                jdbc.sql("""
                                INSERT INTO territory.epci (siren, name, search_name, kind, financing_mode, population_totale,
                                                            population_municipale, commune_count)
                                VALUES (:siren, :name, :search, :kind, :financing, :popTotale, :popMunicipale, :count)""")
                        .param("siren", r.get("epci_siren"))
                        .param("name", r.get("nom"))
                        .param("search", SearchText.fold(r.get("nom")))
                        .param("kind", r.get("type"))
                        .param("financing", Csv.blankToNull(r.get("mode_financement")))
                        .param("popTotale", Csv.integer(r.get("population_totale")))
                        .param("popMunicipale", Csv.integer(r.get("population_municipale")))
                        .param("count", Csv.integer(r.get("nb_communes")))
                        .update();
                rows++;
            }
        }
        return rows + copyCommunes();
    }

    private int copyCommunes() throws IOException {
        StringWriter buffer = new StringWriter(1 << 22);
        int count = 0;
        try (var csv = Csv.open("reference-data/communes.csv.gz");
                var out = new CSVPrinter(buffer, CSVFormat.POSTGRESQL_CSV)) {
            for (CSVRecord r : csv) {
                String kind = kind(r.get("type"));
                String population = r.get("population_municipale");
                boolean counted = population != null && !population.isBlank();
                out.printRecord(
                        r.get("code_insee"),
                        kind,
                        r.get("nom"),
                        SearchText.fold(r.get("nom")),
                        Csv.blankToNull(r.get("chef_lieu")),
                        r.get("departement"),
                        r.get("region"),
                        Csv.blankToNull(r.get("siren_commune")),
                        Csv.blankToNull(r.get("epci_siren")),
                        counted ? population : null,
                        counted ? POPULATION_MILLESIME : null,
                        r.get("codes_postaux").replace('|', ' '));
                count++;
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY territory.commune (code, kind, name, search_name, parent_code, departement_code, region_code, siren,
                                            epci_siren, population, population_millesime, postal_codes)
                    FROM STDIN WITH (FORMAT csv)""", new StringReader(buffer.toString()));
        } catch (SQLException e) {
            throw new IOException("COPY of communes failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return count;
    }

    private static String kind(String type) {
        return switch (type) {
            case "commune-actuelle" -> "COMMUNE";
            case "commune-associee" -> "COMMUNE_ASSOCIEE";
            case "commune-deleguee" -> "COMMUNE_DELEGUEE";
            case "arrondissement-municipal" -> "ARRONDISSEMENT_MUNICIPAL";
            default -> throw new IllegalArgumentException("unknown commune type " + type);
        };
    }
}
