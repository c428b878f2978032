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
    void apiChallengesWithBearerOnlySoThatNoBrowserCachesABasicPassword() {
        Api.Response anonymous = Api.anonymous(port).get("/api/v1/me");
        Api.Response wrong = Api.as(port, "caf-nord", "pas-le-bon").get("/api/v1/me");
        for (Api.Response response : new Api.Response[] {anonymous, wrong}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"pilote-ctg\"");
        }
        assertThat(Api.as(port, "caf-nord", "demo").get("/api/v1/me").status())
                .as("Basic is still accepted")
                .isEqualTo(200);
    }

    @Test
    void anAccountThatMustChangeItsOneTimePasswordIsRefusedByTheApi() {
        String username = "otp-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = Api.as(port, "admin", "demo")
                .post(
                        "/api/v1/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"Mot de passe provisoire\","
                                + "\"organisationId\":\"" + organisationOf("lens") + "\",\"role\":\"READER\"}");
        assertThat(created.status()).isEqualTo(201);
        Api.Response refused = Api.as(
                        port, username, created.json().get("oneTimePassword").asString())
                .get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(refused.json().get("detail").asString()).contains("mot de passe");
    }

    @Test
    void aSessionCookieDoesNotSignAMultipartApiImportIn() throws Exception {
        var cookies = new java.net.CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(client.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .as("the cookie signs pages in")
                .isEqualTo(200);

        String boundary = "----pilote" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnom;type\r\nX;EAJE\r\n--" + boundary + "--\r\n";
        for (String path : new String[] {
            "/api/v1/equipments/imports", "/api/v1/conventions/" + java.util.UUID.randomUUID() + "/plan/import"
        }) {
            HttpResponse<String> posted = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(path).isEqualTo(401);
            assertThat(posted.body()).contains("UNAUTHENTICATED");
        }
    }

    @Test
    void withoutTheProductionProfileNoHsts() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void formLoginSaysTheSameForUnknownUserAndWrongPassword() throws Exception {
        String unknown = loginFailureLocation("personne", "x");
        String wrong = loginFailureLocation("lens", "pas-le-bon");
        assertThat(unknown).isEqualTo(wrong).endsWith("/login?error");
    }

    @Test
    void formLoginRequiresACsrfToken() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("username=lens&password=demo"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesNeedASession() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/organisations"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
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
        return jdbc.sql("SELECT organisation_id FROM directory.user_account WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }

    private String loginFailureLocation(String username, String password) throws Exception {
        var cookies = new java.net.CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=" + password + "&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
