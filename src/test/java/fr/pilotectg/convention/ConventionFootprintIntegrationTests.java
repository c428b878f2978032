package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One footprint per convention, read by every module: a convention whose territory is an EPCI reaches the agents of
 * its member communes on every page and API and in their portfolio, and nobody else; a convention that names nobody
 * yet stays with the organisation that drafted it.
 */
@IntegrationTest
class ConventionFootprintIntegrationTests {

    /** Métropole Européenne de Lille: Lille (59350) and Armentières (59017) are members, Lens (62498) is not. */
    private static final String MEL = "200093201";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api as(String login) {
        return Api.as(port, login, "demo");
    }

    private UUID org(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private String draft(String login, String territory, String signatories) {
        Api.Response created = as(login)
                .post("/api/v1/conventions", """
                {"title":"%s","start":"2025-01-01","end":"2028-12-31",%s"signatories":[%s],"domains":["PETITE_ENFANCE"],"missions":[]}
                """.formatted("Empreinte " + UUID.randomUUID(), territory, signatories));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static List<String> readPaths(String id) {
        return List.of(
                "/api/v1/conventions/" + id,
                "/api/v1/conventions/" + id + "/plan",
                "/api/v1/conventions/" + id + "/governance",
                "/api/v1/conventions/" + id + "/diagnostic",
                "/api/v1/conventions/" + id + "/schema",
                "/api/v1/conventions/" + id + "/indicators");
    }

    private static List<String> pages(String id) {
        return List.of(
                "/conventions/" + id,
                "/conventions/" + id + "/plan",
                "/conventions/" + id + "/gouvernance",
                "/conventions/" + id + "/diagnostic",
                "/conventions/" + id + "/schema",
                "/conventions/" + id + "/evaluation");
    }

    /** Whether the user's portfolio lists the convention, searched by its title (the shared list is long). */
    private boolean inPortfolio(String login, String id) {
        String title = as("admin")
                .get("/api/v1/conventions/" + id)
                .json()
                .get("terms")
                .get("title")
                .asString();
        String word = title.substring(title.lastIndexOf('-') + 1);
        JsonNode page = as(login).get("/api/v1/conventions?size=200&q=" + word).json();
        return page.get("content").findValuesAsString("id").contains(id);
    }

    @Test
    void aDraftWhoseTerritoryIsOnlyAnEpciReachesItsMemberCommunesAndTheCafButNobodyElse() {
        String id = draft("caf-nord", "\"epcis\":[\"" + MEL + "\"],", "");

        for (String path : readPaths(id)) {
            assertThat(as("caf-nord").get(path).status()).as("caf-nord " + path).isEqualTo(200);
            assertThat(as("lille").get(path).status())
                    .as("lille (member of the MEL) " + path)
                    .isEqualTo(200);
            assertThat(as("lens").get(path).status()).as("lens " + path).isEqualTo(404);
            assertThat(as("armentieres").get(path).status())
                    .as("armentieres (member of the MEL) " + path)
                    .isEqualTo(200);
            assertThat(as("caf-pas-de-calais").get(path).status())
                    .as("caf-pas-de-calais " + path)
                    .isEqualTo(404);
        }
        assertThat(inPortfolio("lille", id)).isTrue();
        assertThat(inPortfolio("caf-nord", id)).isTrue();
        assertThat(inPortfolio("lens", id)).isFalse();

        PageSession lille = PageSession.signIn(port, "lille", "demo");
        PageSession lens = PageSession.signIn(port, "lens", "demo");
        for (String page : pages(id)) {
            assertThat(lille.get(page).status()).as("lille page " + page).isEqualTo(200);
            assertThat(lens.get(page).status()).as("lens page " + page).isEqualTo(404);
        }
    }

    @Test
    void aWriteOutOfReachIsNotFoundRatherThanForbidden() {
        String id = draft("caf-nord", "\"epcis\":[\"" + MEL + "\"],", "");
        String axis = "{\"title\":\"Axe de test\",\"domains\":[],\"enjeux\":[]}";

        Api.Response lens = as("lens").post("/api/v1/conventions/" + id + "/plan/axes", axis);
        assertThat(lens.status()).as(lens.body()).isEqualTo(404);
        Api.Response reader = as("lecteur").post("/api/v1/conventions/" + id + "/plan/axes", axis);
        assertThat(reader.status())
                .as("the reader of Lille sees it but changes nothing: " + reader.body())
                .isEqualTo(403);
        Api.Response caf = as("caf-nord").post("/api/v1/conventions/" + id + "/plan/axes", axis);
        assertThat(caf.status()).as(caf.body()).isEqualTo(201);
    }

    @Test
    void aDraftThatNamesNobodyStaysWithTheOrganisationThatDraftedIt() {
        String id = draft("caf-nord", "", "");

        for (String path : readPaths(id)) {
            assertThat(as("caf-nord").get(path).status()).as("caf-nord " + path).isEqualTo(200);
            assertThat(as("admin").get(path).status()).as("admin " + path).isEqualTo(200);
            for (String other : List.of("caf-pas-de-calais", "lille", "lens", "lecteur", "departement-nord")) {
                assertThat(as(other).get(path).status()).as(other + " " + path).isEqualTo(404);
            }
        }
        assertThat(inPortfolio("caf-pas-de-calais", id)).isFalse();
        assertThat(inPortfolio("lens", id)).isFalse();
    }

    @Test
    void readersAndPartnersDraftNoConventionThatNamesNobody() {
        for (String login : List.of("lecteur", "departement-nord")) {
            Api.Response refused = as(login).post("/api/v1/conventions", """
                    {"title":"Sans partie","start":"2025-01-01","end":"2028-12-31","signatories":[],"domains":[],"missions":[]}""");
            assertThat(refused.status()).as(login + " " + refused.body()).isEqualTo(403);
        }
    }

    @Test
    void theStoredFootprintNamesTheSignatoriesAndTheMemberCommunes() {
        UUID lille = org("Ville de Lille");
        String id = draft("caf-nord", "\"epcis\":[\"" + MEL + "\"],", """
                {"organisationId":"%s","representatives":[{"name":"Martine AUBRY","role":"MAYOR"}]}""".formatted(lille));
        UUID conventionId = UUID.fromString(id);
        List<UUID> organisations =
                List.of((UUID[]) jdbc.sql("SELECT organisations FROM convention.convention WHERE id = :id")
                        .param("id", conventionId)
                        .query((rs, n) -> rs.getArray(1).getArray())
                        .single());
        List<String> communes =
                List.of((String[]) jdbc.sql("SELECT footprint_communes FROM convention.convention WHERE id = :id")
                        .param("id", conventionId)
                        .query((rs, n) -> rs.getArray(1).getArray())
                        .single());
        List<String> departements =
                List.of((String[]) jdbc.sql("SELECT departements FROM convention.convention WHERE id = :id")
                        .param("id", conventionId)
                        .query((rs, n) -> rs.getArray(1).getArray())
                        .single());
        assertThat(organisations).contains(lille, org("Caisse d'allocations familiales du Nord"));
        assertThat(communes).contains("59350", "59017", "59009").doesNotContain("62498");
        assertThat(departements).containsExactly("59");
    }

    @Test
    void thePartyOfAConventionIsOfferedOnlyTheDeliberationsItMayRead() {
        String signatories = """
                {"organisationId":"%s","representatives":[{"name":"Véronique DELCOURT","role":"BOARD_CHAIR"}]},
                {"organisationId":"%s","representatives":[{"name":"Bernard HAESEBROECK","role":"MAYOR"}]},
                {"organisationId":"%s","needsCouncilDeliberation":false,"representatives":[{"name":"Christian POIRET","role":"PRESIDENT"}]}""".formatted(
                org("Caisse d'allocations familiales du Nord"), org("Ville d'Armentières"), org("Département du Nord"));
        String id = draft("caf-nord", "\"communes\":[\"59017\"],", signatories);

        Api.Response caf = as("caf-nord").get("/api/v1/conventions/" + id + "/linkable-deliberations");
        assertThat(caf.status()).isEqualTo(200);
        assertThat(caf.json().findValuesAsString("number")).contains("DE23.027");
        Api.Response partner = as("departement-nord").get("/api/v1/conventions/" + id + "/linkable-deliberations");
        assertThat(partner.status()).isEqualTo(200);
        assertThat(partner.json().findValuesAsString("number"))
                .as("the Armentières deliberation is not found on its own page for the Département")
                .doesNotContain("DE23.027");
        assertThat(as("departement-nord")
                        .get("/api/v1/deliberations?size=200")
                        .json()
                        .get("content")
                        .findValuesAsString("number"))
                .doesNotContain("DE23.027");
    }
}
