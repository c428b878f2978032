package fr.pilotectg.equipment.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Locates addresses through the Base Adresse Nationale geocoding service (api-adresse.data.gouv.fr or a copy the
 * deployment runs): {@code GET /search/?q=…&citycode=…&limit=1} for one entry, {@code POST /search/csv/} (multipart
 * form {@code data} + {@code columns} + {@code citycode}) for an import. Off when {@code pilote.geocoding.base-url} is
 * empty (the default: no internet is assumed). Never throws: a failure, a timeout or a low score answers "not found",
 * and the entry stays at its commune's centroid.
 */
@Component
public class AddressGeocoder {

    private static final Logger log = LoggerFactory.getLogger(AddressGeocoder.class);
    private static final int BATCH = 5000;

    /** One address to locate: {@code key} comes back with the answer; {@code citycode} filters the service's search. */
    public record Query(String key, String text, String citycode) {}

    /** A located address: WGS84 point and the service's score (0 to 1). */
    public record Located(BigDecimal latitude, BigDecimal longitude, BigDecimal score) {}

    private final String baseUrl;
    private final Duration timeout;
    private final Duration batchTimeout;
    private final BigDecimal minScore;
    private final ObjectMapper json;
    private final HttpClient http;

    AddressGeocoder(
            @Value("${pilote.geocoding.base-url:}") String baseUrl,
            @Value("${pilote.geocoding.timeout:2s}") Duration timeout,
            @Value("${pilote.geocoding.batch-timeout:60s}") Duration batchTimeout,
            @Value("${pilote.geocoding.min-score:0.5}") BigDecimal minScore,
            ObjectMapper json) {
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
        this.timeout = timeout;
        this.batchTimeout = batchTimeout;
        this.minScore = minScore;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public boolean enabled() {
        return baseUrl != null;
    }

    /** One address, one call (entry and edit pages); empty when off, not found, below the minimum score or failed. */
    public Optional<Located> locate(Query query) {
        if (!enabled() || query.text() == null || query.text().isBlank()) return Optional.empty();
        String url = baseUrl + "/search/?q=" + encode(query.text()) + "&limit=1"
                + (query.citycode() == null ? "" : "&citycode=" + encode(query.citycode()));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(timeout)
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                log.warn("Geocoding answered {} for one address", response.statusCode());
                return Optional.empty();
            }
            JsonNode features = json.readTree(response.body()).path("features");
            if (!features.isArray() || features.isEmpty()) return Optional.empty();
            JsonNode feature = features.get(0);
            JsonNode coordinates = feature.path("geometry").path("coordinates");
            return accepted(
                    coordinates.get(1).asString(),
                    coordinates.get(0).asString(),
                    feature.path("properties").path("score").asString());
        } catch (IOException | RuntimeException e) {
            log.warn("Geocoding of one address failed: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Many addresses, by batches of 5 000 lines sent as one CSV each; the answer holds the keys found. A batch that fails
     * leaves its keys out (the others still count).
     */
    public Map<String, Located> locateAll(List<Query> queries) {
        Map<String, Located> found = new HashMap<>();
        if (!enabled()) return found;
        List<Query> usable = queries.stream()
                .filter(q -> q.text() != null && !q.text().isBlank())
                .toList();
        for (int from = 0; from < usable.size(); from += BATCH) {
            found.putAll(batch(usable.subList(from, Math.min(usable.size(), from + BATCH))));
        }
        return found;
    }

    private Map<String, Located> batch(List<Query> queries) {
        Map<String, Located> found = new HashMap<>();
        try {
            StringWriter csv = new StringWriter();
            try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.RFC4180)) {
                out.printRecord("cle", "adresse", "citycode");
                for (Query q : queries) out.printRecord(q.key(), q.text(), q.citycode() == null ? "" : q.citycode());
            }
            String boundary = "pilote-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            field(body, boundary, "columns", "adresse");
            field(body, boundary, "citycode", "citycode");
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"adresses.csv\"\r\n"
                            + "Content-Type: text/csv; charset=utf-8\r\n\r\n");
            write(body, csv.toString());
            write(body, "\r\n--" + boundary + "--\r\n");
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/search/csv/"))
                            .timeout(batchTimeout)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                log.warn("Batch geocoding answered {} for {} addresses", response.statusCode(), queries.size());
                return found;
            }
            var format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord r : format.parse(new StringReader(stripBom(response.body())))) {
                if (!r.isMapped("cle") || !r.isMapped("latitude") || !r.isMapped("longitude")) break;
                String score = r.isMapped("result_score") ? r.get("result_score") : null;
                accepted(r.get("latitude"), r.get("longitude"), score).ifPresent(l -> found.put(r.get("cle"), l));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Batch geocoding of {} addresses failed: {}", queries.size(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return found;
    }

    private Optional<Located> accepted(String latitude, String longitude, String score) {
        if (blank(latitude) || blank(longitude) || blank(score)) return Optional.empty();
        try {
            BigDecimal s = new BigDecimal(score.trim());
            if (s.compareTo(minScore) < 0) return Optional.empty();
            GeoPoint point = new GeoPoint(new BigDecimal(latitude.trim()), new BigDecimal(longitude.trim()));
            return Optional.of(
                    new Located(point.latitude(), point.longitude(), s.setScale(3, java.math.RoundingMode.HALF_UP)));
        } catch (RuntimeException notANumber) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
