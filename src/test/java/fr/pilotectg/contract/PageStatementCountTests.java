package fr.pilotectg.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.StatementCounter;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15: a list page runs the same number of SQL statements whatever the number of rows it shows and of rows in
 * reach. A collectivité agent of its own sees first 3 conventions in force (each with alerts, a governance body that is
 * behind and linked deliberations) and 3 register entries, then 30 of each; the portfolio, the home page, the
 * conventions API, the register, the journal and the deliberations must run exactly as many statements both times.
 * Counted by {@link StatementCounter} (every statement prepared on the request's thread, sign-in and session included).
 */
@IntegrationTest
class PageStatementCountTests {

    private static final List<String> PAGES = List.of(
            "/",
            "/conventions",
            "/conventions?alerts=true",
            "/equipements",
            "/audit",
            "/deliberations",
            "/organisations");

    private static final List<String> API =
            List.of("/api/v1/conventions", "/api/v1/conventions?size=50", "/api/v1/audit", "/api/v1/equipments");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listPagesRunAsManyStatementsWithThirtyRowsAsWithThree() throws Exception {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String commune = freeCommune();
        String login = "stmt-" + UUID.randomUUID().toString().substring(0, 8);
        UUID organisation = agentOf(commune, login);
        // Issue 16: the home page differs by role; a reader of the same commune sees the synthesis of its conventions.
        String reader = "stmtr-" + UUID.randomUUID().toString().substring(0, 8);
        readerOf(organisation, reader);

        build(fixtures, commune, 3);
        Map<String, Integer> small = counts(login, commune);
        small.put("/ (lecteur)", homeCount(reader));
        build(fixtures, commune, 27);
        Map<String, Integer> large = counts(login, commune);
        large.put("/ (lecteur)", homeCount(reader));

        assertThat(large)
                .as("statements per request, 30 rows in reach vs 3: %s vs %s", large, small)
                .isEqualTo(small);
        assertThat(small.get("/conventions")).as("the portfolio's statements").isLessThan(40);
    }

    /** A commune of the Nord on which nothing stands yet (no convention, no register entry). */
    private String freeCommune() {
        return jdbc.sql("""
                        SELECT c.code FROM territory.commune c
                        WHERE c.code LIKE '59%' AND c.kind = 'COMMUNE'
                          AND NOT EXISTS (SELECT 1 FROM convention.convention v WHERE c.code = ANY(v.footprint_communes))
                          AND NOT EXISTS (SELECT 1 FROM equipment.equipment e WHERE e.commune_code = c.code)
                          AND NOT EXISTS (SELECT 1 FROM directory.organisation_commune o WHERE o.commune_code = c.code)
                        ORDER BY c.code DESC LIMIT 1""").query(String.class).single();
    }

    /** A commune of its own (the organisation attached to {@code commune}) with an agent whose password is "demo". */
    private UUID agentOf(String commune, String login) {
        UUID organisation = UUID.randomUUID();
        String name = Fixtures.unique("Commune du comptage");
        jdbc.sql("""
                        INSERT INTO directory.organisation (id, kind, name, search_name, created_at, updated_at)
                        VALUES (:id, 'COMMUNE', :name, lower(:name), now(), now())""").param("id", organisation).param("name", name).update();
        jdbc.sql("INSERT INTO directory.organisation_commune (organisation_id, commune_code) VALUES (:id, :c)")
                .param("id", organisation)
                .param("c", commune)
                .update();
        jdbc.sql("""
                        INSERT INTO directory.user_account (id, username, display_name, password_hash, organisation_id, role, created_at)
                        SELECT :id, :login, 'Agent du comptage', password_hash, :org, 'COLLECTIVITE_AGENT', now()
                        FROM directory.user_account WHERE username = 'lens'""")
                .param("id", UUID.randomUUID())
                .param("login", login)
                .param("org", organisation)
                .update();
        return organisation;
    }

    /** A reader (password "demo") of {@code organisation}. */
    private void readerOf(UUID organisation, String login) {
        jdbc.sql("""
                        INSERT INTO directory.user_account (id, username, display_name, password_hash, organisation_id, role, created_at)
                        SELECT :id, :login, 'Lecteur du comptage', password_hash, :org, 'READER', now()
                        FROM directory.user_account WHERE username = 'lens'""")
                .param("id", UUID.randomUUID())
                .param("login", login)
                .param("org", organisation)
                .update();
    }

    /** Statements of the home page as {@code login} (requested once to warm up, then counted). */
    private int homeCount(String login) throws Exception {
        HttpClient pages = signedIn(login);
        get(pages, "/", null);
        StatementCounter.forget("/");
        get(pages, "/", null);
        return StatementCounter.last("/");
    }

    /** {@code n} more signed conventions on {@code commune}, each with a body behind schedule, a fiche, an
     * indicator, a schéma row, and register entries. */
    private void build(Fixtures fixtures, String commune, int n) {
        Api caf = fixtures.caf();
        for (int i = 0; i < n; i++) {
            Api.Response created = caf.post(
                    "/api/v1/conventions",
                    fixtures.terms(Fixtures.unique("CTG comptée"), "2023-01-01", "2026-12-31", commune));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();
            JsonNode submitted = ok(caf.post(
                    "/api/v1/conventions/" + id + "/submission",
                    "{\"version\":%d}".formatted(created.json().get("version").asInt())));
            JsonNode linked = ok(caf.post("/api/v1/conventions/" + id + "/deliberations", """
                    {"version":%d,"signatoryId":"%s","deliberationId":"%s"}""".formatted(
                            submitted.get("version").asInt(),
                            fixtures.organisation("Ville d'Armentières"),
                            fixtures.deliberation("DE23.027"))));
            ok(caf.post(
                    "/api/v1/conventions/" + id + "/signature",
                    "{\"version\":%d,\"signedOn\":\"2023-02-10\"}"
                            .formatted(linked.get("version").asInt())));
            fixtures.body(id, "COPIL", Fixtures.unique("COPIL compté"));
            fixtures.fiche(id, Fixtures.unique("Fiche comptée"));
            // The reader's synthesis reads indicators against targets and the schéma's places (issue 16).
            assertThat(caf.post("/api/v1/conventions/" + id + "/indicators", """
                                    {"name":"Indicateur compté","unit":"NUMBER","direction":"HIGHER_IS_BETTER","source":"Test","targets":{"2024":"10"}}""")
                            .status())
                    .isEqualTo(201);
            assertThat(caf.post("/api/v1/conventions/" + id + "/schema/actions", """
                                    {"data":{"communeCode":"%s","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"CREATION","title":"Crèche comptée",
                                     "equipmentType":"EAJE_MULTI_ACCUEIL","capacityAfter":12,"plannedStart":"2025"}}""".formatted(commune))
                            .status())
                    .isEqualTo(201);
            fixtures.equipment(Fixtures.unique("Crèche comptée"), commune, 20);
        }
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Statements of each page and API list as the agent (each requested once to warm up, then counted). */
    private Map<String, Integer> counts(String login, String commune) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        HttpClient pages = signedIn(login);
        for (String page : PAGES) {
            String path = page.equals("/equipements") ? page + "?communes=" + commune : page;
            get(pages, path, null);
            StatementCounter.forget(path);
            get(pages, path, null);
            counts.put(page, StatementCounter.last(path));
        }
        HttpClient api = HttpClient.newHttpClient();
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((login + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String path : API) {
            get(api, path, basic);
            StatementCounter.forget(path);
            get(api, path, basic);
            counts.put(path, StatementCounter.last(path));
        }
        return counts;
    }

    private void get(HttpClient client, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) request.header("Authorization", authorization);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    }

    private HttpClient signedIn(String login) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + login + "&password=demo&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
