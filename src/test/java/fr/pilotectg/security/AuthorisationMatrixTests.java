package fr.pilotectg.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import fr.pilotectg.directory.domain.ApiTokenService;
import fr.pilotectg.directory.domain.UserAccountRepository;
import fr.pilotectg.platform.PiloteUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorisation matrix, checked on every build: every operation of the running application's OpenAPI document
 * ({@code /v3/api-docs}) is called over real HTTP as every demo role, against an object inside that user's reach
 * ({@code own}) and one outside it ({@code other}), and the outcome class is compared with the expected-outcome table
 * {@code src/test/resources/security/authorisation-matrix.csv}.
 *
 * <p>Outcome classes: {@code 2xx}; {@code 4xx} = refused as bad input (400, 409 or 422); {@code 401}; {@code 403};
 * {@code 404}; any other status is its own class (e.g. {@code 500}). A row may accept alternatives separated by
 * {@code |}; writes by a role allowed to make them accept {@code 2xx|4xx}, because what matters here is who may call,
 * not whether our plausible body and the object's state at that moment let the change through. Out-of-reach and
 * read-only rows must only ever accept {@code 403} or {@code 404} (docs/adr/0003: out of reach → 404, read-only → 403).
 *
 * <p>The build fails when (1) a call answers 2xx where its row does not accept 2xx — a <b>leak</b>, all of them listed;
 * (2) an operation of the OpenAPI document has no row for some role and target — the operation is listed;
 * (3) any other outcome differs from its row; (4) a row names an operation the document no longer has.
 *
 * <p>Objects: three sets built in {@link #buildFixtures()} through the API, never demo data — Armentières (59017,
 * recorded by caf-nord, the Département du Nord as third signatory), Lens (62498, recorded by caf-pas-de-calais) and
 * Lille–Lomme (59350/59355, recorded by caf-nord): a signed convention with Caf and commune signatories, its council
 * deliberation, a pending avenant, an axis and a fiche, a governance body, meeting and post, an indicator, a schéma
 * row, diagnostic figures and milestones, an equipment entry, an association and one of its users. {@link #ROLES}
 * says which set is in reach ({@code own}) and which out of reach ({@code other}) for each role. Calls sign in with
 * personal API tokens created once per user (HTTP Basic would cost a bcrypt check per call).
 *
 * <p><b>When you add an endpoint</b>: run this class once; it fails and lists the missing operation. Then
 * <ol>
 *   <li>if its path has a new path variable, teach {@link #pathValue} how to fill it from a {@link Fixture} (and build
 *       the object in {@link #buildFixture} if needed); if it takes a body, add a plausible one to {@link #BODIES}
 *       (placeholders {@code ${name}} are a fixture's values, see {@link Fixture#values}); a required query parameter
 *       goes in {@link #QUERIES};</li>
 *   <li>run {@code ./mvnw -q -B test -Dtest=AuthorisationMatrixTests -Dmatrix.record=true}: the rows of the new
 *       operation are added from what the application answers (rows already in the table are kept as reviewed; rows of
 *       removed operations are dropped; {@code -Dmatrix.record=all} rewrites every row — then check {@code git diff}
 *       closely, it would also re-record every leak the table refuses today). The statuses and bodies observed are in
 *       {@code target/authorisation-matrix-observed.txt};</li>
 *   <li>review the new rows by hand against the access rule of ADR 0003 — out of reach → 404, read-only role
 *       (lecteur) → 403, partner writes only what names its organisation, admin everything, national reference lists
 *       read by all and changed by admins, an organisation's identity changed only by its own agents or an admin, within a
 *       shared convention terms, axes and import to the Caf and the lead collectivité, a fiche to its pilot or commune, a
 *       body or post to its owner or employer — and
 *       correct every row that records a bug: a recorded 2xx where the rule says 403/404 is a leak to fix in the
 *       code, not to keep in the table;</li>
 *   <li>run the class again without {@code -Dmatrix.record} and commit the table with the endpoint.</li>
 * </ol>
 */
// Its own application and database: the matrix creates organisations, deliberations and entries that the other tests,
// which assert the demo data exactly, must not see.
@TestPropertySource(properties = "pilote.test.database=authorisation-matrix")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTests {

    private static final Logger log = LoggerFactory.getLogger(AuthorisationMatrixTests.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path TABLE = Path.of("src/test/resources/security/authorisation-matrix.csv");
    static final String HEADER = "method,path,role,target,expected";
    static final int MAX_CALLS = 5000;
    /** The outcome of a response whose body was cut off (the connection broke after the status line). */
    static final int BROKEN_RESPONSE = 599;

    /** Every demo role (in calling order), the set of objects in its reach and one out of it (admin reaches both). */
    record RoleSpec(String login, String own, String other) {}

    static final List<RoleSpec> ROLES = List.of(
            new RoleSpec("caf-nord", "ARM", "LENS"),
            new RoleSpec("caf-pas-de-calais", "LENS", "ARM"),
            new RoleSpec("lille", "LILLE", "ARM"),
            new RoleSpec("lomme", "LILLE", "ARM"),
            new RoleSpec("armentieres", "ARM", "LILLE"),
            new RoleSpec("lens", "LENS", "ARM"),
            new RoleSpec("departement-nord", "ARM", "LENS"),
            new RoleSpec("lecteur", "LILLE", "ARM"),
            // last, so that the others meet the objects at the version they were built with
            new RoleSpec("admin", "ARM", "LENS"));

    static final String ANONYMOUS = "anonymous";

    /** Path variables that point at national reference data (no reach): the operation has no own/other target. */
    static final Set<String> NATIONAL_VARIABLES = Set.of("inseeCode", "siren");

    /**
     * Writes whose path names no object but whose body does (the organisation, commune or convention they are about):
     * they are called for the own and the other set too.
     */
    static final Set<String> TARGETED_BY_BODY = Set.of(
            "POST /api/v1/conventions",
            "POST /api/v1/conventions/signed",
            "POST /api/v1/deliberations",
            "POST /api/v1/equipments",
            "POST /api/v1/equipments/imports",
            "POST /api/v1/organisations",
            "POST /api/v1/users");

    /** Plausible bodies, by "METHOD path"; ${…} are filled from the target's {@link Fixture#values}. */
    static final Map<String, String> BODIES = new HashMap<>();

    /** Query strings (required or needed for a real change), by "METHOD path". */
    static final Map<String, String> QUERIES = new HashMap<>();

    static {
        String terms = """
                {"title":"Matrice ${uniq}","start":"2025-01-01","end":"2028-12-31","communes":["${commune}"],
                 "signatories":[{"organisationId":"${cafOrg}","representatives":[{"name":"Mme Présidente","role":"BOARD_CHAIR"},
                                                                   {"name":"M. Directeur","role":"DIRECTOR"}]},
                   {"organisationId":"${communeOrg}","representatives":[{"name":"M. Maire","role":"MAYOR"}]}],
                 "domains":["PETITE_ENFANCE","PARENTALITE"],"missions":[{"code":"M1","enjeux":["E1"]}]}""";
        BODIES.put("POST /api/v1/conventions", terms);
        BODIES.put("PUT /api/v1/conventions/{id}/terms", "{\"version\":${cv},\"terms\":" + terms + "}");
        BODIES.put(
                "POST /api/v1/conventions/signed",
                "{\"signedOn\":\"2025-01-20\",\"signaturePlace\":\"Lille\",\"terms\":" + terms + "}");
        BODIES.put(
                "PUT /api/v1/conventions/{id}/record",
                "{\"version\":${cv},\"signedOn\":\"2025-01-20\",\"terms\":" + terms + "}");
        BODIES.put("POST /api/v1/conventions/{id}/submission", "{\"version\":${cv}}");
        BODIES.put("POST /api/v1/conventions/{id}/return-to-draft", "{\"version\":${cv}}");
        BODIES.put("POST /api/v1/conventions/{id}/signature", "{\"version\":${cv},\"signedOn\":\"2024-12-20\"}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/amendments",
                "{\"version\":${cv},\"title\":\"Avenant matrice\",\"draftedOn\":\"2025-02-01\",\"terms\":"
                        + terms.replace("2028-12-31", "2029-12-31") + "}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/amendments/{number}/signature",
                "{\"version\":${cv},\"signedOn\":\"2025-03-01\"}");
        BODIES.put("POST /api/v1/conventions/{id}/amendments/{number}/withdrawal", "{\"version\":${cv}}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/terminations",
                "{\"version\":${cv},\"kind\":\"NOTICE\",\"actOn\":\"2025-03-15\",\"party\":\"${communeOrg}\"}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/renewal",
                "{\"version\":${cv},\"start\":\"2029-01-01\",\"end\":\"2032-12-31\"}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/deliberations",
                "{\"version\":${cv},\"signatoryId\":\"${communeOrg}\",\"deliberationId\":\"${deliberation}\"}");
        BODIES.put("POST /api/v1/conventions/reference-list/{kind}", "{\"label\":\"Domaine matrice ${uniq}\"}");
        BODIES.put(
                "PUT /api/v1/conventions/reference-list/{kind}/{code}",
                "{\"version\":0,\"label\":\"Domaine matrice ${uniq}\",\"active\":true}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/plan/axes",
                "{\"title\":\"Axe matrice ${uniq}\",\"domains\":[\"PETITE_ENFANCE\"],\"enjeux\":[\"E1\"]}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/plan/fiches",
                "{\"axisId\":\"${axis}\",\"title\":\"Fiche matrice ${uniq}\"}");
        BODIES.put(
                "PUT /api/v1/fiches/{id}",
                "{\"version\":${ficheVersion},\"axisId\":\"${axis}\",\"title\":\"Fiche matrice ${uniq}\",\"progress\":10}");
        BODIES.put("POST /api/v1/fiches/{id}/status", "{\"version\":${ficheVersion},\"status\":\"PRESENTED\"}");
        BODIES.put("POST /api/v1/conventions/{id}/plan/import", "CSV:Titre\nFiche importée ${uniq}\n");
        BODIES.put(
                "POST /api/v1/conventions/{id}/financing/inputs/import",
                "CSV:Structure (identifiant);Année\ninconnue-${uniq};2024\n");
        String deliberation = """
                {"organisationId":"${communeOrg}","body":"CONSEIL_MUNICIPAL","number":"MAT-${uniq}",
                 "object":"Convention territoriale globale — matrice","seanceDate":"2024-11-14","seanceTime":"18:30",
                 "seancePlace":"Hôtel de ville","convocationDate":"2024-11-07","matiere":"09.01","membersInOffice":5,
                 "president":"Anne AUBERT","secretary":"Claire COLIN","present":["Anne AUBERT","Bruno BLANC","Claire COLIN","David DUVAL"],
                 "absent":["Gilles GIRARD"],"vote":"UNANIMITY"%s}""";
        BODIES.put("POST /api/v1/deliberations", deliberation.formatted(""));
        BODIES.put("PUT /api/v1/deliberations/{id}", deliberation.formatted(",\"version\":${deliberationVersion}"));
        String equipment = """
                {"type":"LUDOTHEQUE","name":"Ludothèque matrice ${uniq}","operatorName":"Association matrice","operatorCategory":"ASSOCIATIF",
                 "addresses":[{"street":"1 rue de la Matrice","postalCode":"${postal}","city":"${city}"}],"communeCode":"${commune}",
                 "supportedByCollectivite":true%s}""";
        BODIES.put("POST /api/v1/equipments", equipment.formatted(""));
        BODIES.put("PUT /api/v1/equipments/{id}", equipment.formatted(",\"version\":${equipmentVersion}"));
        BODIES.put(
                "POST /api/v1/equipments/{id}/close", "{\"version\":${equipmentVersion},\"closedOn\":\"2025-06-30\"}");
        BODIES.put(
                "POST /api/v1/equipments/{id}/capacities",
                "{\"value\":12,\"unit\":\"ACTES\",\"effectiveOn\":\"2025-01-01\"}");
        BODIES.put(
                "POST /api/v1/equipments/imports",
                "CSV:Type de structure;Nom de la structure;Gestionnaire;Catégorie;Adresse;Code postal;Ville;"
                        + "Code INSEE;Capacité;Unité\nLudothèque;Ludothèque importée ${uniq};Association matrice;associatif;2 rue de la Matrice;"
                        + "${postal};${city};${commune};10;actes\n");
        BODIES.put("PUT /api/v1/equipments/communes/{code}/declared", "{\"lines\":[]}");
        String organisation = """
                {"kind":"ASSOCIATION","name":"Association matrice ${uniq}","shortName":"Matrice","departements":[],
                 "communes":["${commune}"],"epcis":[]%s}""";
        BODIES.put("POST /api/v1/organisations", organisation.formatted(""));
        BODIES.put(
                "POST /api/v1/cafs",
                "{\"name\":\"Caf matrice ${uniq}\",\"departements\":[\"48\"],\"agentUsername\":\"caf-matrice-${uniq}\","
                        + "\"agentDisplayName\":\"Agent matrice\"}");
        BODIES.put("PUT /api/v1/organisations/{id}", organisation.formatted(",\"version\":${organisationVersion}"));
        BODIES.put(
                "POST /api/v1/users",
                "{\"username\":\"matrice-${uniq}\",\"displayName\":\"Compte matrice\","
                        + "\"organisationId\":\"${organisation}\",\"role\":\"READER\"}");
        BODIES.put(
                "PUT /api/v1/users/{id}",
                "{\"username\":\"${username}\",\"displayName\":\"Compte matrice modifié\","
                        + "\"organisationId\":\"${organisation}\",\"role\":\"READER\",\"enabled\":true,\"version\":${userVersion}}");
        String governance = "/api/v1/conventions/{id}/governance";
        BODIES.put(
                "POST " + governance + "/bodies", "{\"kind\":\"GROUPE_TRAVAIL\",\"name\":\"Groupe matrice ${uniq}\"}");
        BODIES.put(
                "PUT " + governance + "/bodies/{bodyId}",
                "{\"version\":${bodyVersion},\"kind\":\"COPIL\",\"name\":\"COPIL matrice ${uniq}\"}");
        BODIES.put(
                "POST " + governance + "/meetings",
                "{\"bodyId\":\"${body}\",\"date\":\"2025-06-20\",\"place\":\"Mairie\"}");
        BODIES.put(
                "PUT " + governance + "/meetings/{meetingId}",
                "{\"version\":${meetingVersion},\"bodyId\":\"${body}\",\"date\":\"2025-06-21\",\"place\":\"Mairie annexe\"}");
        BODIES.put(
                "POST " + governance + "/meetings/{meetingId}/decisions",
                "{\"version\":${meetingVersion},\"text\":\"Décision matrice\"}");
        String post = "{%s\"role\":\"CHEF_PROJET\",\"theme\":\"Coordination\",\"etp\":0.8,\"person\":\"M. Matrice\","
                + "\"employerId\":\"${communeOrg}\",\"cafShare\":40}";
        BODIES.put("POST " + governance + "/posts", post.formatted(""));
        BODIES.put("PUT " + governance + "/posts/{postId}", post.formatted("\"version\":${postVersion},"));
        BODIES.put(
                "POST " + governance + "/posts/{postId}/reports",
                "{\"version\":${postVersion},\"year\":2025,\"receivedOn\":\"2025-06-10\"}");
        String indicator = """
                {%s"name":"Couverture matrice ${uniq}","definition":"Places / enfants de moins de 3 ans","unit":"PERCENT",
                 "direction":"HIGHER_IS_BETTER","source":"Test","baselineValue":"45","baselineYear":"2024"}""";
        BODIES.put("POST /api/v1/conventions/{id}/indicators", indicator.formatted(""));
        BODIES.put(
                "PUT /api/v1/conventions/{id}/indicators/{indicatorId}",
                indicator.formatted("\"version\":${indicatorVersion},"));
        BODIES.put(
                "PUT /api/v1/conventions/{id}/indicators/{indicatorId}/values/{year}",
                "{\"version\":${indicatorVersion},\"value\":\"48\"}");
        BODIES.put(
                "PUT /api/v1/conventions/{id}/indicators/{indicatorId}/targets/{year}",
                "{\"version\":${indicatorVersion},\"value\":\"50\"}");
        BODIES.put(
                "PUT /api/v1/conventions/{id}/reviews/{year}",
                "{\"version\":${reviewVersion},\"conclusions\":\"Revue matrice\"}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/reviews/{year}/freeze",
                "{\"version\":${reviewVersion},\"presentedOn\":\"2026-03-01\"}");
        BODIES.put(
                "PUT /api/v1/conventions/{id}/final-review",
                "{\"version\":${finalReviewVersion},\"conclusions\":\"Bilan matrice\",\"effects\":\"Effets\"}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/final-review/freeze",
                "{\"version\":${finalReviewVersion},\"presentedOn\":\"2028-12-01\"}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/final-review/successor",
                "{\"start\":\"2029-01-01\",\"end\":\"2032-12-31\"}");
        String diagnostic = "/api/v1/conventions/{id}/diagnostic";
        BODIES.put(
                "PUT " + diagnostic + "/figures",
                "{\"version\":${diagnosticVersion},\"scope\":\"TERRITORY\",\"kind\":\"ALLOCATAIRES\","
                        + "\"value\":1200,\"year\":2024,\"source\":\"Caf, test matrice\"}");
        BODIES.put(
                "POST " + diagnostic + "/figures/import",
                "CSV:portée;indicateur;valeur;année;source\n"
                        + "Territoire;Allocataires;1 300;2024;Caf, test matrice\n");
        BODIES.put(
                "PUT " + diagnostic + "/analyses/{section}",
                "{\"version\":${diagnosticVersion},\"status\":\"IN_PROGRESS\",\"text\":\"Analyse matrice\",\"dataSources\":[\"INSEE\"]}");
        BODIES.put(
                "PUT " + diagnostic + "/priorities",
                "{\"version\":${diagnosticVersion},\"priorities\":[{\"field\":\"Petite enfance\","
                        + "\"domain\":\"PETITE_ENFANCE\",\"enjeux\":[\"E1\"],\"axes\":[]}]}");
        BODIES.put(
                "PUT " + diagnostic + "/milestones",
                "{\"version\":${diagnosticVersion},\"milestones\":[{\"dueOn\":\"2026-06-30\","
                        + "\"deliverable\":\"Diagnostic partagé\"}]}");
        BODIES.put(
                "PUT " + diagnostic + "/milestones/{dueOn}",
                "{\"version\":${diagnosticVersion},\"doneOn\":\"2026-06-15\"}");
        BODIES.put(
                "PUT " + diagnostic + "/validation",
                "{\"version\":${diagnosticVersion},\"validatedOn\":\"2026-06-20\"}");
        String schema = "/api/v1/conventions/{id}/schema/actions";
        String action =
                "{%s\"data\":{\"communeCode\":\"${commune}\",\"thematic\":\"PETITE_ENFANCE_PARENTALITE\",\"nature\":\"CREATION\","
                        + "\"title\":\"Micro-crèche matrice ${uniq}\",\"capacityAfter\":10,\"equipmentType\":\"MICRO_CRECHE_PSU\"}}";
        BODIES.put("POST " + schema, action.formatted(""));
        BODIES.put("PUT " + schema + "/{actionId}", action.formatted("\"version\":${actionVersion},"));
        BODIES.put("PUT " + schema + "/{actionId}/status", "{\"version\":${actionVersion},\"status\":\"IN_PROGRESS\"}");
        BODIES.put(
                "POST " + schema + "/{actionId}/realisation",
                "{\"version\":${actionVersion},\"realisedOn\":\"2026-01-15\"}");
        // Inputs replaced whole from version 0: the first allowed caller saves them, the next ones get 409 (stale).
        BODIES.put("PUT /api/v1/conventions/{id}/financing/inputs", "{\"version\":0,\"inputs\":{}}");
        String lines = "{\"version\":0,\"lines\":[{\"structureId\":\"matrice\",\"year\":2025,\"kind\":\"BT_NEW\"}]}";
        BODIES.put("POST /api/v1/conventions/{id}/financing/lines/notify", lines);
        BODIES.put(
                "POST /api/v1/conventions/{id}/financing/scenarios",
                "{\"name\":\"Scénario ${uniq}\",\"changes\":[{\"kind\":\"SET_PRORATION\",\"proration\":\"NONE\"}]}");
        BODIES.put("POST /api/v1/conventions/{id}/financing/scenarios/from-schema", "{\"name\":\"Schéma ${uniq}\"}");
        BODIES.put(
                "POST /api/v1/conventions/{id}/financing/scenarios/{scenarioId}/discard",
                "{\"version\":${scenarioVersion}}");
        BODIES.put("POST /api/v1/conventions/{id}/financing/lines/pay", lines);
        // A value far in the future, so that no computation of another test reads it.
        BODIES.put(
                "POST /api/v1/financing/cafs/{cafId}/parameters",
                "{\"code\":\"BT_PLACE_COUNT_RULE\",\"validFrom\":\"2099-01-01\",\"value\":\"MAX_IN_YEAR\","
                        + "\"reason\":\"Matrice d’autorisations\"}");
        BODIES.put("POST /api/v1/conventions/{id}/documents", "{\"kind\":\"DRAFT\"}");

        QUERIES.put("DELETE /api/v1/conventions/{id}/deliberations/{deliberationId}", "version=${cv}");
        QUERIES.put("DELETE " + diagnostic + "/figures/{scope}/{kind}", "version=${diagnosticVersion}");
        QUERIES.put("POST " + diagnostic + "/figures/import", "dryRun=false&version=${diagnosticVersion}");
        QUERIES.put("POST /api/v1/conventions/{id}/plan/import", "dryRun=false");
        QUERIES.put("POST /api/v1/conventions/{id}/financing/inputs/import", "dryRun=true");
        QUERIES.put("POST /api/v1/equipments/imports", "mode=commit");
        QUERIES.put("GET /api/v1/communes", "q=lens");
        QUERIES.put("GET /api/v1/communes/suggestions", "q=armenti");
        QUERIES.put("GET /api/v1/epcis/suggestions", "q=lille");
        QUERIES.put("GET /api/v1/organisations/suggestions", "q=ville");
        QUERIES.put("GET /api/v1/organisations/prefill", "commune=59017");
        QUERIES.put("GET /api/v1/audit", "entityType=convention&entityId=${convention}");
    }

    /**
     * A change made as admin before each call of an operation that removes something, so that every role meets the thing
     * to remove ("METHOD path body", filled from the target's fixture).
     */
    static final Map<String, String> PREPARE = Map.of(
            "DELETE /api/v1/conventions/{id}/diagnostic/figures/{scope}/{kind}",
            "PUT /api/v1/conventions/${convention}/diagnostic/figures {\"version\":${diagnosticVersion},\"scope\":\"TERRITORY\","
                    + "\"kind\":\"CHILDREN_UNDER_3\",\"value\":900,\"year\":2023,\"source\":\"INSEE, test matrice\"}",
            "DELETE /api/v1/conventions/{id}/deliberations/{deliberationId}",
            "POST /api/v1/conventions/${convention}/deliberations {\"version\":${cv},\"signatoryId\":\"${communeOrg}\","
                    + "\"deliberationId\":\"${deliberation}\"}");

    /** Life-cycle changes run last, so that the other writes meet the objects as they were built. */
    static final List<String> LAST = List.of(
            "/submission",
            "/return-to-draft",
            "/signature",
            "/withdrawal",
            "/terminations",
            "/renewal",
            "/freeze",
            "/successor",
            "/close",
            "/realisation");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokenService;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcClient jdbc;

    private static final String JSON_ACCEPT = "application/json, application/problem+json";
    private final HttpClient http = HttpClient.newHttpClient();
    /** Downloads (XLSX, CSV) are asked for with any type, JSON answers with JSON. */
    private String accept = JSON_ACCEPT;

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, UUID> tokenIds = new LinkedHashMap<>();
    private final Map<String, Fixture> fixtures = new LinkedHashMap<>();
    private String referenceCode;
    private int calls;

    /** One set of objects built for the matrix; {@code values} fill path variables and body placeholders. */
    record Fixture(String name, Map<String, String> values) {

        String get(String key) {
            String value = values.get(key);
            if (value == null) throw new IllegalStateException("fixture " + name + " has no value " + key);
            return value;
        }
    }

    record Reply(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @BeforeAll
    void signInAndBuildFixtures() {
        for (RoleSpec role : ROLES) {
            PiloteUser user = users.findPrincipal(role.login()).orElseThrow();
            var created = tokenService.create(user, "Matrice d'autorisations", null);
            tokens.put(role.login(), created.secret());
            tokenIds.put(role.login(), created.token().id());
        }
        buildFixtures();
    }

    @AfterAll
    void revokeTokens() {
        tokenIds.forEach(
                (login, id) -> tokenService.revoke(users.findPrincipal(login).orElseThrow(), id));
    }

    void buildFixtures() {
        Reference arm = new Reference(
                "ARM",
                "caf-nord",
                "59017",
                "59280",
                "Armentières",
                "Caisse d'allocations familiales du Nord",
                "Ville d'Armentières",
                "Département du Nord");
        Reference lens = new Reference(
                "LENS",
                "caf-pas-de-calais",
                "62498",
                "62300",
                "Lens",
                "Caisse d'allocations familiales du Pas-de-Calais",
                "Ville de Lens",
                null);
        Reference lille = new Reference(
                "LILLE",
                "caf-nord",
                "59355",
                "59160",
                "Lomme",
                "Caisse d'allocations familiales du Nord",
                "Commune associée de Lomme",
                null);
        for (Reference r : List.of(arm, lens, lille)) fixtures.put(r.name(), buildFixture(r));
        JsonNode domain = created(
                "admin",
                "POST",
                "/api/v1/conventions/reference-list/DOMAIN",
                "{\"label\":\"Domaine matrice " + UUID.randomUUID() + "\"}");
        referenceCode = domain.get("code").asString();
        setupProblems.forEach(p -> log.error("SETUP {}", p));
    }

    /** What a set is about: its commune and organisations, and the Caf agent who records it. */
    record Reference(
            String name,
            String creator,
            String commune,
            String postal,
            String city,
            String caf,
            String communeOrganisation,
            String partner) {}

    private String org(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single()
                .toString();
    }

    /** Problems met while building the sets, reported together (a step that fails yields an empty node). */
    private final List<String> setupProblems = new ArrayList<>();

    private JsonNode created(String login, String method, String path, String body) {
        Reply reply = call(login, method, path, body);
        if (reply.status() < 200 || reply.status() > 299) {
            setupProblems.add(login + " " + method + " " + path + " → " + reply.status() + " " + reply.body());
            return JSON.readTree("{\"id\":\"" + UUID.randomUUID() + "\",\"version\":0,\"user\":{\"id\":\""
                    + UUID.randomUUID() + "\",\"username\":\"none\"},\"code\":\"X\"}");
        }
        return reply.json();
    }

    /** Builds one set through the API (as the Caf agent, and as admin for the directory objects). */
    Fixture buildFixture(Reference r) {
        Map<String, String> v = new LinkedHashMap<>();
        String c = r.creator();
        v.put("commune", r.commune());
        v.put("postal", r.postal());
        v.put("city", r.city());
        v.put("cafOrg", org(r.caf()));
        v.put("communeOrg", org(r.communeOrganisation()));
        v.put("uniq", "setup");
        Fixture f = new Fixture(r.name(), v);

        JsonNode deliberation = created(
                c, "POST", "/api/v1/deliberations", fill(BODIES.get("POST /api/v1/deliberations"), f, r.name()));
        v.put("deliberation", deliberation.get("id").asString());
        v.put("deliberationVersion", deliberation.path("version").asString("0"));

        String terms = fill(BODIES.get("POST /api/v1/conventions"), f, r.name());
        if (r.partner() != null) {
            terms = terms.replace(
                    "\"representatives\":[{\"name\":\"M. Maire\",\"role\":\"MAYOR\"}]}",
                    "\"representatives\":[{\"name\":\"M. Maire\",\"role\":\"MAYOR\"}]},{\"organisationId\":\""
                            + org(r.partner())
                            + "\",\"needsCouncilDeliberation\":false,\"representatives\":[{\"name\":\"M. Président\",\"role\":\"PRESIDENT\"}]}");
        }
        JsonNode convention = created(c, "POST", "/api/v1/conventions", terms);
        String id = convention.get("id").asString();
        v.put("convention", id);
        String base = "/api/v1/conventions/" + id;
        convention = created(
                c,
                "POST",
                base + "/submission",
                "{\"version\":%d}".formatted(convention.get("version").asInt()));
        convention = created(
                c,
                "POST",
                base + "/deliberations",
                "{\"version\":%d,\"signatoryId\":\"%s\",\"deliberationId\":\"%s\"}"
                        .formatted(convention.get("version").asInt(), v.get("communeOrg"), v.get("deliberation")));
        convention = created(
                c,
                "POST",
                base + "/signature",
                "{\"version\":%d,\"signedOn\":\"2024-12-15\"}"
                        .formatted(convention.get("version").asInt()));
        convention = created(
                c,
                "POST",
                base + "/amendments",
                "{\"version\":%d,\"title\":\"Avenant en attente\",\"draftedOn\":\"2025-02-01\",\"terms\":%s}"
                        .formatted(
                                convention.get("version").asInt(),
                                convention.path("terms").toString().replace("2028-12-31", "2029-06-30")));

        JsonNode axis = created(
                c,
                "POST",
                base + "/plan/axes",
                fill(BODIES.get("POST /api/v1/conventions/{id}/plan/axes"), f, r.name()));
        v.put("axis", axis.get("id").asString());
        JsonNode fiche = created(
                c,
                "POST",
                base + "/plan/fiches",
                fill(BODIES.get("POST /api/v1/conventions/{id}/plan/fiches"), f, r.name()));
        v.put("fiche", fiche.get("id").asString());
        v.put("ficheVersion", fiche.get("version").asString());
        // One structure in the financing, so that its statement exists for the roles that may read it.
        created(
                c,
                "PUT",
                base + "/financing/inputs",
                "{\"version\":0,\"inputs\":{\"structures\":[{\"id\":\"matrice\",\"name\":\"Structure de la matrice\","
                        + "\"kind\":\"EAJE\"}]}}");
        // One financing scenario, compared and discarded by the roles that may
        JsonNode scenario = created(
                c,
                "POST",
                base + "/financing/scenarios",
                "{\"name\":\"Scénario de la matrice\",\"changes\":[{\"kind\":\"SET_PRORATION\",\"proration\":\"NONE\"}]}");
        v.put("scenario", scenario.get("id").asString());
        v.put("scenarioVersion", scenario.get("version").asString());

        String governance = base + "/governance";
        JsonNode body = created(
                c, "POST", governance + "/bodies", "{\"kind\":\"COPIL\",\"name\":\"COPIL matrice " + r.name() + "\"}");
        v.put("body", body.get("id").asString());
        v.put("bodyVersion", body.get("version").asString());
        JsonNode meeting = created(
                c,
                "POST",
                governance + "/meetings",
                fill(BODIES.get("POST /api/v1/conventions/{id}/governance/meetings"), f, r.name()));
        v.put("meeting", meeting.get("id").asString());
        v.put("meetingVersion", meeting.get("version").asString());
        JsonNode post = created(
                c,
                "POST",
                governance + "/posts",
                fill(BODIES.get("POST /api/v1/conventions/{id}/governance/posts"), f, r.name()));
        v.put("post", post.get("id").asString());
        v.put("postVersion", post.get("version").asString());
        // A generation runs in the background: the request answers with its job, the document comes when it is done.
        JsonNode job = created(c, "POST", base + "/documents", "{\"kind\":\"DRAFT\"}");
        v.put("job", job.get("id").asString());
        JsonNode[] finished = {job};
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(120))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> {
                    if (job.path("self").isMissingNode()) return true;
                    finished[0] = created(c, "GET", job.get("self").asString(), null);
                    return !finished[0].path("state").asString("DONE").matches("REQUESTED|RUNNING");
                });
        v.put(
                "document",
                finished[0].path("documentId").asString(UUID.randomUUID().toString()));

        JsonNode indicator = created(
                c,
                "POST",
                base + "/indicators",
                fill(BODIES.get("POST /api/v1/conventions/{id}/indicators"), f, r.name()));
        v.put("indicator", indicator.get("id").asString());
        v.put("indicatorVersion", indicator.get("version").asString());

        JsonNode action = created(
                c,
                "POST",
                base + "/schema/actions",
                fill(BODIES.get("POST /api/v1/conventions/{id}/schema/actions"), f, r.name()));
        v.put("action", action.get("id").asString());
        v.put("actionVersion", action.get("version").asString());

        int diagnosticVersion =
                created(c, "GET", base + "/diagnostic", null).get("version").asInt();
        diagnosticVersion = created(
                        c,
                        "PUT",
                        base + "/diagnostic/figures",
                        ("{\"version\":%d,\"scope\":\"TERRITORY\",\"kind\":\"CHILDREN_UNDER_3\","
                                        + "\"value\":900,\"year\":2023,\"source\":\"INSEE, test matrice\"}")
                                .formatted(diagnosticVersion))
                .get("version")
                .asInt();
        diagnosticVersion = created(
                        c,
                        "PUT",
                        base + "/diagnostic/milestones",
                        ("{\"version\":%d,\"milestones\":[{\"dueOn\":\"2026-06-30\","
                                        + "\"deliverable\":\"Diagnostic partagé\"}]}")
                                .formatted(diagnosticVersion))
                .get("version")
                .asInt();
        v.put("diagnosticVersion", String.valueOf(diagnosticVersion));

        JsonNode equipment =
                created(c, "POST", "/api/v1/equipments", fill(BODIES.get("POST /api/v1/equipments"), f, r.name()));
        v.put("equipment", equipment.get("id").asString());
        v.put("equipmentVersion", equipment.get("version").asString());

        JsonNode organisation = created(
                "admin", "POST", "/api/v1/organisations", fill(BODIES.get("POST /api/v1/organisations"), f, r.name()));
        v.put("organisation", organisation.get("id").asString());
        v.put("organisationVersion", organisation.path("version").asString("0"));
        JsonNode user = created("admin", "POST", "/api/v1/users", fill(BODIES.get("POST /api/v1/users"), f, r.name()));
        v.put("user", user.get("user").get("id").asString());
        v.put("username", user.get("user").get("username").asString());
        v.put("userVersion", user.get("user").path("version").asString("0"));

        // A bulk import of conventions runs as a job of the agent who sent the file: a finished one, kept as a row.
        UUID importJob = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO convention.import_job (id, owner_id, owner_login, created_at, filename, file, dry_run,
                                                           state, done, total)
                        VALUES (:id, :owner, :login, now(), 'matrice.xlsx', :file, true, 'FAILED', 0, 1)
                        """)
                .param("id", importJob)
                .param("owner", users.findPrincipal(c).orElseThrow().id())
                .param("login", c)
                .param("file", new byte[0])
                .update();
        v.put("importJob", importJob.toString());

        v.put("cv", created(c, "GET", base, null).get("version").asString());
        v.put("reviewVersion", "0");
        v.put("finalReviewVersion", "0");
        return f;
    }

    /** The value of a path variable for a target set, or null when this test does not know the variable. */
    String pathValue(String path, String variable, Fixture f) {
        return switch (variable) {
            case "id" -> {
                if (path.startsWith("/api/v1/conventions/import/jobs/")) yield f.get("importJob");
                if (path.startsWith("/api/v1/conventions/")) yield f.get("convention");
                if (path.startsWith("/api/v1/fiches/")) yield f.get("fiche");
                if (path.startsWith("/api/v1/deliberations/")) yield f.get("deliberation");
                if (path.startsWith("/api/v1/equipments/")) yield f.get("equipment");
                if (path.startsWith("/api/v1/organisations/")) yield f.get("organisation");
                if (path.startsWith("/api/v1/users/")) yield f.get("user");
                yield null;
            }
            case "cafId" -> f.get("cafOrg");
            case "structureId" -> "matrice";
            case "scenarioId", "otherId" -> f.get("scenario");
            case "indicatorId" -> f.get("indicator");
            case "bodyId" -> f.get("body");
            case "meetingId" -> f.get("meeting");
            case "postId" -> f.get("post");
            case "actionId" -> f.get("action");
            case "deliberationId" -> f.get("deliberation");
            case "documentId" -> f.get("document");
            case "jobId" -> f.get("job");
            case "format" -> "pdf";
            case "number" -> "1";
            case "position" -> "2";
            case "year" -> "2025";
            case "scope" -> "TERRITORY";
            case "kind" -> path.contains("/reference-list/") ? "DOMAIN" : "CHILDREN_UNDER_3";
            case "code" -> path.contains("/reference-list/") ? referenceCode : f.get("commune");
            case "section" -> "CONTEXT";
            case "dueOn" -> "2026-06-30";
            case "inseeCode" -> "59017";
            case "siren" -> "200093201";
            default -> null;
        };
    }

    /** One operation of the OpenAPI document. */
    record Operation(String method, String path, List<String> variables, String requestType, boolean json) {

        String key() {
            return method + " " + path;
        }

        boolean write() {
            return !method.equals("GET");
        }
    }

    List<Operation> operations() {
        JsonNode doc = JSON.readTree(call(null, "GET", "/v3/api-docs", null).body());
        List<Operation> operations = new ArrayList<>();
        for (var path : doc.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) continue;
                List<String> variables = new ArrayList<>();
                Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
                while (m.find()) variables.add(m.group(1));
                String type = null;
                JsonNode content = op.getValue().path("requestBody").path("content");
                if (!content.isMissingNode())
                    type = content.propertyNames().iterator().next();
                boolean json = true;
                for (var response : op.getValue().path("responses").properties()) {
                    if (response.getKey().startsWith("2")) {
                        for (String produced :
                                response.getValue().path("content").propertyNames()) json &= produced.contains("json");
                    }
                }
                operations.add(new Operation(method, path.getKey(), variables, type, json));
            }
        }
        operations.sort(Comparator.comparing(
                        (Operation o) -> o.write() ? (LAST.stream().anyMatch(o.path()::endsWith) ? 2 : 1) : 0)
                .thenComparing(Operation::path)
                .thenComparing(Operation::method));
        return operations;
    }

    /** The targets an operation is called on: own and other when it names an object in reach, else none. */
    static List<String> targets(Operation op) {
        boolean reachScoped = op.variables().stream().anyMatch(v -> !NATIONAL_VARIABLES.contains(v))
                && !op.path().startsWith("/api/v1/conventions/reference-list");
        return reachScoped || TARGETED_BY_BODY.contains(op.key()) ? List.of("own", "other") : List.of("none");
    }

    static String outcome(int status) {
        if (status >= 200 && status < 300) return "2xx";
        if (status == 400 || status == 409 || status == 422) return "4xx";
        return String.valueOf(status);
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheTableSays() throws IOException {
        String recordMode = System.getProperty("matrix.record", "false");
        boolean record = !recordMode.equals("false");
        Map<String, String> table = readTable();
        List<Operation> operations = operations();
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(50);
        Map<String, String> observed = new TreeMap<>();
        Map<String, String> detail = new HashMap<>();
        Set<String> unfillable = new TreeSet<>();
        Set<String> documented = new LinkedHashSet<>();
        for (Operation op : operations) {
            documented.add(op.key());
            if (!unfilledVariable(op, fixtures.get("ARM")).isEmpty()) {
                unfillable.add(op.key() + " {" + unfilledVariable(op, fixtures.get("ARM")) + "}");
                continue;
            }
            Reply anonymous = send(op, null, fixtures.get("ARM")); // no credentials at all
            observed.put(row(op, ANONYMOUS, "none"), outcome(anonymous.status()));
            for (RoleSpec role : ROLES) {
                for (String target : targets(op)) {
                    Fixture f = fixtures.get(target.equals("other") ? role.other() : role.own());
                    Reply reply = send(op, role.login(), f);
                    String key = row(op, role.login(), target);
                    observed.put(key, outcome(reply.status()));
                    detail.put(key, reply.status() + " " + abbreviate(reply.body()));
                }
            }
            assertThat(calls).as("the matrix stays bounded").isLessThan(MAX_CALLS);
        }

        List<String> leaks = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        observed.forEach((key, outcome) -> {
            String expected = table.get(key);
            if (expected == null) {
                missing.add(key.substring(0, key.indexOf(',')) + " " + key.split(",")[1]);
                return;
            }
            if (List.of(expected.split("\\|")).contains(outcome)) return;
            String line =
                    key + ": observed " + outcome + ", expected " + expected + " — " + detail.getOrDefault(key, "");
            if (outcome.equals("2xx")) leaks.add(line);
            else mismatches.add(line);
        });
        Set<String> stale = new TreeSet<>();
        for (String key : table.keySet()) {
            String[] parts = key.split(",");
            if (!documented.contains(parts[0] + " " + parts[1])) stale.add(parts[0] + " " + parts[1]);
        }

        log.info(
                "Authorisation matrix: {} operations, {} calls, {} leaks, {} other mismatches, {} missing rows, {} stale rows",
                operations.size(),
                calls,
                leaks.size(),
                mismatches.size(),
                missing.size(),
                stale.size());
        List<String> observedLines = new ArrayList<>();
        detail.forEach((key, text) -> observedLines.add(key + "," + observed.get(key) + " | " + text));
        observedLines.sort(null);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/authorisation-matrix-observed.txt"), observedLines, StandardCharsets.UTF_8);
        assertThat(setupProblems).as("building the objects of the matrix").isEmpty();
        if (record) {
            writeTable(operations, observed, table, recordMode.equals("all"));
            log.info(
                    "Authorisation matrix recorded in {} — review every row against ADR 0003 before committing it",
                    TABLE);
            return;
        }
        leaks.forEach(l -> log.error("LEAK {}", l));
        mismatches.forEach(l -> log.error("MISMATCH {}", l));
        assertThat(unfillable)
                .as("path variables this test cannot fill yet (see the class Javadoc)")
                .isEmpty();
        assertThat(leaks).as("2xx where the table expects a refusal (leaks)").isEmpty();
        assertThat(missing)
                .as("operations without rows in " + TABLE + " (see the class Javadoc)")
                .isEmpty();
        assertThat(mismatches).as("outcomes that differ from " + TABLE).isEmpty();
        assertThat(stale).as("rows of operations the API no longer has").isEmpty();
    }

    static String row(Operation op, String role, String target) {
        return op.method() + "," + op.path() + "," + role + "," + target;
    }

    private String unfilledVariable(Operation op, Fixture f) {
        for (String v : op.variables()) if (pathValue(op.path(), v, f) == null) return v;
        return "";
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    Map<String, String> readTable() throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        if (!Files.exists(TABLE)) return table; // record mode builds it
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) continue; // comments and the header
            int last = line.lastIndexOf(',');
            table.put(line.substring(0, last), line.substring(last + 1).strip());
        }
        return table;
    }

    /**
     * Record mode: rows of operations missing from the table get the observed classes (writes a role may make on its own
     * objects, or any for admin, accept 2xx|4xx); rows already in the table are kept as reviewed, rows of operations the
     * API no longer has are dropped. {@code -Dmatrix.record=all} rewrites every row from what is observed.
     */
    void writeTable(List<Operation> operations, Map<String, String> observed, Map<String, String> table, boolean all)
            throws IOException {
        List<String> lines = new ArrayList<>();
        // The reviewed comments at the head of the table stay as they are; a new table gets the first one.
        if (Files.exists(TABLE)) {
            for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")) break;
                lines.add(line);
            }
        }
        if (lines.isEmpty())
            lines.add(
                    "# Expected outcome class per operation, role and target: see AuthorisationMatrixTests (reviewed against ADR 0003).");
        lines.add(HEADER);
        List<String> roles = new ArrayList<>();
        roles.add(ANONYMOUS);
        ROLES.forEach(r -> roles.add(r.login()));
        List<Operation> sorted = new ArrayList<>(operations);
        sorted.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        for (Operation op : sorted) {
            for (String role : roles) {
                for (String target : List.of("none", "own", "other")) {
                    String key = row(op, role, target);
                    String outcome = observed.get(key);
                    if (outcome == null) continue;
                    boolean mayWrite = op.write() && (target.equals("own") || role.equals("admin"));
                    if (mayWrite && (outcome.equals("2xx") || outcome.equals("4xx"))) outcome = "2xx|4xx";
                    if (!all && table.containsKey(key)) outcome = table.get(key);
                    lines.add(key + "," + outcome);
                }
            }
        }
        Files.createDirectories(TABLE.getParent());
        Files.write(TABLE, lines, StandardCharsets.UTF_8);
    }

    // --- HTTP
    // ---------------------------------------------------------------------------------------------------------

    Reply send(Operation op, String login, Fixture f) {
        String path = op.path();
        for (String v : op.variables()) path = path.replace("{" + v + "}", pathValue(op.path(), v, f));
        String prepare = PREPARE.get(op.key());
        if (prepare != null) {
            refreshVersions(prepare, f);
            String[] parts = fill(prepare, f, "admin").split(" ", 3);
            Reply prepared = call("admin", parts[0], parts[1], parts[2]);
            if (prepared.status() >= 300)
                log.warn("preparing {} failed: {} {}", op.key(), prepared.status(), prepared.body());
        }
        refreshVersions(BODIES.getOrDefault(op.key(), "") + QUERIES.getOrDefault(op.key(), ""), f);
        String query = QUERIES.get(op.key());
        if (query != null) path += "?" + fill(query, f, login);
        String body = BODIES.get(op.key());
        if (body == null && op.requestType() != null) body = "{}";
        if (body != null) body = fill(body, f, login);
        accept = op.json() ? JSON_ACCEPT : "*/*";
        try {
            if (op.requestType() != null && op.requestType().startsWith("multipart/"))
                return multipart(login, op.method(), path, csv(body));
            if (op.requestType() != null && op.requestType().startsWith("text/"))
                return raw(login, op.method(), path, "text/csv", csv(body));
            return call(login, op.method(), path, body);
        } finally {
            accept = JSON_ACCEPT;
        }
    }

    /**
     * Where each version placeholder is read (as admin) just before a write: every write carries the version the object
     * has at that moment, so that an allowed write really goes through and a stale version can never hide a leak.
     */
    static final Map<String, String> VERSION_SOURCES = Map.ofEntries(
            Map.entry("cv", "/api/v1/conventions/${convention}"),
            Map.entry("ficheVersion", "/api/v1/fiches/${fiche}"),
            Map.entry("bodyVersion", "/api/v1/conventions/${convention}/governance/bodies/${body}"),
            Map.entry("meetingVersion", "/api/v1/conventions/${convention}/governance/meetings/${meeting}"),
            Map.entry("postVersion", "/api/v1/conventions/${convention}/governance/posts/${post}"),
            Map.entry("indicatorVersion", "/api/v1/conventions/${convention}/indicators/${indicator}"),
            Map.entry("scenarioVersion", "/api/v1/conventions/${convention}/financing/scenarios/${scenario}"),
            Map.entry("actionVersion", "/api/v1/conventions/${convention}/schema/actions/${action}"),
            Map.entry("diagnosticVersion", "/api/v1/conventions/${convention}/diagnostic"),
            Map.entry("reviewVersion", "/api/v1/conventions/${convention}/reviews/2025"),
            Map.entry("finalReviewVersion", "/api/v1/conventions/${convention}/final-review"),
            Map.entry("deliberationVersion", "/api/v1/deliberations/${deliberation}"),
            Map.entry("equipmentVersion", "/api/v1/equipments/${equipment}"),
            Map.entry("organisationVersion", "/api/v1/organisations/${organisation}"),
            Map.entry("userVersion", "/api/v1/users?organisation=${organisation}"));

    void refreshVersions(String templates, Fixture f) {
        VERSION_SOURCES.forEach((placeholder, source) -> {
            if (!templates.contains("${" + placeholder + "}")) return;
            Reply reply = call("admin", "GET", fill(source, f, "admin"), null);
            JsonNode node = reply.status() == 200 ? reply.json() : JSON.readTree("{}");
            if (node.has("content")) node = node.path("content").path(0);
            f.values().put(placeholder, node.path("version").asString("0"));
        });
    }

    private static String csv(String body) {
        return body.startsWith("CSV:") ? body.substring(4) : body;
    }

    /** Fills ${…} from the fixture; ${uniq} is fresh at every call so that creations do not collide. */
    static String fill(String template, Fixture f, String who) {
        Matcher m = Pattern.compile("\\$\\{([A-Za-z]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("uniq")
                    ? (who == null ? "anon" : who) + "-"
                            + UUID.randomUUID().toString().substring(0, 8)
                    : f.get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    Reply call(String login, String method, String path, String json) {
        HttpRequest.BodyPublisher publisher =
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, publisher);
        if (json != null) request.header("Content-Type", "application/json");
        return send(login, request);
    }

    Reply raw(String login, String method, String path, String contentType, String content) {
        return send(
                login,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofString(content)));
    }

    Reply multipart(String login, String method, String path, String csv) {
        String boundary = "----matrice" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matrice.csv\"\r\n"
                                + "Content-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                login,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Reply send(String login, HttpRequest.Builder request) {
        if (login != null) request.header("Authorization", "Bearer " + tokens.get(login));
        request.header("Accept", accept);
        calls++;
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String text = type.contains("json") || type.startsWith("text/")
                    ? new String(response.body(), StandardCharsets.UTF_8)
                    : "<" + response.body().length + " bytes " + type + ">";
            return new Reply(response.statusCode(), text);
        } catch (IOException e) {
            // A response cut off after its status line was sent (e.g. a download failing half-way): its own outcome
            // class.
            return new Reply(BROKEN_RESPONSE, "broken response: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
