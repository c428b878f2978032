package fr.pilotectg.benchmark;

import fr.pilotectg.IntegrationTest;
import java.io.ByteArrayOutputStream;
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
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register's speed targets (issue 4), run with `./mvnw -Pbenchmark verify`: an import of 100 000 CSV rows, checked
 * and written, under 10 s; the register page of a 300-entry territory under 100 ms. Figures are logged, not asserted.
 */
@IntegrationTest
@Tag("benchmark")
class EquipmentBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(EquipmentBenchmarkTests.class);
    private static final String[] NORD = {"59512", "59599", "59009", "59183", "59606", "59178", "59122", "59650"};
    private static final String[] TYPES = {"Multi-accueil", "ALSH périscolaire", "ALSH extrascolaire", "Ludothèque", "LAEP", "RAM",
            "Micro-crèche PAJE", "Centre social"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registerImportAndPages() throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        String run = UUID.randomUUID().toString().substring(0, 6);

        byte[] csv = csv(100_000, "Bench " + run, NORD);
        long start = System.nanoTime();
        HttpResponse<String> dryRun = upload("caf-nord", "/api/v1/equipments/imports?mode=dry-run", csv);
        double dryRunSeconds = (System.nanoTime() - start) / 1e9;
        check(dryRun, "\"created\":100000");
        start = System.nanoTime();
        HttpResponse<String> commit = upload("caf-nord", "/api/v1/equipments/imports?mode=commit", csv);
        double commitSeconds = (System.nanoTime() - start) / 1e9;
        check(commit, "\"committed\":true");
        figures.put("CSV of 100 000 rows (" + csv.length / 1024 / 1024 + " MB): dry run, HTTP upload included", "%.2f s".formatted(dryRunSeconds));
        figures.put("CSV of 100 000 rows: commit (read, check, match, COPY, audit), HTTP upload included", "%.2f s (target < 10 s)".formatted(commitSeconds));

        // A 300-entry territory (Lens, Pas-de-Calais), 30 of them located.
        byte[] lens = csv(300, "Lens " + run, new String[] {"62498"});
        check(upload("caf-pas-de-calais", "/api/v1/equipments/imports?mode=commit", lens), "\"created\":300");
        HttpClient pages = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(pages, "caf-pas-de-calais");
        Map<String, List<Long>> timings = new LinkedHashMap<>();
        timings.put("page /equipements?communes=62498 (300 entries, 50 rows shown + totals)", time(pages, "/equipements?communes=62498"));
        timings.put("page /equipements?communes=62498&size=200 (200 rows shown + totals)", time(pages, "/equipements?communes=62498&size=200"));
        timings.put("map data /equipements/map-data?communes=62498", time(pages, "/equipements/map-data?communes=62498"));
        HttpClient nord = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(nord, "caf-nord");
        timings.put("page /equipements?communes=59350,59355,59298 (LLH annex 1, 262 entries)", time(nord, "/equipements?communes=59350,59355,59298"));
        timings.put("page /equipements/communes/59350 (declared vs registered)", time(nord, "/equipements/communes/59350"));
        timings.put("page /equipements (caf-nord: 100 262+ entries, 50 shown + totals)", time(nord, "/equipements"));

        StringBuilder report = new StringBuilder("\nEquipment register benchmark\n");
        figures.forEach((name, value) -> report.append(String.format("%-100s %s%n", name, value)));
        report.append(String.format("%-100s %8s %8s %8s%n", "request (server round trip on loopback, ms)", "median", "p95", "max"));
        timings.forEach((name, values) -> report.append(String.format("%-100s %8.1f %8.1f %8.1f%n", name, pct(values, 50), pct(values, 95),
                pct(values, 100))));
        log.warn(report.toString());
    }

    static byte[] csv(int rows, String prefix, String[] communes) {
        StringBuilder out = new StringBuilder(rows * 130);
        out.append("Type;Nom;Gestionnaire;Catégorie du gestionnaire;Adresse;Code postal;Commune;Capacité;Unité;Latitude;Longitude\n");
        for (int i = 0; i < rows; i++) {
            String type = TYPES[i % TYPES.length];
            boolean located = i % 10 == 0;
            out.append(type).append(';').append(prefix).append(" n° ").append(i).append(';').append("Association ").append(i % 97)
                    .append(";associatif;").append(i % 300 + 1).append(" rue du Banc d’essai;59000;").append(communes[i % communes.length])
                    .append(';').append(10 + i % 50).append(';').append(type.equals("RAM") ? "ETP" : type.startsWith("Multi") || type.startsWith("Micro") ? "places" : "actes")
                    .append(';').append(located ? "50.6" + (i % 90) : "").append(';').append(located ? "3.0" + (i % 90) : "").append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> upload(String username, String path, byte[] content) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> response, String expected) {
        String head = response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + head);
        }
    }

    private List<Long> time(HttpClient client, String path) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
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
