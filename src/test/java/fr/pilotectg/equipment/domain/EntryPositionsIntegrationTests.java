package fr.pilotectg.equipment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.SignedIn;
import fr.pilotectg.equipment.domain.EntryPositions.PositionSource;
import fr.pilotectg.territory.Territories;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * Placing register entries on the map (issue 16 point 4): one call to a stand-in that answers like the Base Adresse
 * Nationale at entry time, one CSV batch at import, the commune's centroid when the service fails, is slow or is off
 * (the default), Lomme-like communes associées at their parent's centroid, and the map's SQL within the reader's reach.
 */
@IntegrationTest
class EntryPositionsIntegrationTests {

    /** Lille's centroid in the bundled geo.api.gouv.fr snapshot. */
    private static final BigDecimal LILLE_LAT = new BigDecimal("50.631100");

    private static final BigDecimal LILLE_LON = new BigDecimal("3.046800");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EquipmentRepository repository;

    @Autowired
    Territories territories;

    @Autowired
    Clock clock;

    @Autowired
    ObjectMapper json;

    @Autowired
    EntryPositions productionPositions;

    @Autowired
    RegisterReads reads;

    @Autowired
    UserDetailsService users;

    private HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    /** Opened when the test is over: a stand-in told to hold its answer keeps it until then. */
    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

    private final java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) server.stop(0);
    }

    /** A stand-in of the BAN on a free local port: {@code answer} gives status and body for each request. */
    private String standIn(Function<HttpExchange, Answer> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n" + body);
            Answer a = answer.apply(exchange);
            if (a.hold()) {
                try {
                    // a service that does not answer in time: held until the test is over (bounded, never a sleep)
                    release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", a.contentType());
            exchange.sendResponseHeaders(a.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
            answered.incrementAndGet();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code hold}: the answer is kept back until the test is over (a service that times out). */
    private record Answer(int status, String contentType, String body, boolean hold) {}

    private EntryPositions positionsWith(String baseUrl) {
        AddressGeocoder geocoder = new AddressGeocoder(
                baseUrl, Duration.ofMillis(500), Duration.ofSeconds(2), new BigDecimal("0.5"), json);
        return new EntryPositions(jdbc, repository, geocoder, territories, clock);
    }

    private UUID entry(String commune) {
        return UUID.fromString(Fixtures.of(port, jdbc)
                .equipment(Fixtures.unique("Carte"), commune, 10)
                .get("id")
                .asString());
    }

    private String[] stored(UUID id) {
        return jdbc.sql("SELECT position_source, CAST(position_latitude AS text), CAST(position_longitude AS text),"
                        + " CAST(position_score AS text) FROM equipment.equipment WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
    }

    private static String feature(String lon, String lat, String score) {
        return """
                {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s]},
                 "properties":{"label":"1 Rue du Test 59100 Roubaix","score":%s,"type":"housenumber","citycode":"59512"}}]}""".formatted(lon, lat, score);
    }

    @Test
    void oneEntryIsLocatedByOneCallWithItsScore() throws IOException {
        UUID id = entry(Fixtures.FREE_COMMUNE);
        String url = standIn(x -> new Answer(200, "application/json", feature("3.1745", "50.6915", "0.87"), false));

        Map<UUID, EntryPositions.Position> placed = positionsWith(url).place(List.of(id));

        assertThat(placed.get(id).source()).isEqualTo(PositionSource.ADDRESS);
        assertThat(stored(id)).containsExactly("ADDRESS", "50.691500", "3.174500", "0.870");
        assertThat(requests).hasSize(1);
        String request = URLDecoder.decode(requests.get(0), StandardCharsets.UTF_8);
        assertThat(request).startsWith("GET /search/?q=1 rue du Test 59100 Roubaix&limit=1&citycode=59512");

        // Unchanged address: not sent again.
        positionsWith(url).place(List.of(id));
        assertThat(requests).hasSize(1);
    }

    @Test
    void aLowScoreOrNoAnswerLeavesTheEntryAtItsCommuneCentroid() throws IOException {
        UUID id = entry(Fixtures.FREE_COMMUNE);
        String url = standIn(x -> new Answer(200, "application/json", feature("3.1745", "50.6915", "0.31"), false));

        positionsWith(url).place(List.of(id));

        String[] position = stored(id);
        assertThat(position[0]).isEqualTo("COMMUNE");
        var roubaix = territories.centroids(List.of("59512")).get("59512");
        assertThat(new BigDecimal(position[1])).isEqualByComparingTo(roubaix.latitude());
        assertThat(position[3]).isNull();
    }

    @Test
    void anImportIsLocatedInOneCsvBatch() throws IOException {
        UUID first = entry(Fixtures.FREE_COMMUNE);
        UUID second = entry(Fixtures.FREE_COMMUNE);
        UUID third = entry(Fixtures.FREE_COMMUNE);
        String url = standIn(x -> new Answer(
                200,
                "text/csv; charset=utf-8",
                "cle,adresse,citycode,latitude,longitude,result_label,result_score,result_type\n"
                        + first
                        + ",1 rue du Test 59100 Roubaix,59512,50.690001,3.180002,1 Rue du Test,0.91,housenumber\n"
                        + second + ",1 rue du Test 59100 Roubaix,59512,50.690101,3.180102,1 Rue du Test,0.66,street\n"
                        + third + ",1 rue du Test 59100 Roubaix,59512,,,,,\n",
                false));

        positionsWith(url).place(List.of(first, second, third));

        assertThat(requests).hasSize(1);
        String request = requests.get(0);
        assertThat(request).startsWith("POST /search/csv/");
        assertThat(request).contains("name=\"columns\"\r\n\r\nadresse\r\n");
        assertThat(request).contains("name=\"citycode\"\r\n\r\ncitycode\r\n");
        assertThat(request).contains("name=\"data\"; filename=\"adresses.csv\"");
        assertThat(request).contains(first + ",1 rue du Test 59100 Roubaix,59512");
        assertThat(stored(first)).containsExactly("ADDRESS", "50.690001", "3.180002", "0.910");
        assertThat(stored(second)).containsExactly("ADDRESS", "50.690101", "3.180102", "0.660");
        assertThat(stored(third)[0]).isEqualTo("COMMUNE");
    }

    @Test
    void aServerErrorOrATimeoutFallsBackToTheCentroidWithoutFailing() throws IOException {
        UUID failing = entry(Fixtures.FREE_COMMUNE);
        String url = standIn(x -> new Answer(500, "text/plain", "erreur", false));
        positionsWith(url).place(List.of(failing));
        assertThat(stored(failing)[0]).isEqualTo("COMMUNE");
        server.stop(0);

        UUID slow = entry(Fixtures.FREE_COMMUNE);
        UUID slowToo = entry(Fixtures.FREE_COMMUNE);
        url = standIn(x -> new Answer(200, "application/json", feature("3.1745", "50.6915", "0.9"), true));
        int answeredBefore = answered.get();
        positionsWith(url).place(List.of(slow));
        assertThat(answered.get())
                .as("the save went on without waiting for the service's answer (its timeout)")
                .isEqualTo(answeredBefore);
        assertThat(stored(slow)[0]).isEqualTo("COMMUNE");
        positionsWith(url).place(List.of(slowToo, failing));
        assertThat(stored(slowToo)[0]).isEqualTo("COMMUNE");
    }

    @Test
    void withTheServiceOffASavedEntryStandsAtItsCommuneCentroidAndACommuneAssocieeAtItsParents() {
        // Fort-Mardyck (59248), commune associée of Dunkerque, has no centroid of its own in the snapshot, like Lomme.
        UUID id = entry("59248");
        String[] position = stored(id);
        var dunkerque = territories.centroids(List.of("59183")).get("59183");
        assertThat(position[0]).isEqualTo("COMMUNE");
        assertThat(new BigDecimal(position[1])).isEqualByComparingTo(dunkerque.latitude());
        assertThat(new BigDecimal(position[2])).isEqualByComparingTo(dunkerque.longitude());

        var lille = territories.centroids(List.of("59350", "59355", "59298"));
        assertThat(lille.get("59355").ofParent()).isTrue();
        assertThat(lille.get("59298").latitude()).isEqualByComparingTo(LILLE_LAT);
        assertThat(lille.get("59355").longitude()).isEqualByComparingTo(LILLE_LON);
        assertThat(lille.get("59350").ofParent()).isFalse();
        // Loaded as reference data, with its provenance.
        assertThat(jdbc.sql("SELECT row_count FROM territory.reference_import WHERE dataset = 'CENTROIDES'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(35014);
    }

    @Test
    void typedCoordinatesAreTheEntrysOwnPosition() {
        UUID id = entry(Fixtures.FREE_COMMUNE);
        jdbc.sql("UPDATE equipment.equipment SET latitude = 50.69, longitude = 3.18 WHERE id = :id")
                .param("id", id)
                .update();
        productionPositions.place(List.of(id));
        assertThat(stored(id)).containsExactly("MANUAL", "50.690000", "3.180000", null);
    }

    @Test
    void entriesNeverPlacedAreCaughtUp() {
        UUID id = entry(Fixtures.FREE_COMMUNE);
        jdbc.sql("UPDATE equipment.equipment SET position_source = 'NONE', position_latitude = NULL,"
                        + " position_longitude = NULL, position_key = NULL WHERE id = :id")
                .param("id", id)
                .update();
        assertThat(productionPositions.placeUnplaced(100_000)).isGreaterThanOrEqualTo(1);
        assertThat(stored(id)[0]).isEqualTo("COMMUNE");
    }

    @Test
    void theMapIsReadInSqlWithinTheReadersReachAndCapped() {
        String commune = Fixtures.FREE_COMMUNE;
        entry(commune);
        entry(commune);
        var filter = EquipmentFilter.communes(java.util.Set.of(commune));
        EquipmentQueries.MapData all = SignedIn.as(users, "caf-nord", () -> reads.map(filter, 1));
        assertThat(all.placed()).isGreaterThanOrEqualTo(2);
        assertThat(all.points()).hasSize(1);
        assertThat(all.notShown()).isEqualTo(all.placed() - 1);
        assertThat(all.byType()).isNotEmpty();
        assertThat(all.byType().stream()
                        .mapToLong(EquipmentQueries.TypeCount::placed)
                        .sum())
                .isEqualTo(all.placed());

        EquipmentQueries.MapData outside = SignedIn.as(users, "lille", () -> reads.map(filter, 100));
        assertThat(outside.total()).isZero();
        assertThat(outside.points()).isEmpty();
    }
}
