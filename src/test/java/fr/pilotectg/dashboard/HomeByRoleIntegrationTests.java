package fr.pilotectg.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: the home page says what needs each role. A commune of its own (nothing else stands on it) with a collectivité
 * agent and a reader, and a convention in force there with a late fiche: the agent sees the fiche under « En retard »,
 * the reader the convention's synthesis (plan progress by axis, next COPIL), and the Caf agent the acts to do.
 */
@IntegrationTest
class HomeByRoleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachRoleSeesWhatNeedsItOnItsHomePage() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String commune = freeCommune();
        String agent = "home-" + UUID.randomUUID().toString().substring(0, 8);
        String reader = "lect-" + UUID.randomUUID().toString().substring(0, 8);
        UUID organisation = communeOf(commune);
        user(agent, organisation, "COLLECTIVITE_AGENT");
        user(reader, organisation, "READER");

        String title = Fixtures.unique("CTG de l’accueil");
        String convention = signedOn(fixtures, commune, title);
        String ficheTitle = Fixtures.unique("Fiche en retard");
        JsonNode fiche = fixtures.fiche(convention, ficheTitle);
        assertThat(fiche.get("id").asString()).isNotBlank();

        String agentHome = PageSession.signIn(port, agent, "demo").get("/").body();
        String fiches = section(agentHome, "fiches-a-suivre");
        assertThat(fiches)
                .contains("En retard")
                .contains(ficheTitle)
                .contains("30/06/2024")
                .contains(title);
        assertThat(agentHome).contains("id=\"prochaines-reunions\"");
        assertThat(agentHome).doesNotContain("id=\"synthese\"");

        String readerHome = PageSession.signIn(port, reader, "demo").get("/").body();
        String synthesis = section(readerHome, "synthese");
        assertThat(synthesis)
                .contains(title)
                .contains("Prochain comité de pilotage")
                .contains("aucune réunion prévue")
                .contains("aucune fiche réalisée sur 1")
                .contains("avancement moyen 10 %");
        assertThat(readerHome).doesNotContain("id=\"a-traiter\"").doesNotContain("id=\"fiches-a-suivre\"");

        String cafHome = PageSession.signIn(port, "caf-nord", "demo").get("/").body();
        assertThat(section(cafHome, "a-traiter")).contains("Terminée sans suivante");
    }

    /** The HTML of the section whose heading has this id. */
    private static String section(String page, String headingId) {
        int at = page.indexOf("id=\"" + headingId + "\"");
        assertThat(at).as("section " + headingId).isPositive();
        int start = page.lastIndexOf("<section", at);
        int end = page.indexOf("</section>", page.indexOf("</h2>", at));
        // a section may hold nested sections: take up to the next top-level section heading
        int next = page.indexOf("<section class=\"col-", at);
        return page.substring(start, next > 0 ? next : end);
    }

    private String signedOn(Fixtures fixtures, String commune, String title) {
        Api caf = fixtures.caf();
        Api.Response created =
                caf.post("/api/v1/conventions", fixtures.terms(title, "2023-01-01", "2027-12-31", commune));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response submitted = caf.post(
                "/api/v1/conventions/" + id + "/submission",
                "{\"version\":%d}".formatted(created.json().get("version").asInt()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Api.Response linked = caf.post("/api/v1/conventions/" + id + "/deliberations", """
                {"version":%d,"signatoryId":"%s","deliberationId":"%s"}""".formatted(
                        submitted.json().get("version").asInt(),
                        fixtures.organisation("Ville d'Armentières"),
                        fixtures.deliberation("DE23.027")));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        Api.Response signed = caf.post(
                "/api/v1/conventions/" + id + "/signature",
                "{\"version\":%d,\"signedOn\":\"2023-02-10\"}"
                        .formatted(linked.json().get("version").asInt()));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        return id;
    }

    /** A commune of the Nord on which nothing stands yet. */
    private String freeCommune() {
        return jdbc.sql("""
                        SELECT c.code FROM territory.commune c
                        WHERE c.code LIKE '59%' AND c.kind = 'COMMUNE'
                          AND NOT EXISTS (SELECT 1 FROM convention.convention v WHERE c.code = ANY(v.footprint_communes))
                          AND NOT EXISTS (SELECT 1 FROM equipment.equipment e WHERE e.commune_code = c.code)
                          AND NOT EXISTS (SELECT 1 FROM directory.organisation_commune o WHERE o.commune_code = c.code)
                        ORDER BY c.code LIMIT 1""").query(String.class).single();
    }

    private UUID communeOf(String commune) {
        UUID organisation = UUID.randomUUID();
        String name = Fixtures.unique("Commune de l’accueil");
        jdbc.sql("""
                        INSERT INTO directory.organisation (id, kind, name, search_name, created_at, updated_at)
                        VALUES (:id, 'COMMUNE', :name, lower(:name), now(), now())""").param("id", organisation).param("name", name).update();
        jdbc.sql("INSERT INTO directory.organisation_commune (organisation_id, commune_code) VALUES (:id, :c)")
                .param("id", organisation)
                .param("c", commune)
                .update();
        return organisation;
    }

    private void user(String login, UUID organisation, String role) {
        jdbc.sql("""
                        INSERT INTO directory.user_account (id, username, display_name, password_hash, organisation_id, role, created_at)
                        SELECT :id, :login, 'Utilisateur de l’accueil', password_hash, :org, :role, now()
                        FROM directory.user_account WHERE username = 'lens'""")
                .param("id", UUID.randomUUID())
                .param("login", login)
                .param("org", organisation)
                .param("role", role)
                .update();
    }
}
