package fr.pilotectg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.actionplan.ActionPlans;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/** Evaluation through the API on PostgreSQL: demo data, indicators with checked values, access, audit, frozen reviews. */
@IntegrationTest
class EvaluationApiIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionPlans plans;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    fr.pilotectg.convention.Conventions conventions;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    private JsonNode coverage(String convention, String name) {
        Api.Response created = caf().post("/api/v1/conventions/" + convention + "/indicators", """
                {"name":"%s","definition":"Places / enfants de moins de 3 ans","unit":"PERCENT","direction":"HIGHER_IS_BETTER",
                 "source":"Test","baselineValue":"45,5","baselineYear":"2022","targets":{"2024":"50","2026":55}}
                """.formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** A signed convention 2023–2026 of its own, so that nothing touches a demo convention. */
    private String signedConvention(String title) {
        return fixtures().signedConvention(title);
    }

    private static JsonNode year(JsonNode indicator, int year) {
        for (JsonNode y : indicator.get("years")) if (y.get("year").asInt() == year) return y;
        throw new AssertionError("no year " + year);
    }

    @Test
    void theLilleCtgHasComputedAndEnteredIndicatorsA2022ReviewAndAFinalBilanDraft() {
        JsonNode view = caf().get("/api/v1/conventions/" + LLH + "/indicators").json();
        assertThat(view.get("years").toString()).isEqualTo("[2021,2022,2023,2024]");
        assertThat(view.get("library").findValuesAsString("code"))
                .contains("I01", "I06", "I09", "I10", "I11", "A01", "A02");
        JsonNode places = null;
        JsonNode coverage = null;
        for (JsonNode i : view.get("indicators")) {
            if ("I09".equals(i.get("code").asString())) places = i;
            if ("I06".equals(i.get("code").asString())) coverage = i;
        }
        assertThat(places).isNotNull();
        assertThat(places.get("computed").asBoolean()).isTrue();
        assertThat(places.get("source").asString()).contains("schéma de développement");
        assertThat(year(places, 2024).get("value").isNull())
                .as("computed from the realised rows of the schéma")
                .isFalse();
        assertThat(year(places, 2021).get("value").decimalValue())
                .as("Popelines 60 → 73 realised on 01/01/2021")
                .isEqualByComparingTo("13");
        assertThat(year(places, 2022).get("target").decimalValue()).isEqualByComparingTo("25");
        assertThat(year(coverage, 2022).get("value").decimalValue()).isEqualByComparingTo("56.1");
        assertThat(year(coverage, 2022).get("enteredBy").asString()).isEqualTo("system");
        assertThat(coverage.get("source").asString()).contains("Contenu de démonstration");
        assertThat(coverage.get("trend").asString()).isEqualTo("IMPROVING");

        JsonNode review =
                caf().get("/api/v1/conventions/" + LLH + "/reviews/2022").json();
        assertThat(review.get("year").asInt()).isEqualTo(2022);
        assertThat(review.get("conclusions").asString()).contains("diagnostic partagé");
        JsonNode fiches = review.get("report").get("fiches");
        assertThat(fiches.size()).isGreaterThan(0);
        assertThat(fiches.get(0).get("late").asBoolean())
                .as("late fiches first")
                .isTrue();
        assertThat(review.get("report").get("places")).isNotNull();
        JsonNode bilan =
                caf().get("/api/v1/conventions/" + LLH + "/final-review").json();
        assertThat(bilan.get("carriedObjectives").size()).isEqualTo(3);
        assertThat(bilan.get("report").get("indicators").get(0).get("points").size())
                .isEqualTo(4);
        assertThat(caf().get("/api/v1/conventions/" + LLH + "/reviews/2027").code())
                .isEqualTo("EVALUATION_REVIEW_YEAR_OUTSIDE");
    }

    @Test
    void anIndicatorIsCreatedItsValuesCheckedPerFieldAndAStaleVersionIsRefused() {
        String convention = signedConvention(Fixtures.unique("CTG essai indicateurs"));
        JsonNode created = coverage(convention, "Couverture API " + UUID.randomUUID());
        String path = "/api/v1/conventions/" + convention + "/indicators/"
                + created.get("id").asString();
        assertThat(created.get("baselineValue").decimalValue()).isEqualByComparingTo("45.5");
        assertThat(year(created, 2026).get("target").decimalValue()).isEqualByComparingTo("55");
        int version = created.get("version").asInt();

        Api.Response recorded =
                caf().put(path + "/values/2024", "{\"version\":%d,\"value\":\"48,2 %%\"}".formatted(version));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(year(recorded.json(), 2024).get("value").decimalValue()).isEqualByComparingTo("48.2");
        assertThat(year(recorded.json(), 2024).get("enteredBy").asString()).isEqualTo("caf-nord");
        assertThat(year(recorded.json(), 2024).get("reached").asBoolean()).isFalse();
        version = recorded.json().get("version").asInt();

        for (String[] bad : new String[][] {
            {"2024", "\"beaucoup\"", "EVALUATION_NOT_NUMERIC", "n’est pas un nombre"},
            {"2024", "\"120\"", "EVALUATION_PERCENT_OUT_OF_RANGE", "entre 0 et 100"},
            {"2024", "\"12 places\"", "EVALUATION_UNIT_MISMATCH", "unité"},
            {"2030", "50", "EVALUATION_YEAR_OUTSIDE_CONVENTION", "hors de la convention"}
        }) {
            Api.Response refused =
                    caf().put(path + "/values/" + bad[0], "{\"version\":%d,\"value\":%s}".formatted(version, bad[1]));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).contains("problem+json");
            assertThat(refused.json().get("fields").findValuesAsString("code")).containsExactly(bad[2]);
            assertThat(refused.body()).contains(bad[3]);
        }
        Api.Response wrongUnit = caf().put(
                        path + "/targets/2025", "{\"version\":%d,\"value\":40,\"unit\":\"EUROS\"}".formatted(version));
        assertThat(wrongUnit.json().get("fields").findValuesAsString("code"))
                .containsExactly("EVALUATION_UNIT_MISMATCH");

        Api.Response halfBad = caf().put(path, """
                {"version":%d,"name":"Couverture modifiée","unit":"PERCENT","direction":"HIGHER_IS_BETTER",
                 "targets":{"2024":"52","2025":"abc","2031":"60"}}""".formatted(version));
        assertThat(halfBad.status()).isEqualTo(400);
        assertThat(halfBad.json().get("fields").findValuesAsString("field")).contains("targets[2025]", "targets[2031]");
        JsonNode unchanged = caf().get(path).json();
        assertThat(unchanged.get("name").asString()).startsWith("Couverture API");
        assertThat(year(unchanged, 2024).get("target").decimalValue())
                .as("nothing half saved")
                .isEqualByComparingTo("50");
        assertThat(unchanged.get("version").asInt()).isEqualTo(version);

        Api.Response stale = caf().put(path + "/values/2025", "{\"version\":%d,\"value\":49}".formatted(version - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");

        assertThat(caf().get("/api/v1/audit?entityType=indicateur-evaluation&entityId="
                                + created.get("id").asString())
                        .body())
                .contains("Valeur 2024");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE entity_id = :id")
                        .param("id", created.get("id").asString())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void accessFollowsTheConvention() {
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/conventions/" + LLH + "/indicators")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/conventions/" + LLH + "/reviews/2022")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/conventions/" + LLH + "/final-review")
                        .status())
                .isEqualTo(404);
        Api lecteur = Api.as(port, "lecteur", "demo");
        assertThat(lecteur.get("/api/v1/conventions/" + LLH + "/indicators").status())
                .isEqualTo(200);
        Api.Response write = lecteur.post("/api/v1/conventions/" + LLH + "/indicators", "{\"code\":\"I11\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.code()).isEqualTo("ACCESS_DENIED");
        assertThat(lecteur.put("/api/v1/conventions/" + LLH + "/reviews/2023", "{\"version\":0,\"conclusions\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port)
                        .get("/api/v1/conventions/" + LLH + "/indicators")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aFrozenReviewReadsTheSameAfterAFicheChanges() {
        String own = signedConvention(Fixtures.unique("CTG essai revue figée"));
        Api.Response axis = caf().post(
                        "/api/v1/conventions/" + own + "/plan/axes",
                        "{\"title\":\"Axe revue %s\",\"domains\":[\"PARENTALITE\"],\"enjeux\":[\"E3\"]}"
                                .formatted(UUID.randomUUID()));
        assertThat(axis.status()).as(axis.body()).isEqualTo(201);
        Api.Response fiche = caf().post(
                        "/api/v1/conventions/" + own + "/plan/fiches",
                        "{\"axisId\":\"%s\",\"title\":\"Fiche revue figée\"}"
                                .formatted(axis.json().get("id").asString()));
        assertThat(fiche.status()).as(fiche.body()).isEqualTo(201);
        UUID ficheId = UUID.fromString(fiche.json().get("id").asString());

        String review = "/api/v1/conventions/" + own + "/reviews/2024";
        Api.Response written = caf().put(
                        review,
                        "{\"version\":0,\"conclusions\":\"Revue présentée au COPIL\",\"adjustments\":\"Aucun\"}");
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(caf().put(review, "{\"version\":0,\"conclusions\":\"Concurrent\"}")
                        .status())
                .isEqualTo(409);
        Api.Response frozen = caf().post(
                        review + "/freeze",
                        "{\"version\":%d,\"presentedOn\":\"2024-06-12\"}"
                                .formatted(written.json().get("version").asInt()));
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(200);
        assertThat(frozen.json().get("frozen").asBoolean()).isTrue();
        assertThat(frozen.json().get("presentedOn").asString()).isEqualTo("2024-06-12");
        String before = frozen.json().get("report").toString();
        assertThat(before).contains("Fiche revue figée").contains("\"status\":\"DRAFT\"");

        UserDetails user = users.loadUserByUsername("caf-nord");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            plans.changeStatus(
                    ficheId,
                    plans.findFiche(ficheId).orElseThrow().version(),
                    fr.pilotectg.actionplan.FicheStatus.PRESENTED,
                    null,
                    "comité de pilotage");
        } finally {
            SecurityContextHolder.clearContext();
        }

        JsonNode after = caf().get(review).json();
        assertThat(after.get("report").toString()).isEqualTo(before);
        assertThat(after.get("conclusions").asString()).isEqualTo("Revue présentée au COPIL");
        // A live review sees the change when it describes today (the current year of a running convention); the review
        // of a year that is over describes 31 December of that year (or the convention's end), before the change.
        LocalDate today = LocalDate.now(clock);
        LocalDate end = LocalDate.of(2026, 12, 31);
        boolean running = !today.isAfter(end);
        String live = caf().get("/api/v1/conventions/" + own + "/reviews/" + (running ? today : end).getYear())
                .body();
        assertThat(live)
                .as(running ? "the current year's review sees the change" : "the last year's review stops at the end")
                .contains("\"title\":\"Fiche revue figée\",\"status\":\"" + (running ? "PRESENTED" : "DRAFT") + "\"");
        Api.Response refused = caf().put(
                        review,
                        "{\"version\":%d,\"conclusions\":\"Après coup\"}"
                                .formatted(after.get("version").asInt()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("EVALUATION_REVIEW_FROZEN");
        assertThat(caf().get("/api/v1/audit?entityType=revue-evaluation&size=200")
                        .body())
                .contains("Revue annuelle 2024 figée");
    }

    @Test
    void theFinalBilanCreatesTheNextConventionWhoseBilanListsTheCarriedObjectives() {
        String bilan = "/api/v1/conventions/" + signedConvention(Fixtures.unique("CTG bilan")) + "/final-review";
        JsonNode current = caf().get(bilan).json();
        Api.Response empty = caf().post(bilan + "/successor", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("fields").findValuesAsString("code"))
                .containsExactly("EVALUATION_OBJECTIVES_REQUIRED");
        Api.Response written =
                caf().put(bilan, """
                {"version":%d,"conclusions":"Bilan","effects":"Effets observés","carriedObjectives":["Ouvrir un LAEP","Couvrir 60 %% des besoins"]}""".formatted(current.get("version").asInt()));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        Api.Response successor = caf().post(bilan + "/successor", "{}");
        assertThat(successor.status()).as(successor.body()).isEqualTo(201);
        String next = successor.json().get("successorId").asString();
        JsonNode nextBilan =
                caf().get("/api/v1/conventions/" + next + "/final-review").json();
        assertThat(nextBilan.get("objectivesFromPreviousConvention").toString())
                .contains("Ouvrir un LAEP", "Couvrir 60 % des besoins");
        assertThat(caf().post(bilan + "/successor", "{}").code()).isEqualTo("EVALUATION_ALREADY_RENEWED");
    }
}
