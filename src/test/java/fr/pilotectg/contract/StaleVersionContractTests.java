package fr.pilotectg.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every change that carries a {@code version} checks it: for each operation of the live OpenAPI document that takes a
 * {@code version} (a property of its JSON request body, or a query parameter), the test builds its own object through
 * the API, sends the change with a stale version, and expects 409 {@code CONCURRENT_MODIFICATION} with the object read
 * back unchanged. An operation with a version and no row in {@link #STALE} or {@link #CREATIONS} fails the test, so a
 * new versioned endpoint cannot escape.
 */
@IntegrationTest
class StaleVersionContractTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** What one row builds: the change to send for a given version, the version the object has now, how to read it back. */
    record Target(int current, IntFunction<Request> change, Supplier<String> read) {}

    record Request(String method, String path, String body, String contentType) {

        static Request post(String path, String body) {
            return new Request("POST", path, body, "application/json");
        }

        static Request put(String path, String body) {
            return new Request("PUT", path, body, "application/json");
        }

        static Request delete(String path) {
            return new Request("DELETE", path, null, null);
        }
    }

    interface Row {
        Target build(StaleVersionContractTests t);
    }

    /** Operations whose request record has a {@code version} that a creation does not read (nothing exists yet to be stale). */
    static final Map<String, String> CREATIONS = Map.ofEntries(
            Map.entry("POST /api/v1/conventions/reference-list/{kind}", "adds an entry to the national list"),
            Map.entry("POST /api/v1/conventions/{id}/governance/bodies", "creates a body"),
            Map.entry("POST /api/v1/conventions/{id}/governance/meetings", "creates a meeting"),
            Map.entry("POST /api/v1/conventions/{id}/governance/posts", "creates a post"),
            Map.entry("POST /api/v1/conventions/{id}/indicators", "creates an indicator"),
            Map.entry("POST /api/v1/conventions/{id}/plan/fiches", "creates a fiche"),
            Map.entry("POST /api/v1/conventions/{id}/schema/actions", "creates a schéma row"),
            Map.entry("POST /api/v1/deliberations", "records a deliberation"),
            Map.entry("POST /api/v1/equipments", "creates a register entry"),
            Map.entry("POST /api/v1/organisations", "creates an organisation"),
            Map.entry("POST /api/v1/users", "creates a user"));

    /** "METHOD path" of each versioned change → how to build its object and a valid change. */
    static final Map<String, Row> STALE = new LinkedHashMap<>();

    static {
        String c = "/api/v1/conventions/";
        // The national list (administrators)
        STALE.put("PUT /api/v1/conventions/reference-list/{kind}/{code}", t -> {
            JsonNode item = t.admin()
                    .post(
                            c + "reference-list/DOMAIN",
                            "{\"label\":\"Domaine contrat %s\"}".formatted(UUID.randomUUID()))
                    .json();
            String code = item.get("code").asString();
            return new Target(
                    item.get("version").asInt(),
                    v -> Request.put(
                            c + "reference-list/DOMAIN/" + code,
                            "{\"version\":%d,\"label\":\"Libellé périmé\",\"active\":true}".formatted(v)),
                    () -> t.referenceItem(code));
        });
        // Financing inputs: saved once (version 1), then changed with a stale version
        STALE.put("PUT /api/v1/conventions/{id}/financing/inputs", t -> {
            String id = id(t.draft());
            var saved = t.caf().put(c + id + "/financing/inputs", "{\"version\":0,\"inputs\":{}}");
            return new Target(
                    saved.json().get("version").asInt(),
                    v -> Request.put(
                            c + id + "/financing/inputs",
                            "{\"version\":%d,\"inputs\":{\"territories\":[{\"key\":\"PERIME\"}]}}".formatted(v)),
                    t.reader(c + id + "/financing"));
        });
        // Importing the figures of the structures on the inputs read at a version
        STALE.put("POST /api/v1/conventions/{id}/financing/inputs/import", t -> {
            String id = id(t.draft());
            var saved = t.caf().put(c + id + "/financing/inputs", "{\"version\":0,\"inputs\":{}}");
            String boundary = "----pilote" + UUID.randomUUID();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nStructure (identifiant);Année\ninconnue;2024\n\r\n--" + boundary
                    + "--\r\n";
            return new Target(
                    saved.json().get("version").asInt(),
                    v -> new Request(
                            "POST",
                            c + id + "/financing/inputs/import?dryRun=true&version=" + v,
                            body,
                            "multipart/form-data; boundary=" + boundary),
                    t.reader(c + id + "/financing"));
        });
        // Notifying and paying lines: the version is the inputs' one the amounts were read at
        STALE.put("POST /api/v1/conventions/{id}/financing/lines/notify", t -> {
            String id = t.financedDraft();
            return new Target(
                    1,
                    v -> Request.post(c + id + "/financing/lines/notify", t.psLine(v)),
                    t.reader(c + id + "/financing"));
        });
        STALE.put("POST /api/v1/conventions/{id}/financing/lines/pay", t -> {
            String id = t.financedDraft();
            ok(t.caf().post(c + id + "/financing/lines/notify", t.psLine(1)));
            return new Target(
                    1,
                    v -> Request.post(c + id + "/financing/lines/pay", t.psLine(v)),
                    t.reader(c + id + "/financing"));
        });
        // Discarding a financing scenario: the scenario's own version
        STALE.put("POST /api/v1/conventions/{id}/financing/scenarios/{scenarioId}/discard", t -> {
            String id = id(t.draft());
            JsonNode scenario = ok(
                    t.caf()
                            .post(
                                    c + id + "/financing/scenarios",
                                    "{\"name\":\"Scénario\",\"changes\":[{\"kind\":\"SET_PRORATION\",\"proration\":\"NONE\"}]}"));
            String path = c + id + "/financing/scenarios/" + scenario.get("id").asString();
            return new Target(
                    scenario.get("version").asInt(),
                    v -> Request.post(path + "/discard", "{\"version\":%d}".formatted(v)),
                    t.reader(path));
        });
        // Convention life cycle
        STALE.put("PUT /api/v1/conventions/{id}/terms", t -> {
            JsonNode d = t.draft();
            String id = id(d);
            return new Target(
                    version(d),
                    v -> Request.put(
                            c + id + "/terms",
                            "{\"version\":%d,\"terms\":%s}"
                                    .formatted(v, t.terms("Périmé", "2024-01-01", "2027-12-31"))),
                    t.reader(c + id));
        });
        STALE.put("PUT /api/v1/conventions/{id}/record", t -> {
            Api.Response recorded = t.caf()
                    .post(
                            c + "signed",
                            "{\"signedOn\":\"2023-01-20\",\"terms\":%s}"
                                    .formatted(t.terms("CTG contrat enregistrée", "2023", "2026")));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            JsonNode r = recorded.json();
            return new Target(
                    version(r),
                    v -> Request.put(
                            c + id(r) + "/record",
                            "{\"version\":%d,\"signedOn\":\"2023-01-21\",\"signaturePlace\":\"Lille\",\"terms\":%s}"
                                    .formatted(v, t.terms("Périmé", "2023", "2027"))),
                    t.reader(c + id(r)));
        });
        STALE.put("POST /api/v1/conventions/{id}/submission", t -> {
            JsonNode d = t.draft();
            return new Target(
                    version(d),
                    v -> Request.post(c + id(d) + "/submission", "{\"version\":%d}".formatted(v)),
                    t.reader(c + id(d)));
        });
        STALE.put("POST /api/v1/conventions/{id}/return-to-draft", t -> {
            JsonNode s = t.submitted();
            return new Target(
                    version(s),
                    v -> Request.post(c + id(s) + "/return-to-draft", "{\"version\":%d}".formatted(v)),
                    t.reader(c + id(s)));
        });
        STALE.put("POST /api/v1/conventions/{id}/deliberations", t -> {
            JsonNode s = t.submitted();
            return new Target(
                    version(s), v -> Request.post(c + id(s) + "/deliberations", t.linkBody(v)), t.reader(c + id(s)));
        });
        STALE.put("DELETE /api/v1/conventions/{id}/deliberations/{deliberationId}", t -> {
            JsonNode l = t.linked();
            return new Target(
                    version(l),
                    v -> Request.delete(c + id(l) + "/deliberations/" + t.de23027() + "?version=" + v),
                    t.reader(c + id(l)));
        });
        STALE.put("POST /api/v1/conventions/{id}/signature", t -> {
            JsonNode l = t.linked();
            return new Target(
                    version(l),
                    v -> Request.post(
                            c + id(l) + "/signature", "{\"version\":%d,\"signedOn\":\"2023-02-10\"}".formatted(v)),
                    t.reader(c + id(l)));
        });
        STALE.put("POST /api/v1/conventions/{id}/amendments", t -> {
            JsonNode s = t.signed();
            return new Target(
                    version(s),
                    v -> Request.post(
                            c + id(s) + "/amendments",
                            "{\"version\":%d,\"title\":\"Avenant périmé\",\"draftedOn\":\"2024-01-15\",\"terms\":%s}"
                                    .formatted(v, t.terms("Avenant", "2023-01-01", "2027-06-30"))),
                    t.reader(c + id(s)));
        });
        STALE.put("POST /api/v1/conventions/{id}/amendments/{number}/signature", t -> {
            JsonNode a = t.amended();
            return new Target(
                    version(a),
                    v -> Request.post(
                            c + id(a) + "/amendments/1/signature",
                            "{\"version\":%d,\"signedOn\":\"2024-02-01\"}".formatted(v)),
                    t.reader(c + id(a)));
        });
        STALE.put("POST /api/v1/conventions/{id}/amendments/{number}/withdrawal", t -> {
            JsonNode a = t.amended();
            return new Target(
                    version(a),
                    v -> Request.post(c + id(a) + "/amendments/1/withdrawal", "{\"version\":%d}".formatted(v)),
                    t.reader(c + id(a)));
        });
        STALE.put("POST /api/v1/conventions/{id}/terminations", t -> {
            JsonNode s = t.signed();
            return new Target(
                    version(s),
                    v -> Request.post(
                            c + id(s) + "/terminations",
                            "{\"version\":%d,\"kind\":\"NOTICE\",\"actOn\":\"2024-03-15\",\"party\":\"%s\"}"
                                    .formatted(v, t.org("Ville d'Armentières"))),
                    t.reader(c + id(s)));
        });
        STALE.put("POST /api/v1/conventions/{id}/renewal", t -> {
            JsonNode s = t.signed();
            return new Target(
                    version(s),
                    v -> Request.post(
                            c + id(s) + "/renewal",
                            "{\"version\":%d,\"start\":\"2027-01-01\",\"end\":\"2030-12-31\"}".formatted(v)),
                    () -> t.caf().get(c + id(s)).body() + " successors=" + t.successors(id(s)));
        });
        // Diagnostic
        STALE.put(
                "PUT /api/v1/conventions/{id}/diagnostic/analyses/{section}",
                t -> t.diagnostic((id, v) -> Request.put(
                        c + id + "/diagnostic/analyses/CONTEXT",
                        "{\"version\":%d,\"status\":\"IN_PROGRESS\",\"text\":\"Analyse périmée\",\"dataSources\":[\"INSEE\"]}"
                                .formatted(v))));
        STALE.put(
                "PUT /api/v1/conventions/{id}/diagnostic/figures",
                t -> t.diagnostic((id, v) -> Request.put(
                        c + id + "/diagnostic/figures",
                        "{\"version\":%d,\"scope\":\"TERRITORY\",\"kind\":\"CHILDREN_UNDER_3\",\"value\":900,\"year\":2023,\"source\":\"Test\"}"
                                .formatted(v))));
        STALE.put(
                "POST /api/v1/conventions/{id}/diagnostic/figures/import",
                t -> t.diagnostic((id, v) -> new Request(
                        "POST",
                        c + id + "/diagnostic/figures/import?dryRun=false&version=" + v,
                        "scope;kind;value;year;source\nTERRITORY;ALLOCATAIRES;1200;2023;Caf\n",
                        "text/csv")));
        STALE.put("DELETE /api/v1/conventions/{id}/diagnostic/figures/{scope}/{kind}", t -> {
            JsonNode s = t.signed();
            JsonNode withFigure = t.caf()
                    .put(
                            c + id(s) + "/diagnostic/figures",
                            "{\"version\":%d,\"scope\":\"TERRITORY\",\"kind\":\"CHILDREN_UNDER_3\",\"value\":900,\"year\":2023,\"source\":\"Test\"}"
                                    .formatted(t.diagnosticVersion(id(s))))
                    .json();
            return new Target(
                    version(withFigure),
                    v -> Request.delete(c + id(s) + "/diagnostic/figures/TERRITORY/CHILDREN_UNDER_3?version=" + v),
                    t.reader(c + id(s) + "/diagnostic"));
        });
        STALE.put(
                "PUT /api/v1/conventions/{id}/diagnostic/milestones",
                t -> t.diagnostic((id, v) -> Request.put(
                        c + id + "/diagnostic/milestones",
                        "{\"version\":%d,\"milestones\":[{\"dueOn\":\"2024-06-30\",\"deliverable\":\"Jalon périmé\"}]}"
                                .formatted(v))));
        STALE.put("PUT /api/v1/conventions/{id}/diagnostic/milestones/{dueOn}", t -> {
            JsonNode s = t.signed();
            JsonNode withMilestone = t.caf()
                    .put(
                            c + id(s) + "/diagnostic/milestones",
                            "{\"version\":%d,\"milestones\":[{\"dueOn\":\"2024-06-30\",\"deliverable\":\"Restitution\"}]}"
                                    .formatted(t.diagnosticVersion(id(s))))
                    .json();
            return new Target(
                    version(withMilestone),
                    v -> Request.put(
                            c + id(s) + "/diagnostic/milestones/2024-06-30",
                            "{\"version\":%d,\"doneOn\":\"2024-06-28\"}".formatted(v)),
                    t.reader(c + id(s) + "/diagnostic"));
        });
        STALE.put(
                "PUT /api/v1/conventions/{id}/diagnostic/priorities",
                t -> t.diagnostic((id, v) -> Request.put(
                        c + id + "/diagnostic/priorities",
                        "{\"version\":%d,\"priorities\":[{\"domain\":\"PETITE_ENFANCE\",\"field\":\"Accueil du jeune enfant\",\"enjeux\":[\"E1\"]}]}"
                                .formatted(v))));
        STALE.put(
                "PUT /api/v1/conventions/{id}/diagnostic/validation",
                t -> t.diagnostic((id, v) -> Request.put(
                        c + id + "/diagnostic/validation",
                        "{\"version\":%d,\"validatedOn\":\"2023-06-01\"}".formatted(v))));
        // Schéma de développement
        STALE.put(
                "PUT /api/v1/conventions/{id}/schema/actions/{actionId}",
                t -> t.schemaRow((path, v) -> Request.put(
                        path,
                        "{\"version\":%d,\"data\":{\"communeCode\":\"59017\",\"thematic\":\"ENFANCE_JEUNESSE\",\"nature\":\"CREATION\",\"title\":\"Ligne périmée\"}}"
                                .formatted(v))));
        STALE.put(
                "PUT /api/v1/conventions/{id}/schema/actions/{actionId}/status",
                t -> t.schemaRow((path, v) ->
                        Request.put(path + "/status", "{\"version\":%d,\"status\":\"IN_PROGRESS\"}".formatted(v))));
        STALE.put(
                "POST /api/v1/conventions/{id}/schema/actions/{actionId}/realisation",
                t -> t.schemaRow((path, v) -> Request.post(
                        path + "/realisation", "{\"version\":%d,\"realisedOn\":\"2024-01-15\"}".formatted(v))));
        // Governance
        STALE.put("PUT /api/v1/conventions/{id}/governance/bodies/{bodyId}", t -> {
            JsonNode s = t.signed();
            JsonNode body = t.body(id(s));
            String path = c + id(s) + "/governance/bodies/" + id(body);
            return new Target(
                    version(body),
                    v -> Request.put(
                            path, "{\"version\":%d,\"kind\":\"COTECH\",\"name\":\"Comité périmé\"}".formatted(v)),
                    t.reader(path));
        });
        STALE.put("PUT /api/v1/conventions/{id}/governance/meetings/{meetingId}", t -> {
            JsonNode s = t.signed();
            JsonNode body = t.body(id(s));
            JsonNode meeting = t.meeting(id(s), id(body));
            String path = c + id(s) + "/governance/meetings/" + id(meeting);
            return new Target(
                    version(meeting),
                    v -> Request.put(
                            path,
                            "{\"version\":%d,\"bodyId\":\"%s\",\"date\":\"2023-07-01\",\"place\":\"Ailleurs\"}"
                                    .formatted(v, id(body))),
                    t.reader(path));
        });
        STALE.put("POST /api/v1/conventions/{id}/governance/meetings/{meetingId}/decisions", t -> {
            JsonNode s = t.signed();
            JsonNode meeting = t.meeting(id(s), id(t.body(id(s))));
            String path = c + id(s) + "/governance/meetings/" + id(meeting);
            return new Target(
                    version(meeting),
                    v -> Request.post(
                            path + "/decisions", "{\"version\":%d,\"text\":\"Décision périmée\"}".formatted(v)),
                    t.reader(path));
        });
        STALE.put("PUT /api/v1/conventions/{id}/governance/posts/{postId}", t -> {
            JsonNode s = t.signed();
            JsonNode post = t.post(id(s));
            String path = c + id(s) + "/governance/posts/" + id(post);
            return new Target(
                    version(post),
                    v -> Request.put(
                            path,
                            "{\"version\":%d,\"role\":\"CHEF_PROJET\",\"theme\":\"Périmé\",\"etp\":0.5,\"person\":\"M. Test\"}"
                                    .formatted(v)),
                    t.reader(path));
        });
        STALE.put("POST /api/v1/conventions/{id}/governance/posts/{postId}/reports", t -> {
            JsonNode s = t.signed();
            JsonNode post = t.post(id(s));
            String path = c + id(s) + "/governance/posts/" + id(post);
            return new Target(
                    version(post),
                    v -> Request.post(
                            path + "/reports",
                            "{\"version\":%d,\"year\":2023,\"receivedOn\":\"2024-03-10\"}".formatted(v)),
                    t.reader(path));
        });
        // Evaluation
        STALE.put(
                "PUT /api/v1/conventions/{id}/indicators/{indicatorId}",
                t -> t.indicator((path, v) -> Request.put(
                        path,
                        "{\"version\":%d,\"name\":\"Indicateur périmé\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\"}"
                                .formatted(v))));
        STALE.put(
                "PUT /api/v1/conventions/{id}/indicators/{indicatorId}/targets/{year}",
                t -> t.indicator((path, v) ->
                        Request.put(path + "/targets/2025", "{\"version\":%d,\"value\":\"60\"}".formatted(v))));
        STALE.put(
                "PUT /api/v1/conventions/{id}/indicators/{indicatorId}/values/{year}",
                t -> t.indicator((path, v) ->
                        Request.put(path + "/values/2024", "{\"version\":%d,\"value\":\"48\"}".formatted(v))));
        STALE.put(
                "PUT /api/v1/conventions/{id}/reviews/{year}",
                t -> t.review(
                        "/reviews/2023",
                        (path, v) -> Request.put(
                                path, "{\"version\":%d,\"conclusions\":\"Conclusions périmées\"}".formatted(v))));
        STALE.put(
                "POST /api/v1/conventions/{id}/reviews/{year}/freeze",
                t -> t.review(
                        "/reviews/2023",
                        (path, v) -> Request.post(
                                path + "/freeze", "{\"version\":%d,\"presentedOn\":\"2024-06-12\"}".formatted(v))));
        STALE.put(
                "PUT /api/v1/conventions/{id}/final-review",
                t -> t.review(
                        "/final-review",
                        (path, v) ->
                                Request.put(path, "{\"version\":%d,\"conclusions\":\"Bilan périmé\"}".formatted(v))));
        STALE.put(
                "POST /api/v1/conventions/{id}/final-review/freeze",
                t -> t.review(
                        "/final-review",
                        (path, v) -> Request.post(
                                path + "/freeze", "{\"version\":%d,\"presentedOn\":\"2026-11-15\"}".formatted(v))));
        // Action plan
        STALE.put("PUT /api/v1/fiches/{id}", t -> {
            JsonNode f = t.fiche();
            return new Target(
                    version(f),
                    v -> Request.put(
                            "/api/v1/fiches/" + id(f),
                            "{\"version\":%d,\"axisId\":\"%s\",\"title\":\"Fiche périmée\"}"
                                    .formatted(v, f.get("axisId").asString())),
                    t.reader("/api/v1/fiches/" + id(f)));
        });
        STALE.put("POST /api/v1/fiches/{id}/status", t -> {
            JsonNode f = t.fiche();
            return new Target(
                    version(f),
                    v -> Request.post(
                            "/api/v1/fiches/" + id(f) + "/status",
                            "{\"version\":%d,\"status\":\"PRESENTED\"}".formatted(v)),
                    t.reader("/api/v1/fiches/" + id(f)));
        });
        // Deliberations
        STALE.put("PUT /api/v1/deliberations/{id}", t -> {
            String number = "CTR" + UUID.randomUUID().toString().substring(0, 8);
            Api.Response created = t.lens().post("/api/v1/deliberations", t.deliberation(number, null));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode d = created.json();
            return new Target(
                    version(d),
                    v -> Request.put("/api/v1/deliberations/" + id(d), t.deliberation(number, v)),
                    () -> t.lens().get("/api/v1/deliberations/" + id(d)).body());
        });
        // Equipment register
        STALE.put(
                "PUT /api/v1/equipments/{id}",
                t -> t.equipment((path, v) -> Request.put(path, t.equipmentBody("Équipement périmé", v))));
        STALE.put(
                "POST /api/v1/equipments/{id}/capacities",
                t -> t.equipment((path, v) -> Request.post(
                        path + "/capacities",
                        "{\"version\":%d,\"value\":30,\"unit\":\"PLACES\",\"effectiveOn\":\"2025-01-01\"}"
                                .formatted(v))));
        STALE.put(
                "POST /api/v1/equipments/{id}/close",
                t -> t.equipment((path, v) ->
                        Request.post(path + "/close", "{\"version\":%d,\"closedOn\":\"2025-06-30\"}".formatted(v))));
        // Directory (administrators)
        STALE.put("PUT /api/v1/organisations/{id}", t -> {
            JsonNode o = t.organisation();
            return new Target(
                    version(o),
                    v -> Request.put(
                            "/api/v1/organisations/" + id(o),
                            "{\"version\":%d,\"kind\":\"OTHER\",\"name\":\"Organisation périmée %s\"}"
                                    .formatted(v, UUID.randomUUID())),
                    t.adminReader("/api/v1/organisations/" + id(o)));
        });
        STALE.put("PUT /api/v1/users/{id}", t -> {
            JsonNode o = t.organisation();
            Api.Response created = t.admin()
                    .post(
                            "/api/v1/users",
                            "{\"username\":\"contrat-%s\",\"displayName\":\"Utilisateur contrat\",\"organisationId\":\"%s\",\"role\":\"READER\"}"
                                    .formatted(UUID.randomUUID().toString().substring(0, 8), id(o)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode user = created.json().get("user");
            return new Target(
                    version(user),
                    v -> Request.put(
                            "/api/v1/users/" + id(user),
                            "{\"version\":%d,\"displayName\":\"Nom périmé\",\"organisationId\":\"%s\",\"role\":\"READER\",\"enabled\":true}"
                                    .formatted(v, id(o))),
                    t.adminReader("/api/v1/users?organisation=" + id(o)));
        });
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void everyOperationThatTakesAVersionHasARowAndEveryRowAnOperation() {
        Set<String> versioned = versionedOperations();
        Set<String> missing = new TreeSet<>(versioned);
        missing.removeAll(STALE.keySet());
        missing.removeAll(CREATIONS.keySet());
        assertThat(missing)
                .as("operations that take a version but have no row in StaleVersionContractTests.STALE "
                        + "(how to build the object and a valid change) nor in CREATIONS")
                .isEmpty();
        Set<String> unknown = new TreeSet<>(STALE.keySet());
        unknown.addAll(CREATIONS.keySet());
        unknown.removeAll(versioned);
        assertThat(unknown)
                .as("rows for operations that no longer take a version")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> aStaleVersionIsRefusedWith409AndTheObjectIsUnchanged() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String operation : versionedOperations()) {
            Row row = STALE.get(operation);
            if (row == null) continue;
            tests.add(DynamicTest.dynamicTest(operation, () -> {
                Target target = row.build(this);
                int stale = target.current() > 0 ? target.current() - 1 : target.current() + 1;
                String before = target.read().get();
                Request change = target.change().apply(stale);
                Api.Response response = send(change);
                assertThat(response.status())
                        .as(
                                "%s with stale version %d (current %d): %s",
                                operation, stale, target.current(), response.body())
                        .isEqualTo(409);
                assertThat(response.code()).isEqualTo("CONCURRENT_MODIFICATION");
                assertThat(target.read().get())
                        .as("%s: the object is unchanged after a refused stale change", operation)
                        .isEqualTo(before);
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(40);
        return tests.stream();
    }

    /** "METHOD path" of every operation with a {@code version} query parameter or JSON request body property. */
    Set<String> versionedOperations() {
        JsonNode docs = Api.anonymous(port).get("/v3/api-docs").json();
        JsonNode schemas = docs.path("components").path("schemas");
        Set<String> versioned = new TreeSet<>();
        JsonNode paths = docs.path("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                JsonNode operation = paths.get(path).get(method);
                boolean hasVersion = false;
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("version".equals(parameter.path("name").asString())
                            && "query".equals(parameter.path("in").asString())) hasVersion = true;
                }
                JsonNode json = operation
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (json.has("$ref"))
                    json = schemas.path(json.get("$ref").asString().substring("#/components/schemas/".length()));
                if (json.path("properties").has("version")) hasVersion = true;
                if (hasVersion) versioned.add(method.toUpperCase() + " " + path);
            }
        }
        return versioned;
    }

    // --- fixtures: each row builds its own objects -------------------------------------------------------------------

    Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    Api admin() {
        return Api.as(port, "admin", "demo");
    }

    Api lens() {
        return Api.as(port, "lens", "demo");
    }

    Supplier<String> reader(String path) {
        return () -> {
            Api.Response read = caf().get(path);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            return read.body();
        };
    }

    Supplier<String> adminReader(String path) {
        return () -> {
            Api.Response read = admin().get(path);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            return read.body();
        };
    }

    static String id(JsonNode node) {
        return node.get("id").asString();
    }

    static int version(JsonNode node) {
        assertThat(node.has("version")).as("no version in " + node).isTrue();
        return node.get("version").asInt();
    }

    UUID org(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    UUID de23027() {
        return jdbc.sql("SELECT id FROM deliberation.deliberation WHERE number = 'DE23.027'")
                .query(UUID.class)
                .single();
    }

    long successors(String id) {
        return jdbc.sql("SELECT count(*) FROM convention.convention WHERE predecessor_id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    String referenceItem(String code) {
        for (JsonNode item : caf().get("/api/v1/conventions/reference-list").json()) {
            if (code.equals(item.path("code").asString())) return item.toString();
        }
        throw new AssertionError("no reference item " + code);
    }

    /** An Armentières-like convention: the Caf du Nord and the Ville d'Armentières (which needs its council's deliberation). */
    String terms(String title, String start, String end) {
        return """
                {"title":"%s %s","start":"%s","end":"%s","communes":["59017"],
                 "signatories":[
                   {"organisationId":"%s","representatives":[{"name":"Véronique DELCOURT","role":"BOARD_CHAIR"},
                                                             {"name":"Audrey MATHON-DEBETENCOURT","role":"DIRECTOR"}]},
                   {"organisationId":"%s","representatives":[{"name":"Bernard HAESEBROECK","role":"MAYOR","title":"Maire"}]}],
                 "domains":["PETITE_ENFANCE","PARENTALITE"],"missions":[{"code":"M1","enjeux":["E1","E2"]}]}
                """.formatted(
                        title,
                        UUID.randomUUID(),
                        start,
                        end,
                        org("Caisse d'allocations familiales du Nord"),
                        org("Ville d'Armentières"));
    }

    /** A draft with one structure whose PS of 2024 is known (inputs at version 1). */
    String financedDraft() {
        String id = id(draft());
        ok(caf().put(
                        "/api/v1/conventions/" + id + "/financing/inputs",
                        "{\"version\":0,\"inputs\":{\"structures\":[{\"id\":\"s\",\"name\":\"Structure\",\"kind\":\"EAJE\","
                                + "\"years\":[{\"year\":2024,\"ps\":1000}]}]}}"));
        return id;
    }

    /** The request naming the structure's PS line of 2024, read at {@code version}. */
    String psLine(int version) {
        return "{\"version\":%d,\"lines\":[{\"structureId\":\"s\",\"year\":2024,\"kind\":\"PS\"}]}".formatted(version);
    }

    JsonNode draft() {
        Api.Response created = caf().post("/api/v1/conventions", terms("CTG contrat", "2023-01-01", "2026-12-31"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    JsonNode submitted() {
        JsonNode d = draft();
        return ok(caf().post("/api/v1/conventions/" + id(d) + "/submission", "{\"version\":%d}".formatted(version(d))));
    }

    String linkBody(int version) {
        return "{\"version\":%d,\"signatoryId\":\"%s\",\"deliberationId\":\"%s\"}"
                .formatted(version, org("Ville d'Armentières"), de23027());
    }

    JsonNode linked() {
        JsonNode s = submitted();
        return ok(caf().post("/api/v1/conventions/" + id(s) + "/deliberations", linkBody(version(s))));
    }

    /** In force from its signature on 10/02/2023, 2023-2026. */
    JsonNode signed() {
        JsonNode l = linked();
        return ok(caf().post(
                        "/api/v1/conventions/" + id(l) + "/signature",
                        "{\"version\":%d,\"signedOn\":\"2023-02-10\"}".formatted(version(l))));
    }

    JsonNode amended() {
        JsonNode s = signed();
        Api.Response drafted = caf().post(
                        "/api/v1/conventions/" + id(s) + "/amendments",
                        "{\"version\":%d,\"title\":\"Avenant n° 1\",\"draftedOn\":\"2024-01-15\",\"terms\":%s}"
                                .formatted(version(s), terms("Avenant", "2023-01-01", "2027-06-30")));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.json();
    }

    static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    int diagnosticVersion(String conventionId) {
        return version(ok(caf().get("/api/v1/conventions/" + conventionId + "/diagnostic")));
    }

    interface Change {
        Request apply(String pathOrId, int version);
    }

    Target diagnostic(Change change) {
        String id = id(signed());
        return new Target(
                diagnosticVersion(id), v -> change.apply(id, v), reader("/api/v1/conventions/" + id + "/diagnostic"));
    }

    Target schemaRow(Change change) {
        String id = id(signed());
        JsonNode row = ok(
                caf().post(
                                "/api/v1/conventions/" + id + "/schema/actions",
                                "{\"data\":{\"communeCode\":\"59017\",\"thematic\":\"ENFANCE_JEUNESSE\",\"nature\":\"CREATION\",\"title\":\"ALSH contrat\",\"equipmentType\":\"ALSH_EXTRA\",\"capacityAdded\":12,\"unit\":\"PLACES\"}}"));
        String path = "/api/v1/conventions/" + id + "/schema/actions/" + id(row);
        return new Target(version(row), v -> change.apply(path, v), reader(path));
    }

    JsonNode body(String conventionId) {
        return ok(caf().post(
                        "/api/v1/conventions/" + conventionId + "/governance/bodies",
                        "{\"kind\":\"COTECH\",\"name\":\"Comité contrat %s\"}".formatted(UUID.randomUUID())));
    }

    JsonNode meeting(String conventionId, String bodyId) {
        return ok(caf().post(
                        "/api/v1/conventions/" + conventionId + "/governance/meetings",
                        "{\"bodyId\":\"%s\",\"date\":\"2023-06-20\",\"place\":\"Salle du conseil\"}"
                                .formatted(bodyId)));
    }

    JsonNode post(String conventionId) {
        return ok(caf().post(
                        "/api/v1/conventions/" + conventionId + "/governance/posts",
                        "{\"role\":\"CHEF_PROJET\",\"theme\":\"Coordination\",\"etp\":0.8,\"person\":\"M. Test\"}"));
    }

    Target indicator(Change change) {
        String id = id(signed());
        JsonNode indicator =
                ok(caf().post("/api/v1/conventions/" + id + "/indicators", """
                {"name":"Indicateur contrat %s","unit":"PERCENT","direction":"HIGHER_IS_BETTER","source":"Test","baselineValue":"45","baselineYear":"2022"}""".formatted(UUID.randomUUID())));
        String path = "/api/v1/conventions/" + id + "/indicators/" + id(indicator);
        return new Target(version(indicator), v -> change.apply(path, v), reader(path));
    }

    /** A written review (so that its version is at least 1). */
    Target review(String which, Change change) {
        String path = "/api/v1/conventions/" + id(signed()) + which;
        JsonNode read = ok(caf().get(path));
        JsonNode written = ok(
                caf().put(path, "{\"version\":%d,\"conclusions\":\"Premières conclusions\"}".formatted(version(read))));
        return new Target(version(written), v -> change.apply(path, v), reader(path));
    }

    JsonNode fiche() {
        String id = id(signed());
        JsonNode axis = ok(caf().post(
                        "/api/v1/conventions/" + id + "/plan/axes",
                        "{\"title\":\"Axe contrat %s\"}".formatted(UUID.randomUUID())));
        return ok(caf().post(
                        "/api/v1/conventions/" + id + "/plan/fiches",
                        "{\"axisId\":\"%s\",\"title\":\"Fiche contrat\"}".formatted(id(axis))));
    }

    String deliberation(String number, Integer version) {
        return """
                {%s"organisationId":"%s","body":"CONSEIL_MUNICIPAL","number":"%s","object":"Convention territoriale globale — %s",
                 "seanceDate":"2024-03-14","membersInOffice":7,"president":"Anne AUBERT",
                 "present":["Anne AUBERT","Bruno BLANC","Claire COLIN","David DUVAL"],"vote":"UNANIMITY"}""".formatted(
                        version == null ? "" : "\"version\":" + version + ",",
                        org("Ville de Lens"),
                        number,
                        version == null ? "contrat" : "périmée");
    }

    String equipmentBody(String name, Integer version) {
        return """
                {%s"type":"EAJE_MULTI_ACCUEIL","name":"%s %s","operatorName":"Centre social test","operatorCategory":"ASSOCIATIF",
                 "addresses":[{"street":"1 rue du Test","postalCode":"59280","city":"Armentières"}],"communeCode":"59017","supportedByCollectivite":true}""".formatted(version == null ? "" : "\"version\":" + version + ",", name, UUID.randomUUID());
    }

    Target equipment(Change change) {
        JsonNode entry = ok(caf().post("/api/v1/equipments", equipmentBody("Équipement contrat", null)));
        String path = "/api/v1/equipments/" + id(entry);
        return new Target(
                version(entry),
                v -> change.apply(path, v),
                () -> reader(path).get() + reader(path + "/capacities").get());
    }

    JsonNode organisation() {
        Api.Response created = admin().post(
                        "/api/v1/organisations",
                        "{\"kind\":\"OTHER\",\"name\":\"Organisation contrat %s\"}".formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    // --- HTTP
    // ---------------------------------------------------------------------------------------------------------

    Api.Response send(Request request) {
        Api caf = request.path().startsWith("/api/v1/organisations")
                        || request.path().startsWith("/api/v1/users")
                        || request.path().startsWith("/api/v1/conventions/reference-list")
                ? admin()
                : request.path().startsWith("/api/v1/deliberations") ? lens() : caf();
        if (request.contentType() == null) return caf.delete(request.path());
        if (!"application/json".equals(request.contentType())) return raw(request, "caf-nord");
        return "PUT".equals(request.method())
                ? caf.put(request.path(), request.body())
                : caf.post(request.path(), request.body());
    }

    /** A request with another content type than JSON (the Caf figures CSV import). */
    private Api.Response raw(Request request, String username) {
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest http = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .header("Content-Type", request.contentType())
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(http, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
