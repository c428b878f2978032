package fr.pilotectg.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Deliberations through the API on PostgreSQL: computed figures, findings that never block, refusals, locking, access, audit. */
@IntegrationTest
class DeliberationApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deliberations frontDoor;

    private UUID organisation(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM deliberation.deliberation")
                .query(Long.class)
                .single();
    }

    /** A small, flawless deliberation of Lens: 7 in office, 4 present (president outside the list), 1 represented. */
    private ObjectNode lensDeliberation() {
        String number = "DEL" + SEQUENCE.incrementAndGet() + "_"
                + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        ObjectNode body = JSON.createObjectNode();
        body.put("organisationId", organisation("Ville de Lens").toString());
        body.put("body", "CONSEIL_MUNICIPAL");
        body.put("number", number);
        body.put("object", "Convention territoriale globale — essai " + number);
        body.put("seanceDate", "2024-03-14");
        body.put("seanceTime", "18:30");
        body.put("seancePlace", "Hôtel de ville");
        body.put("convocationDate", "2024-03-07");
        body.put("matiere", "09.01");
        body.put("membersInOffice", 7);
        body.put("president", "Anne AUBERT");
        body.put("secretary", "Claire COLIN");
        body.set("present", JSON.valueToTree(List.of("Bruno BLANC", "Claire COLIN", "David DUVAL")));
        body.set("proxies", JSON.readTree("[{\"giver\":\"Emma EVRARD\",\"holder\":\"Bruno BLANC\"}]"));
        body.set("excused", JSON.valueToTree(List.of("Fanny FABRE")));
        body.set("absent", JSON.valueToTree(List.of("Gilles GIRARD")));
        body.put("vote", "COUNTED");
        body.put("inFavour", 4);
        body.put("against", 1);
        body.put("abstention", 0);
        body.put("actesId", "062-216204982-20240314-" + number + "-DE");
        body.put("sentToPrefectureOn", "2024-03-15");
        body.put("receivedByPrefectureOn", "2024-03-15");
        body.put("publishedOn", "2024-03-16");
        return body;
    }

    @Test
    void theLensSeedHasItsQuorumOfTwentyReachedAndThirtyFiveVotesCast() {
        Api.Response read = Api.as(port, "lens", "demo").get("/api/v1/deliberations/" + SeedDeliberationIds.LENS);
        assertThat(read.status()).isEqualTo(200);
        JsonNode lens = read.json();
        JsonNode figures = lens.get("figures");
        assertThat(figures.get("membersInOffice").asInt()).isEqualTo(39);
        assertThat(figures.get("quorum").asInt()).isEqualTo(20);
        assertThat(figures.get("quorumReached").asBoolean()).isTrue();
        assertThat(figures.get("present").asInt()).isEqualTo(30);
        assertThat(figures.get("represented").asInt()).isEqualTo(5);
        assertThat(figures.get("excused").asInt()).isEqualTo(3);
        assertThat(figures.get("absent").asInt()).isEqualTo(1);
        assertThat(figures.get("votesCast").asInt()).isEqualTo(35);
        assertThat(figures.get("outcome").asString()).isEqualTo("ADOPTED");
        assertThat(lens.get("actesId").asString()).isEqualTo("062-216204982-20221214-DLB13_14122022-DE");
        assertThat(lens.get("actes").get("departement").asString()).isEqualTo("062");
        assertThat(lens.get("actes").get("siren").asString()).isEqualTo("216204982");
        assertThat(lens.get("actes").get("actDate").asString()).isEqualTo("2022-12-14");
        assertThat(lens.get("actes").get("nature").asString()).isEqualTo("DE");
        assertThat(lens.get("receivedByPrefectureOn").asString()).isEqualTo("2022-12-19");
        assertThat(lens.get("publishedOn").asString()).isEqualTo("2022-12-15");
        assertThat(lens.get("seanceTime").asString()).isEqualTo("18:00");
        assertThat(lens.get("proxies").get(0).get("giver").asString()).isEqualTo("M. HANON");
        assertThat(lens.get("proxies").get(0).get("holder").asString()).isEqualTo("M. ROBERT");
        assertThat(lens.get("findings")).isEmpty();
    }

    @Test
    void aDeliberationIsRecordedAndReadBackWithItsFigures() {
        long before = stored();
        Api agent = Api.as(port, "lens", "demo");
        Api.Response created =
                agent.post("/api/v1/deliberations", lensDeliberation().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        JsonNode read = agent.get("/api/v1/deliberations/" + id).json();
        assertThat(read.get("version").asInt()).isZero();
        assertThat(read.get("issuerName").asString()).isEqualTo("Ville de Lens");
        assertThat(read.get("issuerSiren").asString()).isEqualTo("216204982");
        assertThat(read.get("matiere").asString()).isEqualTo("9.1");
        assertThat(read.get("figures").get("quorum").asInt()).isEqualTo(4);
        assertThat(read.get("figures").get("present").asInt()).isEqualTo(4);
        assertThat(read.get("figures").get("presidentOutsideList").asBoolean()).isTrue();
        assertThat(read.get("figures").get("votesCast").asInt()).isEqualTo(5);
        assertThat(read.get("figures").get("outcome").asString()).isEqualTo("ADOPTED");
        assertThat(read.get("findings")).isEmpty();
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void armentieresBrunetPresentAndRepresentedIsAWarningThatDoesNotBlockSaving() {
        JsonNode seed = Api.as(port, "armentieres", "demo")
                .get("/api/v1/deliberations/" + SeedDeliberationIds.ARMENTIERES)
                .json();
        assertThat(seed.get("findings").findValuesAsString("code")).containsExactly("MEMBER_PRESENT_AND_REPRESENTED");
        assertThat(seed.get("figures").get("present").asInt()).isEqualTo(28);
        assertThat(seed.get("figures").get("votesCast").asInt()).isEqualTo(35);

        ObjectNode body = JSON.createObjectNode();
        body.put("organisationId", organisation("Ville d'Armentières").toString());
        body.put("body", "CONSEIL_MUNICIPAL");
        body.put("number", "DE24.001");
        body.put("object", "Essai : un membre présent et représenté");
        body.put("seanceDate", "09/02/2024");
        body.put("membersInOffice", 5);
        body.put("president", "Bernard HAESBROECK");
        body.set("present", JSON.valueToTree(List.of("Arnaud MARIE", "Philémon BRUNET", "Sylvie GUSTIN")));
        body.set(
                "proxies",
                JSON.readTree("[{\"giver\":\"Philémon BRUNET\",\"holder\":\"Arnaud MARIE\"},"
                        + "{\"giver\":\"Hugues QUESTE\",\"holder\":\"Sylvie GUSTIN\"}]"));
        body.put("vote", "UNANIMITY");
        Api.Response created = Api.as(port, "armentieres", "demo").post("/api/v1/deliberations", body.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode finding = created.json().get("findings").get(0);
        assertThat(finding.get("code").asString()).isEqualTo("MEMBER_PRESENT_AND_REPRESENTED");
        assertThat(finding.get("severity").asString()).isEqualTo("WARNING");
        assertThat(finding.get("message").asString())
                .isEqualTo("Philémon BRUNET figure à la fois parmi les présents et parmi les "
                        + "représentés (pouvoir donné à Arnaud MARIE) ; compté comme représenté.");

        JsonNode findings = Api.as(port, "armentieres", "demo")
                .get("/api/v1/deliberations/" + created.json().get("id").asString() + "/findings")
                .json();
        assertThat(findings.findValuesAsString("code")).containsExactly("MEMBER_PRESENT_AND_REPRESENTED");
    }

    @Test
    void aMalformedActesIdentifierIsRefusedNamingTheWrongSegmentAndNothingIsSaved() {
        long before = stored();
        ObjectNode body = lensDeliberation();
        body.put("actesId", "062-123456789-20240314-DEL1-DE");
        Api.Response refused = Api.as(port, "lens", "demo").post("/api/v1/deliberations", body.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("ACTES_ID_INVALID");
        assertThat(refused.json().get("detail").asString())
                .contains("062-123456789-20240314-DEL1-DE")
                .contains("le SIREN (2e partie)");
        JsonNode field = refused.json().get("fields").get(0);
        assertThat(field.get("field").asString()).isEqualTo("actesId");
        assertThat(field.get("code").asString()).isEqualTo("ACTES_SIREN_INVALID");
        assertThat(field.get("message").asString()).contains("123456789").contains("SIREN");

        body.put("actesId", "062-216204982-20240231-DEL1-DE");
        Api.Response badDate = Api.as(port, "lens", "demo").post("/api/v1/deliberations", body.toString());
        assertThat(badDate.code()).isEqualTo("ACTES_ID_INVALID");
        assertThat(badDate.json().get("fields").get(0).get("code").asString()).isEqualTo("ACTES_DATE_INVALID");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void negativeCountsAreRefusedFieldByField() {
        long before = stored();
        ObjectNode body = lensDeliberation();
        body.put("inFavour", -2);
        body.put("membersInOffice", -3);
        Api.Response refused = Api.as(port, "lens", "demo").post("/api/v1/deliberations", body.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        JsonNode fields = refused.json().get("fields");
        assertThat(fields.findValuesAsString("field")).contains("inFavour", "membersInOffice");
        assertThat(fields.findValuesAsString("code"))
                .contains("DELIBERATION_COUNT_NEGATIVE", "MEMBERS_IN_OFFICE_TOO_FEW");
        assertThat(fields.findValuesAsString("message"))
                .contains("Un nombre de membres ou de voix ne peut pas être négatif (-2).");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anImpossibleDateIsRefusedInFrench() {
        ObjectNode body = lensDeliberation();
        body.put("seanceDate", "2023-02-30");
        body.put("publishedOn", "31/04/2024");
        Api.Response refused = Api.as(port, "lens", "demo").post("/api/v1/deliberations", body.toString());
        assertThat(refused.status()).isEqualTo(400);
        JsonNode fields = refused.json().get("fields");
        assertThat(fields.findValuesAsString("field")).containsExactlyInAnyOrder("seanceDate", "publishedOn");
        assertThat(fields.findValuesAsString("code")).containsOnly("DELIBERATION_DATE_INVALID");
        assertThat(fields.get(0).get("message").asString())
                .isEqualTo("« 2023-02-30 » n’est pas une date existante (format AAAA-MM-JJ ou JJ/MM/AAAA).");
    }

    @Test
    void aStaleVersionIsRefusedWithAConflictAndTheNewerValuesStay() {
        Api agent = Api.as(port, "lens", "demo");
        JsonNode created = agent.post(
                        "/api/v1/deliberations", lensDeliberation().toString())
                .json();
        String id = created.get("id").asString();

        ObjectNode change = (ObjectNode) created.deepCopy();
        change.put("seancePlace", "Salle d'honneur");
        Api.Response saved = agent.put("/api/v1/deliberations/" + id, change.toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertThat(saved.json().get("seancePlace").asString()).isEqualTo("Salle d'honneur");

        ObjectNode stale = (ObjectNode) created.deepCopy();
        stale.put("seancePlace", "Ailleurs");
        Api.Response conflict = agent.put("/api/v1/deliberations/" + id, stale.toString());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(agent.get("/api/v1/deliberations/" + id)
                        .json()
                        .get("seancePlace")
                        .asString())
                .isEqualTo("Salle d'honneur");

        stale.remove("version");
        assertThat(agent.put("/api/v1/deliberations/" + id, stale.toString()).code())
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void lensDoesNotSeeArmentieresAndAReaderDoesNotWrite() {
        Api lens = Api.as(port, "lens", "demo");
        Api.Response other = lens.get("/api/v1/deliberations/" + SeedDeliberationIds.ARMENTIERES);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("DELIBERATION_NOT_FOUND");
        assertThat(other.body()).doesNotContain("HAESBROECK");
        assertThat(lens.get("/api/v1/deliberations/" + SeedDeliberationIds.ARMENTIERES + "/findings")
                        .status())
                .isEqualTo(404);
        assertThat(lens.put("/api/v1/deliberations/" + SeedDeliberationIds.ARMENTIERES, "{\"version\":0}")
                        .status())
                .isEqualTo(404);
        assertThat(lens.get("/api/v1/deliberations?size=200")
                        .json()
                        .get("content")
                        .findValuesAsString("id"))
                .contains(SeedDeliberationIds.LENS.toString())
                .doesNotContain(SeedDeliberationIds.ARMENTIERES.toString(), SeedDeliberationIds.LOMME.toString());

        ObjectNode forArmentieres = lensDeliberation();
        forArmentieres.put("organisationId", organisation("Ville d'Armentières").toString());
        Api.Response refused = lens.post("/api/v1/deliberations", forArmentieres.toString());
        assertThat(refused.status())
                .as("an organisation out of reach is not found, as when reading it")
                .isEqualTo(404);
        assertThat(refused.code()).isEqualTo("ORGANISATION_NOT_FOUND");

        Api reader = Api.as(port, "lecteur", "demo");
        assertThat(reader.get("/api/v1/deliberations/" + SeedDeliberationIds.LOMME)
                        .status())
                .isEqualTo(200);
        ObjectNode forLille = lensDeliberation();
        forLille.put("organisationId", organisation("Ville de Lille").toString());
        forLille.remove("actesId");
        Api.Response denied = reader.post("/api/v1/deliberations", forLille.toString());
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.code()).isEqualTo("ACCESS_DENIED");
        JsonNode lomme =
                reader.get("/api/v1/deliberations/" + SeedDeliberationIds.LOMME).json();
        assertThat(reader.put("/api/v1/deliberations/" + SeedDeliberationIds.LOMME, lomme.toString())
                        .status())
                .isEqualTo(403);

        assertThat(Api.as(port, "caf-nord", "demo")
                        .get("/api/v1/deliberations?size=200")
                        .json()
                        .get("content")
                        .findValuesAsString("id"))
                .contains(SeedDeliberationIds.ARMENTIERES.toString(), SeedDeliberationIds.LOMME.toString())
                .doesNotContain(SeedDeliberationIds.LENS.toString());
        assertThat(Api.anonymous(port).get("/api/v1/deliberations").status()).isEqualTo(401);
    }

    @Test
    void everyChangeIsWrittenToTheAuditTrail() {
        Api agent = Api.as(port, "lens", "demo");
        JsonNode created = agent.post(
                        "/api/v1/deliberations", lensDeliberation().toString())
                .json();
        String id = created.get("id").asString();
        ObjectNode change = (ObjectNode) created.deepCopy();
        change.put("secretary", "Bruno BLANC");
        assertThat(agent.put("/api/v1/deliberations/" + id, change.toString()).status())
                .isEqualTo(200);

        JsonNode history = agent.get("/api/v1/audit?entityType=deliberation&entityId=" + id)
                .json();
        assertThat(history.get("totalElements").asInt()).isEqualTo(2);
        JsonNode updated = history.get("content").get(0);
        assertThat(updated.get("action").asString()).isEqualTo("updated");
        assertThat(updated.get("actorName").asString()).contains("lens");
        assertThat(updated.get("summary").asString())
                .startsWith("Délibération n° " + created.get("number").asString() + " du 14/03/2024")
                .endsWith("modifiée");
        assertThat(updated.get("changes")).hasSize(1);
        assertThat(updated.get("changes").get(0).get("field").asString()).isEqualTo("Secrétaire de séance");
        assertThat(updated.get("changes").get(0).get("before").asString()).isEqualTo("Claire COLIN");
        assertThat(updated.get("changes").get(0).get("after").asString()).isEqualTo("Bruno BLANC");
        assertThat(history.get("content").get(1).get("action").asString()).isEqualTo("created");

        assertThat(Api.as(port, "armentieres", "demo")
                        .get("/api/v1/audit?entityType=deliberation&entityId=" + id)
                        .json()
                        .get("totalElements")
                        .asInt())
                .isZero();
    }

    @Test
    void theListFiltersByOrganisationBodyYearAndText() {
        Api admin = Api.as(port, "admin", "demo");
        assertThat(admin.get("/api/v1/deliberations?year=2022")
                        .json()
                        .get("content")
                        .findValuesAsString("id"))
                .contains(SeedDeliberationIds.LENS.toString())
                .doesNotContain(SeedDeliberationIds.ARMENTIERES.toString());
        assertThat(admin.get("/api/v1/deliberations?body=CONSEIL_COMMUNAL")
                        .json()
                        .get("content")
                        .findValuesAsString("id"))
                .contains(SeedDeliberationIds.LOMME.toString())
                .doesNotContain(SeedDeliberationIds.LENS.toString());
        assertThat(admin.get("/api/v1/deliberations?q=de23.027")
                        .json()
                        .get("content")
                        .findValuesAsString("id"))
                .containsExactly(SeedDeliberationIds.ARMENTIERES.toString());
        assertThat(admin.get("/api/v1/deliberations?q=renouvellement")
                        .json()
                        .get("content")
                        .findValuesAsString("id"))
                .contains(SeedDeliberationIds.ARMENTIERES.toString());
        assertThat(admin.get("/api/v1/deliberations?organisation=" + organisation("Commune associée de Lomme"))
                        .json()
                        .get("content")
                        .findValuesAsString("id"))
                .containsExactly(SeedDeliberationIds.LOMME.toString());
        JsonNode armentieres = admin.get("/api/v1/deliberations?q=DE23027")
                .json()
                .get("content")
                .get(0);
        assertThat(armentieres.get("votesCast").asInt()).isEqualTo(35);
        assertThat(armentieres.get("warnings").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/deliberations?size=0").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void theApiIsDocumentedWithItsErrorCodes() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/deliberations/{id}/findings"))
                .isTrue();
        assertThat(docs.json().get("paths").get("/api/v1/deliberations/{id}").has("put"))
                .isTrue();
        assertThat(docs.body()).contains("ACTES_ID_INVALID", "CONCURRENT_MODIFICATION", "DeliberationRequest");
    }

    @Test
    void theFrontDoorSummarisesTheSeedsForOtherModules() {
        DeliberationSummary lens =
                frontDoor.findSummary(SeedDeliberationIds.LENS).orElseThrow();
        assertThat(lens.adopted()).isTrue();
        assertThat(lens.unanimous()).isTrue();
        assertThat(lens.votesCast()).isEqualTo(35);
        assertThat(lens.actesId()).isEqualTo("062-216204982-20221214-DLB13_14122022-DE");
        assertThat(lens.receivedByPrefecture()).isTrue();
        assertThat(lens.warnings()).isZero();
        assertThat(frontDoor.summaries(
                        List.of(SeedDeliberationIds.ARMENTIERES, SeedDeliberationIds.LOMME, UUID.randomUUID())))
                .extracting(DeliberationSummary::id)
                .containsExactlyInAnyOrder(SeedDeliberationIds.ARMENTIERES, SeedDeliberationIds.LOMME);
        DeliberationSummary armentieres =
                frontDoor.ofOrganisations(List.of(organisation("Ville d'Armentières"))).stream()
                        .filter(s -> s.id().equals(SeedDeliberationIds.ARMENTIERES))
                        .findFirst()
                        .orElseThrow();
        assertThat(armentieres.warnings()).isEqualTo(1);
        assertThat(armentieres.sentToPrefectureOn()).hasToString("2023-02-14");
        assertThat(frontDoor.findSummary(UUID.randomUUID())).isEmpty();
    }
}
