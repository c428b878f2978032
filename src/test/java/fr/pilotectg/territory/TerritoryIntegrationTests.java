package fr.pilotectg.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.territory.domain.ReferenceDataImporter;
import fr.pilotectg.territory.domain.ReferenceSource;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class TerritoryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Territories territories;

    @Autowired
    fr.pilotectg.territory.domain.TerritoryQueries queries;

    @Autowired
    ReferenceDataImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsLommeWithoutAccentOrCaseAsACommuneAssocieeOfLille() {
        var results = territories.searchCommunes("LOMME", PageQuery.first(5));
        CommuneView lomme = results.content().get(0);
        assertThat(lomme.inseeCode()).isEqualTo("59355");
        assertThat(lomme.kind()).isEqualTo(CommuneKind.COMMUNE_ASSOCIEE);
        assertThat(lomme.parentInseeCode()).isEqualTo("59350");
        assertThat(lomme.parentName()).isEqualTo("Lille");
        assertThat(lomme.epciName()).isEqualTo("Métropole Européenne de Lille");
        assertThat(lomme.population()).isNull();
    }

    @Test
    void armentieresThroughTheApiHasItsEpciAndTwoQpvs() {
        Api.Response search = Api.as(port, "lens", "demo").get("/api/v1/communes?q=armentieres&size=5");
        assertThat(search.status()).isEqualTo(200);
        JsonNode first = search.json().get("content").get(0);
        assertThat(first.get("name").asString()).isEqualTo("Armentières");

        Api.Response detail = Api.as(port, "lens", "demo").get("/api/v1/communes/59017");
        JsonNode body = detail.json();
        assertThat(body.at("/commune/epciName").asString()).isEqualTo("Métropole Européenne de Lille");
        assertThat(body.at("/commune/siren").asString()).isEqualTo("215900176");
        assertThat(body.at("/commune/population").asInt()).isEqualTo(26998);
        assertThat(body.get("qpvs")).hasSize(2);
        assertThat(body.get("qpvs").findValuesAsString("name"))
                .containsExactly("Attargette - Chanzy", "Bizet - Briqueterie");
    }

    @Test
    void searchByInseeCodePutsTheExactCodeFirst() {
        assertThat(territories
                        .searchCommunes("59350", PageQuery.first(3))
                        .content()
                        .get(0)
                        .name())
                .isEqualTo("Lille");
        assertThat(territories.attachedCommunes("59350"))
                .extracting(CommuneView::name)
                .containsExactly("Hellemmes-Lille", "Lomme");
    }

    @Test
    void unknownInseeCodeIsA404ProblemWithAStableCode() {
        Api.Response response = Api.as(port, "lecteur", "demo").get("/api/v1/communes/99999");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("COMMUNE_NOT_FOUND");
        assertThat(response.json().get("detail").asString()).contains("99999");
    }

    @Test
    void paginationIsValidated() {
        Api.Response response = Api.as(port, "lecteur", "demo").get("/api/v1/communes?q=lille&size=500");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fields").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void importIsIdempotentPerMillesime() {
        long communes = jdbc.sql("SELECT count(*) FROM territory.commune")
                .query(Long.class)
                .single();
        assertThat(communes).isEqualTo(37590);
        assertThat(importer.importIfNew(source("COG", "COG2026", false))).isFalse();
        assertThat(queries.datasets()).extracting(ReferenceDataset::millesime).contains("COG2026", "QPV2024");
    }

    @Test
    void aFailedImportLeavesThePreviousDataIntact() {
        assertThatThrownBy(() -> importer.importIfNew(source("COG", "COG2099", true)))
                .isInstanceOf(ReferenceDataImporter.ReferenceImportFailed.class);
        assertThat(jdbc.sql("SELECT count(*) FROM territory.commune")
                        .query(Long.class)
                        .single())
                .isEqualTo(37590);
        assertThat(jdbc.sql("SELECT millesime FROM territory.reference_import WHERE dataset = 'COG'")
                        .query(String.class)
                        .single())
                .isEqualTo("COG2026");
    }

    /** A source that wipes the communes, then fails half-way: the transaction must bring them back. */
    private static ReferenceSource source(String dataset, String millesime, boolean fail) {
        return new ReferenceSource() {
            public String dataset() {
                return dataset;
            }

            public String millesime() {
                return millesime;
            }

            public String description() {
                return "test";
            }

            public int replace(JdbcClient jdbc) throws IOException {
                jdbc.sql("DELETE FROM territory.commune").update();
                if (fail) throw new IOException("broken file");
                return 0;
            }
        };
    }
}
