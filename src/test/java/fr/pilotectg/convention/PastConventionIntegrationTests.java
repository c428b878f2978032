package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A convention recorded as signed from its published text (issue 12): a period known to the year, deliberations only
 * cited, representatives unknown, all accepted and measured as findings; the in-app signature keeps its rule. The
 * fixed clock stands on 2026-06-15.
 */
@IntegrationTest
class PastConventionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    /** CTG 2023-2027 as published: the years only, nobody named, two deliberations cited without date nor number. */
    private String record(String title, String start, String end, String signedOn, String place) {
        return """
                {"signedOn":"%s","signaturePlace":%s,
                 "terms":{"title":"%s","start":"%s","end":"%s","communes":["59017"],
                  "signatories":[
                    {"organisationId":"%s"},
                    {"organisationId":"%s","authorisations":[
                       {"description":"Délibération du conseil municipal"},
                       {"description":"Délibération du conseil municipal (avenant)","adoptedOn":"2023"}]}],
                  "domains":["PETITE_ENFANCE"]}}
                """.formatted(
                        signedOn,
                        place == null ? "null" : "\"" + place + "\"",
                        title,
                        start,
                        end,
                        fixtures().organisation("Caisse d'allocations familiales du Nord"),
                        fixtures().organisation("Ville d'Armentières"));
    }

    @Test
    void aConventionKnownByYearsOnlyWithCitedUndatedDeliberationsIsRecordedAsSignedAndInForceWithItsFindings() {
        String title = Fixtures.unique("CTG Armentières 2023-2027 d'après le texte");
        Api.Response recorded =
                caf().post("/api/v1/conventions/signed", record(title, "2023", "2027", "2023-03-14", "Armentières"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode c = recorded.json();
        String id = c.get("id").asString();

        assertThat(c.get("statusToday").asString()).isEqualTo("ACTIVE");
        assertThat(c.get("signedOn").asString()).isEqualTo("2023-03-14");
        assertThat(c.get("signaturePlace").asString()).isEqualTo("Armentières");
        assertThat(c.get("recordedFromText").asBoolean()).isTrue();
        assertThat(c.get("terms").get("start").asString())
                .as("never completed to a day")
                .isEqualTo("2023");
        assertThat(c.get("terms").get("end").asString()).isEqualTo("2027");
        JsonNode period = c.get("period");
        assertThat(period.get("label").asString()).isEqualTo("2023-2027");
        assertThat(period.get("duration").asString()).isEqualTo("5 ans");
        assertThat(period.get("startPrecision").asString()).isEqualTo("YEAR");
        assertThat(period.get("calendarStart").asString()).isEqualTo("2023-01-01");
        assertThat(period.get("calendarEnd").asString()).isEqualTo("2027-12-31");
        assertThat(c.get("terms")
                        .get("signatories")
                        .get(1)
                        .get("authorisations")
                        .get(0)
                        .has("adoptedOn"))
                .isTrue();

        assertThat(c.get("findings").findValuesAsString("code"))
                .contains("DELIBERATIONS_UNDATED", "REPRESENTATIVES_UNKNOWN", "SIGNED_AFTER_START", "PERIOD_NOT_EXACT")
                .doesNotContain("SIGNATURE_PLACE_UNKNOWN", "DURATION_UNUSUAL");
        assertThat(c.get("findings").toString())
                .contains("0 délibération datée sur 2")
                .contains("Caisse d'allocations familiales du Nord, Ville d'Armentières")
                .contains("signée le 14/03/2023, période à compter de 2023")
                .contains("du 01/01/2023 au 31/12/2027");
        assertThat(c.get("alerts").findValuesAsString("code"))
                .contains("DELIBERATIONS_UNDATED", "EMPTY_PLAN")
                .as("a cited deliberation is not a missing one")
                .doesNotContain("DELIBERATION_MISSING");

        JsonNode withFindings = caf().get("/api/v1/conventions?findings=true&size=100&q=" + encode(title))
                .json()
                .get("content");
        assertThat(withFindings.findValuesAsString("id")).containsExactly(id);
        assertThat(withFindings.get(0).get("periodLabel").asString()).isEqualTo("2023-2027");
        assertThat(withFindings.get(0).get("duration").asString()).isEqualTo("5 ans");
        assertThat(withFindings.get(0).get("findings").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(caf().get("/api/v1/conventions?alerts=true&size=100&q=" + encode(title))
                        .json()
                        .get("content")
                        .findValuesAsString("id"))
                .containsExactly(id);

        JsonNode history = caf().get("/api/v1/audit?entityType=convention&entityId=" + id + "&size=50")
                .json()
                .get("content");
        List<String> summaries = new ArrayList<>();
        history.forEach(e -> summaries.add(e.get("summary").asString()));
        assertThat(summaries)
                .contains("Convention « " + title
                        + " » enregistrée comme signée d’après son texte publié (signée le 14/03/2023, à Armentières)");
        assertThat(history.toString()).contains("délibération citée, non datée", "représentants non renseignés");
    }

    @Test
    void aCorrectionIsAuditedAndTheCalendarDecidesAgain() {
        String title = Fixtures.unique("CTG corrigée");
        JsonNode c = caf().post("/api/v1/conventions/signed", record(title, "2019", "2021", "2019-02-01", null))
                .json();
        String id = c.get("id").asString();
        assertThat(c.get("statusToday").asString()).isEqualTo("EXPIRED");
        assertThat(c.get("findings").findValuesAsString("code")).contains("SIGNATURE_PLACE_UNKNOWN");

        Api.Response corrected = caf().put("/api/v1/conventions/" + id + "/record", """
                        {"version":%d,"signedOn":"2023-03-14","signaturePlace":"Lille","terms":%s}""".formatted(
                        c.get("version").asInt(), fixtures().terms(title, "2023-01-01", "2026-12-31")));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode after = corrected.json();
        assertThat(after.get("statusToday").asString()).isEqualTo("ACTIVE");
        assertThat(after.get("period").get("label").asString()).isEqualTo("01/01/2023 – 31/12/2026");
        assertThat(after.get("period").get("duration").asString()).isEqualTo("4 ans");
        assertThat(after.get("findings").findValuesAsString("code"))
                .doesNotContain("SIGNATURE_PLACE_UNKNOWN", "PERIOD_NOT_EXACT", "REPRESENTATIVES_UNKNOWN");
        assertThat(after.get("versions").size()).isEqualTo(1);

        String history = caf().get("/api/v1/audit?entityType=convention&entityId=" + id + "&size=50")
                .body();
        assertThat(history).contains("saisie corrigée", "Lieu de signature", "Lille", "non renseigné");

        Api.Response stale = caf().put("/api/v1/conventions/" + id + "/record", """
                        {"version":%d,"signedOn":"2023-03-14","terms":%s}""".formatted(
                        c.get("version").asInt(), fixtures().terms(title, "2023", "2026")));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void impossibleThingsAreStillRefusedWithAFrenchMessageAndAStableCode() {
        Api.Response endBeforeStart = caf().post(
                        "/api/v1/conventions/signed",
                        record(Fixtures.unique("CTG à l'envers"), "2027", "2023", "2023-03-14", null));
        assertThat(endBeforeStart.status()).isEqualTo(400);
        assertThat(endBeforeStart.body()).contains("CONVENTION_PERIOD_INVALID", "précède");

        Api.Response future = caf().post(
                        "/api/v1/conventions/signed",
                        record(Fixtures.unique("CTG future"), "2026", "2029", "2027-01-05", null));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("CONVENTION_SIGNATURE_IN_FUTURE");

        Api.Response badDate = caf().post(
                        "/api/v1/conventions/signed",
                        record(Fixtures.unique("CTG mois 13"), "2023-13", "2027", "2023-03-14", null));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("DATE_INVALID", "terms.start");

        assertThat(jdbc.sql(
                                "SELECT count(*) FROM convention.convention WHERE title LIKE 'CTG à l''envers%' OR title LIKE"
                                        + " 'CTG future%' OR title LIKE 'CTG mois 13%'")
                        .query(Long.class)
                        .single())
                .as("nothing half saved")
                .isZero();
    }

    @Test
    void aDraftWithADurationOutsideThreeToFiveYearsIsWarnedNotRefusedAndItsStartedPeriodIsAnAlert() {
        JsonNode draft = fixtures().draft(Fixtures.unique("CTG deux ans"), "2026-01", "2027-12");
        assertThat(draft.get("period").get("label").asString()).isEqualTo("01/2026 – 12/2027");
        assertThat(draft.get("period").get("duration").asString()).isEqualTo("2 ans");
        assertThat(draft.get("findings").findValuesAsString("code")).contains("DURATION_UNUSUAL");
        assertThat(draft.get("alerts").findValuesAsString("code")).contains("DRAFT_PERIOD_STARTED");
    }

    @Test
    void signingANewConventionInTheApplicationStillNeedsTheCouncilDeliberation() {
        JsonNode draft = fixtures().draft(Fixtures.unique("CTG signature dans l'application"), "2023", "2026");
        String id = draft.get("id").asString();
        JsonNode submitted = caf().post(
                        "/api/v1/conventions/" + id + "/submission",
                        "{\"version\":%d}".formatted(draft.get("version").asInt()))
                .json();
        Api.Response refused = caf().post(
                        "/api/v1/conventions/" + id + "/signature",
                        "{\"version\":%d,\"signedOn\":\"2023-02-10\"}"
                                .formatted(submitted.get("version").asInt()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("CONVENTION_DELIBERATION_MISSING");
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
