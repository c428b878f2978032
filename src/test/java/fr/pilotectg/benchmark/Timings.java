package fr.pilotectg.benchmark;

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

/**
 * Server response times of the benchmarks, over HTTP on loopback: each request is sent {@code warmUp} times unmeasured,
 * then {@code measured} times; {@link #report} prints the median, 95th percentile and maximum of each, in milliseconds.
 * A request that does not answer 200 stops the benchmark (a figure of an error page would mislead).
 */
final class Timings {

    private final int port;
    private final int warmUp;
    private final int measured;
    private final Map<String, List<Long>> nanos = new LinkedHashMap<>();

    Timings(int port, int warmUp, int measured) {
        this.port = port;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    /** A client signed in through the login form (password "demo"); it keeps the session cookie. */
    HttpClient signedIn(String username) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=demo&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return client;
    }

    /** The {@code Authorization} header of an API call as {@code username} (password "demo"). */
    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** Times GET {@code path} under {@code name}; {@code headers} are name/value pairs. */
    void time(String name, HttpClient client, String path, String... headers) throws Exception {
        List<Long> values = new ArrayList<>(measured);
        for (int i = 0; i < warmUp + measured; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
            for (int h = 0; h + 1 < headers.length; h += 2) request.header(headers[h], headers[h + 1]);
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                String body = new String(response.body(), StandardCharsets.UTF_8);
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + body.substring(0, Math.min(300, body.length())));
            }
            if (i >= warmUp) values.add(elapsed);
        }
        nanos.put(name, values);
    }

    /** The table of the requests timed: a title line, then one line per request (name, median, p95, max in ms). */
    String report(String title, int nameWidth) {
        StringBuilder report = new StringBuilder("\n").append(title).append('\n');
        report.append(String.format("%-" + nameWidth + "s %8s %8s %8s%n", "request", "median", "p95", "max"));
        nanos.forEach((name, values) -> report.append(String.format(
                "%-" + nameWidth + "s %8.1f %8.1f %8.1f%n",
                name,
                percentile(values, 50),
                percentile(values, 95),
                percentile(values, 100))));
        return report.toString();
    }

    /**
     * The table with, for each request, the median of its SQL floor (the plain queries returning the same rows), the
     * ratio of the request's median to it and whether it meets the goal of issue 15 (median ≤ 100 ms and ≤ 2 × floor
     * + 20 ms).
     */
    String reportWithFloors(String title, int nameWidth, Map<String, List<Long>> floors) {
        StringBuilder report = new StringBuilder("\n").append(title).append('\n');
        report.append(String.format(
                "%-" + nameWidth + "s %8s %8s %8s %8s %6s  %s%n",
                "request",
                "median",
                "p95",
                "max",
                "floor",
                "ratio",
                "goal"));
        nanos.forEach((name, values) -> {
            double median = percentile(values, 50);
            double floor = floors.containsKey(name) ? percentile(floors.get(name), 50) : Double.NaN;
            boolean met = median <= 100 && median <= 2 * floor + 20;
            report.append(String.format(
                    "%-" + nameWidth + "s %8.1f %8.1f %8.1f %8.2f %6.1f  %s%n",
                    name,
                    median,
                    percentile(values, 95),
                    percentile(values, 100),
                    floor,
                    median / floor,
                    met ? "met" : "NOT MET"));
        });
        return report.toString();
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(List<Long> nanos, int percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
