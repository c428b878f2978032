package fr.pilotectg.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import fr.pilotectg.platform.PageSession.Page;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The directory's pages as people use them: French refusals, the access rule, the audit trail. */
@IntegrationTest
class AccessPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCafSavesAnOrganisationsAttachmentsFromTheFormAndAStaleFormStaysOpenWithItsInput() {
        // An organisation of the test's own (Roubaix), corrected by the Caf du Nord's agent: demo organisations are
        // only read.
        String name = Fixtures.unique("Commune d'essai");
        Api.Response own =
                Api.as(port, "admin", "demo").post("/api/v1/organisations", """
                {"kind":"COMMUNE","name":"%s","shortName":"Essai","communes":["%s"]}""".formatted(name, Fixtures.FREE_COMMUNE));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        UUID lomme = UUID.fromString(own.json().get("id").asString());
        int version = version(lomme);
        PageSession agent = PageSession.signIn(port, "caf-nord", "demo");
        assertThat(agent.get("/organisations/" + lomme + "/edit").status()).isEqualTo(200);

        // The Caf of the territory keeps the organisation's attachments (its identity is the organisation's own).
        String communes = Fixtures.FREE_COMMUNE + ", 59017";
        Page stale = agent.post(
                "/organisations/" + lomme + "/edit",
                Map.of("communes", communes, "epcis", "", "version", String.valueOf(version + 1)));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Quelqu’un d’autre a modifié cet élément")
                .contains("value=\"" + communes + "\"");
        assertThat(version(lomme)).isEqualTo(version);

        long audited = audits("organisation", lomme, "updated");
        Page saved = agent.post(
                "/organisations/" + lomme + "/edit",
                Map.of("communes", communes, "epcis", "", "version", String.valueOf(version)));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/organisations/" + lomme);
        assertThat(version(lomme)).isEqualTo(version + 1);
        assertThat(audits("organisation", lomme, "updated")).isEqualTo(audited + 1);
    }

    @Test
    void outOfReachIsNotFoundAndReadOnlyIsForbiddenInFrench() {
        Page other =
                PageSession.signIn(port, "lomme", "demo").get("/organisations/" + organisation("Ville d'Armentières"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("Organisation introuvable.").doesNotContain("215900176");

        UUID lille = organisation("Ville de Lille");
        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        assertThat(reader.get("/organisations/" + lille).status()).isEqualTo(200);
        Page form = reader.get("/organisations/" + lille + "/edit");
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.body()).contains("Accès refusé").contains("Vous n’avez pas le droit d’effectuer cette action.");
        Page change = reader.post(
                "/organisations/" + lille + "/edit",
                Map.of("name", "Ville de Lille (lecteur)", "version", String.valueOf(version(lille))));
        assertThat(change.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT name FROM directory.organisation WHERE id = :id")
                        .param("id", lille)
                        .query(String.class)
                        .single())
                .isEqualTo("Ville de Lille");

        Page admin = PageSession.signIn(port, "caf-nord", "demo").get("/admin/users");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.body()).contains("Accès refusé");
    }

    @Test
    void aWrongCurrentPasswordIsSaidInFrenchAndChangesNothing() {
        String hash = jdbc.sql("SELECT password_hash FROM directory.user_account WHERE username = 'lens'")
                .query(String.class)
                .single();
        Page refused = PageSession.signIn(port, "lens", "demo")
                .post(
                        "/account/password",
                        Map.of(
                                "currentPassword",
                                "pas-le-bon",
                                "newPassword",
                                "un-nouveau-secret",
                                "confirmation",
                                "autre-chose-encore"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Le mot de passe actuel est incorrect.")
                .contains("La confirmation ne correspond pas au nouveau mot de passe.");
        assertThat(jdbc.sql("SELECT password_hash FROM directory.user_account WHERE username = 'lens'")
                        .query(String.class)
                        .single())
                .isEqualTo(hash);
    }

    @Test
    void onlyItsOwnerRevokesATokenAndTheRevocationIsAudited() {
        PageSession owner = PageSession.signIn(port, "armentieres", "demo");
        owner.get("/account/tokens");
        Page created = owner.post("/account/tokens", Map.of("name", "Export des pages", "expiresOn", ""));
        assertThat(created.status()).isEqualTo(302);
        UUID token = jdbc.sql("""
                        SELECT t.id FROM directory.api_token t JOIN directory.user_account u ON u.id = t.user_id
                        WHERE u.username = 'armentieres' AND t.name = 'Export des pages'""").query(UUID.class).single();

        PageSession intruder = PageSession.signIn(port, "lens", "demo");
        intruder.get("/account/tokens");
        Page refused = intruder.post("/account/tokens/" + token + "/revoke", Map.of());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("Jeton introuvable.");
        assertThat(revoked(token)).isFalse();

        Page revoked = owner.post("/account/tokens/" + token + "/revoke", Map.of());
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(revoked(token)).isTrue();
        assertThat(audits("api-token", token, "revoked")).isEqualTo(1);
    }

    @Test
    void anAdminCreatesAnAccountOnceAndResetsItsPasswordWithAuditRecords() {
        String username = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = Map.of(
                "username",
                username,
                "displayName",
                "Compte des pages",
                "organisationId",
                organisation("Ville de Lille").toString(),
                "role",
                "READER",
                "enabled",
                "true");
        PageSession admin = PageSession.signIn(port, "admin", "demo");
        admin.get("/admin/users/new");
        Page created = admin.post("/admin/users/new", form);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body()).contains("Mot de passe à usage unique");
        UUID id = jdbc.sql("SELECT id FROM directory.user_account WHERE username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
        assertThat(audits("user", id, "created")).isEqualTo(1);

        Page again = admin.post("/admin/users/new", form);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("L’identifiant « " + username + " » est déjà utilisé.");

        Page reset = admin.post("/admin/users/" + id + "/reset-password", Map.of());
        assertThat(reset.status()).isEqualTo(200);
        assertThat(audits("user", id, "password-reset")).isEqualTo(1);
    }

    @Test
    void theJournalAndAnEntitysHistoryArePagesOfTheirOwn() {
        UUID lille = organisation("Ville de Lille");
        PageSession agent = PageSession.signIn(port, "lille", "demo");
        Page history = agent.get("/audit/organisation/" + lille);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body())
                .contains("<h1 class=\"h3\">Historique</h1>")
                .contains("Organisation « Ville de Lille » créée");
        Page journal = agent.get("/audit?type=organisation");
        assertThat(journal.status()).isEqualTo(200);
        assertThat(journal.body()).contains("<h1 class=\"h3\">Journal des modifications</h1>");
    }

    private UUID organisation(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private int version(UUID organisation) {
        return jdbc.sql("SELECT version FROM directory.organisation WHERE id = :id")
                .param("id", organisation)
                .query(Integer.class)
                .single();
    }

    private boolean revoked(UUID token) {
        return jdbc.sql("SELECT revoked_at IS NOT NULL FROM directory.api_token WHERE id = :id")
                .param("id", token)
                .query(Boolean.class)
                .single();
    }

    private long audits(String type, UUID id, String action) {
        return jdbc.sql(
                        "SELECT count(*) FROM platform.audit_event WHERE entity_type = :type AND entity_id = :id AND action = :action")
                .param("type", type)
                .param("id", id.toString())
                .param("action", action)
                .query(Long.class)
                .single();
    }
}
