package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.MutableClock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Conventions through the API on PostgreSQL: the seeds, the life cycle, bad input, concurrency, access and audit. */
@IntegrationTest
class ConventionApiIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    private UUID org(String name) {
        return fixtures().organisation(name);
    }

    private String terms(String title, String start, String end) {
        return fixtures().terms(title, start, end);
    }

    private JsonNode create(String title, String start, String end) {
        return fixtures().draft(Fixtures.unique(title), start, end);
    }

    /** Submits, links the Armentières deliberation DE23.027 to the commune, signs on {@code signedOn}. */
    private JsonNode signed(String title, String start, String end, String signedOn) {
        return fixtures().signed(Fixtures.unique(title), start, end, signedOn);
    }

    @Test
    void aPredecessorKnownByItsYearsIsKeptAsTheTextGivesIt() {
        String terms = fixtures().terms(Fixtures.unique("CTG après CEJ"), "2023", "2026");
        String withCej = terms.replaceFirst(
                "\\{\"title\"",
                "{\"predecessor\":{\"kind\":\"CEJ\",\"label\":\"CEJ 2015-2018\",\"start\":\"2015\","
                        + "\"end\":\"2018\",\"extendedTo\":\"06/2019\"},\"title\"");
        Api.Response created = caf().post("/api/v1/conventions", withCej);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode cej = created.json().get("terms").get("predecessor");
        assertThat(cej.get("start").asString()).isEqualTo("2015");
        assertThat(cej.get("end").asString()).isEqualTo("2018");
        assertThat(cej.get("extendedTo").asString()).isEqualTo("2019-06");

        Api.Response backwards =
                caf().post("/api/v1/conventions", withCej.replace("\"start\":\"2015\"", "\"start\":\"2019\""));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("PREDECESSOR_PERIOD_INVALID", "2019", "2018");
    }

    @Test
    void theLilleConventionShowsItsSignatoriesMissionsEnjeuxAndPredecessor() {
        JsonNode llh = caf().get("/api/v1/conventions/" + LLH).json();
        JsonNode terms = llh.get("terms");
        assertThat(terms.get("communes").toString()).contains("59350", "59355", "59298");
        assertThat(terms.get("signatories").findValuesAsString("organisationName"))
                .containsExactly("Caisse d'allocations familiales du Nord", "Ville de Lille");
        assertThat(terms.get("signatories").get(0).get("representatives").findValuesAsString("name"))
                .containsExactly("Lydie LIBRIZZI", "Luc GRARD");
        assertThat(terms.get("missions").findValuesAsString("code")).containsExactly("M1", "M2", "M3", "M4");
        assertThat(terms.get("missions").get(1).get("enjeux").toString()).isEqualTo("[\"E3\",\"E4\",\"E5\"]");
        assertThat(terms.get("predecessor").get("kind").asString()).isEqualTo("CEJ");
        assertThat(terms.get("predecessor").get("extendedTo").asString()).isEqualTo("2020-12-31");
        assertThat(terms.get("collectiviteFields").size()).isEqualTo(14);
        JsonNode lille = llh.get("signatories").get(1);
        assertThat(lille.get("deliberations").get(0).get("number").asString()).isEqualTo("2021/58");
        assertThat(lille.get("missingDeliberation").asBoolean()).isFalse();
    }

    @Test
    void theArmentieresConventionShowsItsDeliberationWithItsAnomaly() {
        JsonNode armentieres = caf().get("/api/v1/conventions/" + ARMENTIERES).json();
        assertThat(armentieres.get("signedOn").asString()).isEqualTo("2023-01-18");
        JsonNode deliberation =
                armentieres.get("signatories").get(1).get("deliberations").get(0);
        assertThat(deliberation.get("number").asString()).isEqualTo("DE23.027");
        assertThat(deliberation.get("actesId").asString()).isEqualTo("059-215900176-20230209-DE23027-DE");
        assertThat(deliberation.get("warnings").asInt()).isPositive();
    }

    @Test
    void aConventionInForceSignedBeforeItsDeliberationAndEndingWithinSixMonthsHasItsAlerts() {
        clock.setToday(LocalDate.of(2026, 9, 1));
        JsonNode c = signed("CTG essai alertes", "2023-01-01", "2026-12-31", "2023-01-18");
        JsonNode alerts = caf().get("/api/v1/conventions/" + c.get("id").asString())
                .json()
                .get("alerts");
        assertThat(alerts.findValuesAsString("code"))
                .containsExactlyInAnyOrder(
                        "SIGNED_BEFORE_DELIBERATION",
                        "DELIBERATION_ANOMALIES",
                        "ENDING_WITHOUT_SUCCESSOR",
                        "EMPTY_PLAN");
        assertThat(alerts.toString()).contains("Signée le 18/01/2023, avant la délibération", "31/12/2026");

        clock.setToday(LocalDate.of(2026, 6, 30));
        assertThat(caf().get("/api/v1/conventions/" + c.get("id").asString())
                        .json()
                        .get("alerts")
                        .findValuesAsString("code"))
                .as("more than six months before its end")
                .doesNotContain("ENDING_WITHOUT_SUCCESSOR");
    }

    @Test
    void signatureWaitsForTheCouncilDeliberationThenTheConventionIsInForce() {
        JsonNode c = create("CTG essai signature", "2023-01-01", "2026-12-31");
        String id = c.get("id").asString();
        c = caf().post(
                        "/api/v1/conventions/" + id + "/submission",
                        "{\"version\":%d}".formatted(c.get("version").asInt()))
                .json();
        assertThat(c.get("status").asString()).isEqualTo("IN_SIGNATURE");
        Api.Response refused = caf().post(
                        "/api/v1/conventions/" + id + "/signature",
                        "{\"version\":%d,\"signedOn\":\"2023-02-10\"}"
                                .formatted(c.get("version").asInt()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("CONVENTION_DELIBERATION_MISSING");
        assertThat(refused.json().get("detail").asString()).contains("Ville d'Armentières");

        JsonNode signed = signed("CTG essai signée", "2023-01-01", "2099-12-31", "2023-02-10");
        assertThat(signed.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(signed.get("versions").size()).isEqualTo(1);
        assertThat(signed.get("signatories")
                        .get(1)
                        .get("deliberations")
                        .get(0)
                        .get("number")
                        .asString())
                .isEqualTo("DE23.027");
        assertThat(caf().get("/api/v1/audit?entityType=convention&entityId="
                                + signed.get("id").asString())
                        .body())
                .contains("\"signed\"", "Convention signée le 10/02/2023");
    }

    @Test
    void anAvenantChangesTheEndDateAndTheEarlierVersionStaysReadable() {
        JsonNode c = signed("CTG essai avenant", "2023-01-01", "2099-12-31", "2023-02-10");
        String id = c.get("id").asString();
        String amended = c.get("terms").toString().replace("\"end\":\"2099-12-31\"", "\"end\":\"2100-06-30\"");
        Api.Response drafted = caf().post("/api/v1/conventions/" + id + "/amendments", """
                {"version":%d,"title":"Avenant n° 1 – prolongation","draftedOn":"2024-01-15","terms":%s}""".formatted(
                        c.get("version").asInt(), amended));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.json().get("amendments").get(0).get("changedParts").toString())
                .isEqualTo("[\"PERIOD\"]");
        assertThat(drafted.json().get("terms").get("end").asString()).isEqualTo("2099-12-31");
        JsonNode after = caf().post("/api/v1/conventions/" + id + "/amendments/1/signature", """
                {"version":%d,"signedOn":"2024-02-01"}""".formatted(
                                drafted.json().get("version").asInt()))
                .json();
        assertThat(after.get("terms").get("end").asString()).isEqualTo("2100-06-30");
        assertThat(after.get("versions").size()).isEqualTo(2);
        assertThat(after.get("versions").get(1).get("amendmentNumber").asInt()).isEqualTo(1);
        assertThat(after.get("versions").get(1).get("recordedBy").asString()).isEqualTo("caf-nord");
        assertThat(caf().get("/api/v1/conventions/" + id + "/versions/1")
                        .json()
                        .get("end")
                        .asString())
                .isEqualTo("2099-12-31");
    }

    @Test
    void anAvenantExtendsAConventionAndItsSignedVersionStaysReadable() {
        JsonNode c = signed("CTG essai prolongation", "2021-01-01", "2024-12-31", "2021-07-01");
        String id = c.get("id").asString();
        String extended = c.get("terms").toString().replace("\"end\":\"2024-12-31\"", "\"end\":\"2025-06-30\"");
        Api.Response drafted = caf().post("/api/v1/conventions/" + id + "/amendments", """
                {"version":%d,"title":"Avenant n° 1 – prolongation de six mois","draftedOn":"2024-11-15","terms":%s}""".formatted(
                        c.get("version").asInt(), extended));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonNode signed = caf().post(
                        "/api/v1/conventions/" + id + "/amendments/1/signature",
                        "{\"version\":%d,\"signedOn\":\"2024-12-10\"}"
                                .formatted(drafted.json().get("version").asInt()))
                .json();
        assertThat(signed.get("terms").get("end").asString()).isEqualTo("2025-06-30");
        assertThat(signed.get("versions").size()).isEqualTo(2);
        JsonNode first = caf().get("/api/v1/conventions/" + id + "/versions/1").json();
        assertThat(first.get("end").asString()).isEqualTo("2024-12-31");
        assertThat(first.get("signatories").get(1).get("organisationName").asString())
                .isEqualTo("Ville d'Armentières");
        assertThat(caf().get("/api/v1/audit?entityType=convention&entityId=" + id)
                        .body())
                .contains("amendment-signed", "01/01/2021 – 31/12/2024", "01/01/2021 – 30/06/2025");
    }

    @Test
    void noticeGivenOnFifteenthMarchTakesEffectOnFifteenthSeptember() {
        clock.setToday(LocalDate.of(2024, 10, 1)); // a convention 2023–2026 in force, terminated in 2024
        JsonNode c = signed("CTG essai résiliation", "2023-01-01", "2026-12-31", "2023-02-10");
        String id = c.get("id").asString();
        JsonNode after = caf().post("/api/v1/conventions/" + id + "/terminations", """
                {"version":%d,"kind":"NOTICE","actOn":"2024-03-15","party":"%s"}""".formatted(
                                c.get("version").asInt(), org("Ville d'Armentières")))
                .json();
        assertThat(after.get("terminations").get(0).get("effectiveOn").asString())
                .isEqualTo("2024-09-15");
        assertThat(after.get("commitmentsStopOn").asString()).isEqualTo("2024-09-15");
        assertThat(after.get("status").asString()).isEqualTo("TERMINATED");
        Api.Response again = caf().post(
                        "/api/v1/conventions/" + id + "/terminations",
                        "{\"version\":%d,\"kind\":\"UNILATERAL_CHANGE\",\"actOn\":\"2024-04-01\"}"
                                .formatted(after.get("version").asInt()));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("CONVENTION_TERMINATION_NOT_ALLOWED");
    }

    @Test
    void formalNoticeTakesEffectOneMonthAfterTheLetterAndRenewalNamesThePredecessor() {
        clock.setToday(LocalDate.of(2024, 10, 1)); // a convention 2023–2026 in force, terminated in 2024
        JsonNode c = signed("CTG essai mise en demeure", "2023-01-01", "2026-12-31", "2023-02-10");
        JsonNode after = caf().post(
                        "/api/v1/conventions/" + c.get("id").asString() + "/terminations",
                        "{\"version\":%d,\"kind\":\"FORMAL_NOTICE\",\"actOn\":\"2024-01-31\"}"
                                .formatted(c.get("version").asInt()))
                .json();
        assertThat(after.get("terminations").get(0).get("effectiveOn").asString())
                .isEqualTo("2024-02-29");

        JsonNode other = signed("CTG essai renouvellement", "2023-01-01", "2026-12-31", "2023-02-10");
        Api.Response renewed = caf().post(
                        "/api/v1/conventions/" + other.get("id").asString() + "/renewal",
                        "{\"version\":%d,\"start\":\"2027-01-01\",\"end\":\"2030-12-31\"}"
                                .formatted(other.get("version").asInt()));
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
        assertThat(renewed.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(renewed.json().get("predecessorId").asString())
                .isEqualTo(other.get("id").asString());
        assertThat(renewed.json().get("terms").get("predecessor").get("kind").asString())
                .isEqualTo("CTG");
        assertThat(caf().get("/api/v1/conventions/" + other.get("id").asString())
                        .json()
                        .get("successorId")
                        .asString())
                .isEqualTo(renewed.json().get("id").asString());
    }

    @Test
    void badInputGetsAProblemWithAStableCodeAndNothingIsSaved() {
        long before = jdbc.sql("SELECT count(*) FROM convention.convention")
                .query(Long.class)
                .single();
        Api.Response endBeforeStart =
                caf().post("/api/v1/conventions", terms("CTG à l'envers", "2024-01-01", "2023-12-31"));
        assertThat(endBeforeStart.status()).isEqualTo(400);
        assertThat(endBeforeStart.contentType()).startsWith("application/problem+json");
        assertThat(endBeforeStart.json().get("fields").get(0).get("field").asString())
                .isEqualTo("end");
        assertThat(endBeforeStart.json().get("fields").get(0).get("code").asString())
                .isEqualTo("CONVENTION_PERIOD_INVALID");
        assertThat(endBeforeStart.json().get("fields").get(0).get("message").asString())
                .contains("précède la date de début");
        assertThat(endBeforeStart.json().get("fields").get(0).get("message").asString())
                .as("dates in messages read the French way")
                .contains("(31/12/2023)")
                .contains("(01/01/2024)");

        Api.Response noOrganisation = caf().post("/api/v1/conventions", """
                {"title":"CTG sans organisme","start":"2024-01-01","end":"2027-12-31","communes":["59017"],
                 "signatories":[{"kind":"COMMUNE","representatives":[{"name":"X","role":"MAYOR"}]}]}""");
        assertThat(noOrganisation.status())
                .as(
                        "neither chosen in the directory nor named as printed (a party not yet identified has its printed name)")
                .isEqualTo(400);
        assertThat(noOrganisation.json().get("fields").get(0).get("field").asString())
                .isEqualTo("signatories[0].organisationId");
        assertThat(noOrganisation.json().get("fields").get(0).get("code").asString())
                .isEqualTo("SIGNATORY_ORGANISATION_REQUIRED");

        Api.Response unknownCommune = caf().post(
                        "/api/v1/conventions",
                        terms("CTG commune inconnue", "2024-01-01", "2027-12-31")
                                .replace("\"59017\"", "\"59999\""));
        assertThat(unknownCommune.json().get("fields").get(0).get("code").asString())
                .isEqualTo("CONVENTION_COMMUNE_UNKNOWN");
        assertThat(jdbc.sql("SELECT count(*) FROM convention.convention")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        JsonNode draft = create("CTG projet", "2024-01-01", "2027-12-31");
        Api.Response avenantOnDraft = caf().post(
                        "/api/v1/conventions/" + draft.get("id").asString() + "/amendments",
                        """
                {"version":0,"title":"Avenant","draftedOn":"2024-02-01","terms":%s}""".formatted(terms("CTG projet", "2024-01-01", "2028-12-31")));
        assertThat(avenantOnDraft.status()).isEqualTo(422);
        assertThat(avenantOnDraft.code()).isEqualTo("CONVENTION_AMENDMENT_NOT_ALLOWED");
        assertThat(avenantOnDraft.json().get("detail").asString()).contains("convention signée");

        Api.Response terminateExpired = caf().post(
                        "/api/v1/conventions/" + LLH + "/terminations",
                        "{\"version\":%d,\"kind\":\"NOTICE\",\"actOn\":\"2026-01-15\",\"party\":\"%s\"}"
                                .formatted(
                                        caf().get("/api/v1/conventions/" + LLH)
                                                .json()
                                                .get("version")
                                                .asInt(),
                                        org("Ville de Lille")));
        assertThat(terminateExpired.status()).isEqualTo(422);
        assertThat(terminateExpired.code()).isEqualTo("CONVENTION_TERMINATION_NOT_ALLOWED");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        JsonNode draft = create("CTG concurrente", "2024-01-01", "2027-12-31");
        String id = draft.get("id").asString();
        int version = draft.get("version").asInt();
        Api.Response first = caf().put(
                        "/api/v1/conventions/" + id + "/terms",
                        "{\"version\":%d,\"terms\":%s}"
                                .formatted(version, terms("CTG concurrente — version A", "2024-01-01", "2027-12-31")));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Response second = caf().put(
                        "/api/v1/conventions/" + id + "/terms",
                        "{\"version\":%d,\"terms\":%s}"
                                .formatted(version, terms("CTG concurrente — version B", "2024-01-01", "2027-12-31")));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(caf().get("/api/v1/conventions/" + id)
                        .json()
                        .get("terms")
                        .get("title")
                        .asString())
                .isEqualTo("CTG concurrente — version A");
    }

    @Test
    void accessFollowsTheSignatoriesAndTheTerritory() {
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/conventions/" + LLH)
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "lomme", "demo")
                        .get("/api/v1/conventions/" + LLH)
                        .status())
                .isEqualTo(200);
        Api.Response readerWrites = Api.as(port, "lecteur", "demo")
                .post(
                        "/api/v1/conventions/" + LLH + "/renewal",
                        "{\"version\":0,\"start\":\"2025-01-01\",\"end\":\"2028-12-31\"}");
        assertThat(readerWrites.status()).isEqualTo(403);
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/conventions?size=100")
                        .body())
                .doesNotContain(LLH, ARMENTIERES);
        String nord = caf().get("/api/v1/conventions?size=100").body();
        assertThat(nord).contains(LLH, ARMENTIERES);
        String lomme = caf().get("/api/v1/conventions?commune=59355&size=100").body();
        assertThat(lomme).contains(LLH).doesNotContain(ARMENTIERES);
        assertThat(caf().get("/api/v1/conventions?status=EXPIRED&domain=PETITE_ENFANCE&size=100")
                        .body())
                .contains(LLH);
    }

    @Test
    void theNationalListIsDataThatOnlyAdministratorsChange() {
        JsonNode list = caf().get("/api/v1/conventions/reference-list").json();
        assertThat(list.findValuesAsString("code")).contains("PETITE_ENFANCE", "M4", "E10");
        Api.Response byAgent = caf().post(
                        "/api/v1/conventions/reference-list/ENJEU",
                        "{\"label\":\"Enjeu local\",\"parentCode\":\"M2\"}");
        assertThat(byAgent.status()).isEqualTo(403);
        Api.Response byAdmin = Api.as(port, "admin", "demo")
                .post(
                        "/api/v1/conventions/reference-list/ENJEU",
                        "{\"label\":\"%s\",\"parentCode\":\"M2\"}"
                                .formatted(Fixtures.unique("Soutenir la parentalité numérique")));
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(201);
        assertThat(byAdmin.json().get("code").asString()).matches("E1[1-9]");
        assertThat(byAdmin.json().get("parentCode").asString()).isEqualTo("M2");
    }
}
