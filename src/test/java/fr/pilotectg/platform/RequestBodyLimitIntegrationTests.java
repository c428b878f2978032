package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** No API body is read past its limit (2 MB): announced or streamed, it is refused with 413 and the server answers on. */
@IntegrationTest
class RequestBodyLimitIntegrationTests {

    @LocalServerPort
    int port;

    private static String hugeConvention(int megabytes) {
        return "{\"title\":\"" + "x".repeat(megabytes * 1024 * 1024) + "\"}";
    }

    @Test
    void a_body_announced_over_the_limit_is_refused_before_it_is_read() throws Exception {
        HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofString(hugeConvention(3)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"REQUEST_TOO_LARGE\"").containsPattern("2.048 Ko par requête");
        assertThat(Api.as(port, "admin", "demo").get("/api/v1/conventions").status())
                .isEqualTo(200);
    }

    @Test
    void a_body_streamed_without_its_length_stops_at_the_limit() throws Exception {
        byte[] body = hugeConvention(3).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response =
                send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"REQUEST_TOO_LARGE\"");
    }

    @Test
    void a_body_under_the_limit_is_read_and_judged_on_its_content() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + "x".repeat(500_000) + "\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("REQUEST_TOO_LARGE");
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conventions"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(body)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
