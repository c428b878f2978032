package fr.pilotectg.benchmark;

import fr.pilotectg.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Server response times of the platform's pages and API calls on the demo data (run with `./mvnw -Pbenchmark verify`).
 * Each URL is called 20 times to warm up, then 100 times; the median and 95th percentile are printed. The target of
 * the platform issue is under 100 ms. A benchmark reports figures; it does not fail on them.
 */
@IntegrationTest
@Tag("benchmark")
class PlatformBenchmarkTests {

    @LocalServerPort
    int port;

    @Test
    void platformPagesAndApi() throws Exception {
        HttpClient pages = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(pages, "caf-nord");
        Map<String, List<Long>> timings = new LinkedHashMap<>();
        for (String path : List.of("/", "/communes?q=lomme", "/communes?q=armentieres", "/communes/59017", "/communes/59350",
                "/epcis/200093201", "/organisations", "/account", "/account/tokens", "/audit", "/conventions",
                "/conventions/6c1f0f1e-2021-4c71-8a11-0000000000a1", "/conventions/6c1f0f1e-2023-4c71-8a11-0000000000a2",
                "/deliberations")) {
            timings.put("page " + path, time(pages, path, null));
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString("caf-nord:demo".getBytes(StandardCharsets.UTF_8));
        HttpClient api = HttpClient.newHttpClient();
        for (String path : List.of("/api/v1/communes?q=lomme", "/api/v1/communes?q=armentieres", "/api/v1/communes/59017",
                "/api/v1/organisations", "/api/v1/me", "/api/v1/audit", "/api/v1/conventions",
                "/api/v1/conventions/6c1f0f1e-2021-4c71-8a11-0000000000a1")) {
            timings.put("api  " + path + " (Basic)", time(api, path, basic));
        }
        StringBuilder report = new StringBuilder("\nPlatform benchmark (server round trip on loopback, ms)\n");
        report.append(String.format("%-55s %8s %8s %8s%n", "request", "median", "p95", "max"));
        timings.forEach((name, values) -> report.append(String.format("%-55s %8.1f %8.1f %8.1f%n", name, pct(values, 50), pct(values, 95),
                pct(values, 100))));
        org.slf4j.LoggerFactory.getLogger(PlatformBenchmarkTests.class).warn(report.toString());
    }

    private List<Long> time(HttpClient client, String path, String authorization) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (authorization != null) request.header("Authorization", authorization);
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200) throw new IllegalStateException(path + " answered " + response.statusCode());
            if (i >= 20) nanos.add(elapsed);
        }
        return nanos;
    }

    private static double pct(List<Long> values, int percentile) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private void signIn(HttpClient client, String username) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
