package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.directory.domain.ApiTokenService;
import fr.pilotectg.directory.domain.UserAccountRepository;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input never makes the application fail (no 5xx), and gets a 400 with a stable code where the issue asks for it.
 * The fuzz part reads the OpenAPI document at test time and drives every GET operation of the API with hostile values
 * in each query parameter and path variable, as an admin and as a collectivité agent.
 */
@IntegrationTest
class HostileInputIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    /** NUL, quotes, LIKE wildcards, backslash, long strings, huge and negative numbers, bad UUIDs and dates, unicode. */
    static final List<String> HOSTILE = List.of(
            "\u0000",
            "'",
            "%",
            "_",
            "\\",
            "x".repeat(10_000),
            "é".repeat(1_500),
            "99999999999999999999",
            "+9999999",
            "-1",
            "not-a-uuid",
            "2023-02-30",
            "🙂\u202e",
            "a/b",
            "",
            "../..");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserAccountRepository users;

    private final HttpClient http = HttpClient.newHttpClient();

    @TestFactory
    Stream<DynamicTest> everyGetOperationOfTheApiSurvivesHostileParameters() {
        JsonNode paths = Api.anonymous(port).get("/v3/api-docs").json().get("paths");
        Map<String, String> tokenOf = new LinkedHashMap<>();
        for (String username : List.of("admin", "lille")) {
            tokenOf.put(
                    username,
                    tokens.create(users.findPrincipal(username).orElseThrow(), "Fuzz", null)
                            .secret());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (var entry : paths.properties()) {
            JsonNode get = entry.getValue().get("get");
            if (get == null) continue;
            String template = entry.getKey();
            List<JsonNode> parameters = new ArrayList<>();
            get.path("parameters").forEach(parameters::add);
            tests.add(DynamicTest.dynamicTest("GET " + template, () -> {
                List<String[]> calls = new ArrayList<>(); // user, token, uri
                for (var user : tokenOf.entrySet()) {
                    for (JsonNode parameter : parameters) {
                        for (String value : HOSTILE) {
                            calls.add(new String[] {
                                user.getKey(),
                                user.getValue(),
                                uri(template, parameters, parameter.get("name").asString(), value)
                            });
                        }
                    }
                    if (parameters.isEmpty())
                        calls.add(new String[] {user.getKey(), user.getValue(), uri(template, parameters, null, null)});
                }
                List<String> failures = calls.parallelStream()
                        .map(call -> {
                            int status = status(call[2], call[1]);
                            return status >= 500 ? call[0] + " " + status + " " + abbreviate(call[2]) : null;
                        })
                        .filter(java.util.Objects::nonNull)
                        .toList();
                assertThat(failures).as("%s: %d calls", template, calls.size()).isEmpty();
            }));
        }
        assertThat(tests).as("GET operations found in /v3/api-docs").hasSizeGreaterThan(20);
        return tests.stream();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "_", "-", "%", "\\", "\u0000"})
    void communeSearchAnswersWhateverIsTyped(String q) {
        Api.Response api = caf().get("/api/v1/communes?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        if (q.equals("\u0000")) {
            assertThat(api.status()).isEqualTo(400);
            assertThat(api.code()).isEqualTo("INVALID_CHARACTER");
        } else {
            assertThat(api.status()).isEqualTo(200);
        }
        PageSession.Page page = PageSession.signIn(port, "caf-nord", "demo")
                .get("/communes?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(q.equals("\u0000") ? 400 : 200);
        if (page.status() == 400) assertThat(page.body()).contains("caractère");
    }

    @Test
    void theAuditJournalByIdNeedsAType() {
        Api.Response api = caf().get("/api/v1/audit?entityId=" + LLH);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.json().get("fields").get(0).get("field").asString()).isEqualTo("entityType");
        assertThat(PageSession.signIn(port, "admin", "demo")
                        .get("/audit?entityId=" + LLH)
                        .status())
                .isLessThan(500);
    }

    @Test
    void hugeYearsAreRefusedOrNotFoundNeverAFailure() {
        PageSession admin = PageSession.signIn(port, "admin", "demo");
        for (String year : List.of("9999999", "%2B9999999", "99999999999", "-5")) {
            assertThat(caf().get("/api/v1/conventions/" + LLH + "/reviews/" + year)
                            .status())
                    .as(year)
                    .isIn(400, 404);
            assertThat(admin.get("/conventions/" + LLH + "/evaluation/revues/" + year)
                            .status())
                    .as(year)
                    .isIn(400, 404);
            assertThat(caf().get("/api/v1/deliberations?year=" + year).status())
                    .as(year)
                    .isIn(200, 400);
            assertThat(admin.get("/deliberations?year=" + year).status())
                    .as(year)
                    .isIn(200, 400, 404);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "a%2Fb", "a%5Cb", "%2e%2e%2F", "a;b", "%25"})
    void encodedTroubleInAPathGetsTheApplicationsAnswer(String segment) throws IOException {
        String api = raw("/api/v1/communes/" + segment, "application/json");
        assertThat(api)
                .startsWith("HTTP/1.1 4")
                .contains("application/problem+json")
                .contains("\"code\"");
        String page = raw("/communes/" + segment, "text/html");
        assertThat(page)
                .startsWith("HTTP/1.1 4")
                .contains("lang=\"fr\"")
                .doesNotContain("Apache Tomcat")
                .doesNotContain("HTTP Status");
    }

    @Test
    void writesWithANulByteOrWrongTypesAre400() {
        String axis = "/api/v1/conventions/" + ARMENTIERES + "/plan/axes";
        assertBadRequest(caf().post(axis, "{\"title\":\"Axe\\u0000nul\"}"), "INVALID_CHARACTER");
        assertBadRequest(caf().post(axis, "{\"title\":[\"liste\"]}"), "VALIDATION_FAILED");
        assertBadRequest(
                caf().post(
                                "/api/v1/conventions/" + ARMENTIERES + "/plan/fiches",
                                "{\"axisId\":\"pas-un-uuid\",\"title\":\"x\"}"),
                "VALIDATION_FAILED");
        assertBadRequest(
                caf().post(
                                "/api/v1/conventions/" + ARMENTIERES + "/governance/meetings",
                                "{\"bodyId\":\"6c1f0f1e-6000-4c71-8a11-0000000b2001\",\"date\":\"2023-02-30\"}"),
                "VALIDATION_FAILED");
        assertBadRequest(
                Api.as(port, "admin", "demo")
                        .post(
                                "/api/v1/users",
                                "{\"username\":\"nul\\u0000\",\"displayName\":\"N\",\"organisationId\":\"" + ARMENTIERES
                                        + "\",\"role\":\"READER\"}"),
                null);
        assertBadRequest(
                caf().post("/api/v1/deliberations", "{\"membersInOffice\":\"beaucoup\"}"), "VALIDATION_FAILED");
        assertBadRequest(caf().post(axis, "{\"title\":\"Axe"), "MALFORMED_JSON");
    }

    private void assertBadRequest(Api.Response response, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (code != null) assertThat(response.code()).isEqualTo(code);
    }

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private String uri(String template, List<JsonNode> parameters, String hostileName, String hostileValue) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : parameters) {
            String name = p.get("name").asString();
            boolean hostile = name.equals(hostileName);
            String in = p.path("in").asString();
            if (in.equals("path")) {
                String value = hostile ? hostileValue : sample(name, p.path("schema"));
                path = path.replace("{" + name + "}", UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
            } else if (in.equals("query") && (hostile || p.path("required").asBoolean(false))) {
                String value = hostile ? hostileValue : sample(name, p.path("schema"));
                query.append(query.isEmpty() ? "?" : "&")
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return path + query;
    }

    /** A well-formed value, so that each call is hostile in one parameter only. */
    private static String sample(String name, JsonNode schema) {
        String type = schema.path("type").asString("string");
        String format = schema.path("format").asString("");
        if (format.equals("uuid")) return LLH;
        if (format.equals("date")) return "2023-01-01";
        if (type.equals("integer") || type.equals("number"))
            return name.toLowerCase().contains("year") ? "2022" : "0";
        if (type.equals("boolean")) return "true";
        if (schema.has("enum")) return schema.get("enum").get(0).asString();
        return name.toLowerCase().contains("code") || name.equals("commune") ? "59350" : "lille";
    }

    private int status(String pathAndQuery, String token) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Accept", "application/json")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request written by hand, so that the path reaches the server exactly as given. */
    private String raw(String path, String accept) throws IOException {
        String auth = java.util.Base64.getEncoder().encodeToString("caf-nord:demo".getBytes(StandardCharsets.UTF_8));
        PageSession session = PageSession.signIn(port, "caf-nord", "demo");
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                                    + (path.startsWith("/api/")
                                            ? "\r\nAuthorization: Basic " + auth
                                            : "\r\nCookie: " + session.cookie())
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String uri) {
        return uri.length() > 200 ? uri.substring(0, 200) + "…" : uri;
    }
}
