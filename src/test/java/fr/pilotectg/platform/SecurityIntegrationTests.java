package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void apiWithoutCredentialsIsA401Problem() {
        Api.Response response = Api.anonymous(port).get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void httpBasicSignsScriptsIn() {
        Api.Response me = Api.as(port, "caf-nord", "demo").get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("CAF_AGENT");
        assertThat(me.json().get("organisationName").asString()).isEqualTo("Caf du Nord");
        assertThat(Api.as(port, "caf-nord", "wrong").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresLockTheAccountTemporarilyWithoutTellingAnyone() {
        Api.Response created = Api.as(port, "admin", "demo").post("/api/v1/users",
                "{\"username\":\"lockout-test\",\"displayName\":\"Test verrouillage\",\"organisationId\":\"" + organisationOf("lens")
                        + "\",\"role\":\"READER\"}");
        assertThat(created.status()).isEqualTo(201);
        String password = created.json().get("oneTimePassword").asString();
        assertThat(Api.as(port, "lockout-test", password).get("/api/v1/me").status()).isEqualTo(200);

        for (int i = 0; i < 5; i++) assertThat(Api.as(port, "lockout-test", "bad-" + i).get("/api/v1/me").status()).isEqualTo(401);
        Api.Response locked = Api.as(port, "lockout-test", password).get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(Api.as(port, "no-such-user", "x").get("/api/v1/me").body());
        assertThat(jdbc.sql("SELECT locked_until IS NOT NULL FROM directory.user_account WHERE username = 'lockout-test'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.audit_event
                        WHERE entity_type = 'user' AND action = 'locked' AND summary LIKE '%lockout-test%'""")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void formLoginSaysTheSameForUnknownUserAndWrongPassword() throws Exception {
        String unknown = loginFailureLocation("personne", "x");
        String wrong = loginFailureLocation("lens", "pas-le-bon");
        assertThat(unknown).isEqualTo(wrong).endsWith("/login?error");
    }

    @Test
    void formLoginRequiresACsrfToken() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=lens&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesNeedASession() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/organisations")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void healthAndOpenApiArePublic() {
        assertThat(Api.anonymous(port).get("/actuator/health").body()).contains("\"UP\"");
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/communes/{inseeCode}")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/organisations")).isTrue();
    }

    @Test
    void unknownApiPathIsAProblemToo() {
        Api.Response response = Api.as(port, "lens", "demo").get("/api/v1/nothing-here");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("RESOURCE_NOT_FOUND");
    }

    private String organisationOf(String username) {
        return jdbc.sql("SELECT organisation_id FROM directory.user_account WHERE username = :u").param("u", username)
                .query(String.class).single();
    }

    private String loginFailureLocation(String username, String password) throws Exception {
        var cookies = new java.net.CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
