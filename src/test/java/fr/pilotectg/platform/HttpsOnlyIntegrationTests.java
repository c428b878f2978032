package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The production profile: served over HTTPS (the proxy says so), the session cookie is Secure and answers carry HSTS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "production"})
class HttpsOnlyIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> login = get("/login", "https");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("PILOTE_SESSION=")
                        .containsIgnoringCase("; Secure")
                        .containsIgnoringCase("HttpOnly"));
        assertThat(login.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000")
                .contains("includeSubDomains");
        assertThat(get("/api/v1/me", "https").headers().firstValue("Strict-Transport-Security"))
                .isPresent();
    }

    @Test
    void plainHttpGetsNoHstsHeaderButTheCookieIsSecureAnyway() throws Exception {
        HttpResponse<String> login = get("/login", "http");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        // Without the profile Tomcat marks the cookie Secure only on requests it sees as HTTPS; with it, always.
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("PILOTE_SESSION=").containsIgnoringCase("; Secure"));
    }

    private HttpResponse<String> get(String path, String proto) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("X-Forwarded-Proto", proto)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
