package fr.pilotectg.governance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, unknown figures in the governance: a post whose ETP or situation is not known is saved and read back as
 * unknown (null), the total says how many posts have no known ETP, a negative ETP is still refused; a frequency with an
 * exception for the renewal year is counted in the calendar.
 */
@IntegrationTest
class GovernanceUnknownsIntegrationTests {

    static final String BASE = "/api/v1/conventions/%s/governance";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    @Test
    void aPostWithUnknownEtpAndSituationRoundTripsAndTheTotalSaysSo() {
        String own = Fixtures.of(port, jdbc).signedConvention(Fixtures.unique("CTG ETP inconnu"));
        Api.Response known = caf().post(BASE.formatted(own) + "/posts", """
                {"role":"CHARGE_COOPERATION","theme":"Enfance","etp":1.5,"status":"FILLED"}""");
        assertThat(known.status()).as(known.body()).isEqualTo(201);
        Api.Response other = caf().post(BASE.formatted(own) + "/posts", """
                {"role":"CHARGE_COOPERATION","theme":"Jeunesse","etp":1.5}""");
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        JsonNode allKnown = caf().get(BASE.formatted(own)).json().get("postsEtp");
        assertThat(allKnown.get("text").asString()).isEqualTo("Total : 3 ETP");

        Api.Response unknown = caf().post(BASE.formatted(own) + "/posts", """
                {"role":"CHARGE_COOPERATION","theme":"Coordination","etp":null,"status":null,"person":"Mme Inconnue"}""");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(201);
        JsonNode post = unknown.json();
        assertThat(post.get("etp").isNull()).isTrue();
        assertThat(post.get("status").isNull()).isTrue();
        String id = post.get("id").asString();
        assertThat(jdbc.sql("SELECT etp FROM governance.post WHERE id = CAST(:id AS uuid)")
                        .param("id", id)
                        .query(java.math.BigDecimal.class)
                        .optional())
                .as("an unknown ETP is stored as NULL, never 0")
                .isEmpty();
        assertThat(jdbc.sql("SELECT summary FROM platform.audit_event WHERE entity_id = :id AND action = 'created'")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Poste créé : Coordination, ETP non renseigné");

        JsonNode total = caf().get(BASE.formatted(own)).json().get("postsEtp");
        assertThat(total.get("knownEtp").decimalValue()).isEqualByComparingTo("3");
        assertThat(total.get("unknownPosts").asInt()).isEqualTo(1);
        assertThat(total.get("text").asString()).isEqualTo("Total : 3 ETP connus + 1 poste non renseigné");

        Api.Response nowKnown = caf().put(BASE.formatted(own) + "/posts/" + id, """
                {"version":0,"role":"CHARGE_COOPERATION","theme":"Coordination","etp":0.5,"status":"VACANT","person":"Mme Inconnue"}""");
        assertThat(nowKnown.status()).as(nowKnown.body()).isEqualTo(200);
        String changes = jdbc.sql("""
                SELECT string_agg((c->>'field') || ':' || coalesce(c->>'before', '-') || '>' || coalesce(c->>'after', '-'), ','
                    ORDER BY c->>'field')
                FROM platform.audit_event, jsonb_array_elements(changes) c WHERE entity_id = :id AND action = 'updated'""").param("id", id).query(String.class).single();
        assertThat(changes).isEqualTo("ETP:non renseigné>0,5,État du poste:non renseigné>Vacant");

        Api.Response negative = caf().put(BASE.formatted(own) + "/posts/" + id, """
                {"version":1,"role":"CHARGE_COOPERATION","theme":"Coordination","etp":-1}""");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("fields").get(0).get("code").asString()).isEqualTo("GOVERNANCE_ETP_NEGATIVE");
        assertThat(negative.json().get("fields").get(0).get("message").asString())
                .contains("négatif");
        assertThat(caf().get(BASE.formatted(own) + "/posts/" + id)
                        .json()
                        .get("etp")
                        .decimalValue())
                .as("nothing half saved")
                .isEqualByComparingTo("0.5");
    }

    @Test
    void aFrequencyWithAnExceptionForTheRenewalYearIsCountedInTheCalendar() {
        String own = Fixtures.of(port, jdbc).signedConvention(Fixtures.unique("CTG fréquence"));
        Api.Response created = caf().post(BASE.formatted(own) + "/bodies", """
                {"kind":"COPIL","name":"COPIL renouvellement","seats":[{"institution":"CAF","count":2}],
                 "frequency":{"perYear":1,"text":"1 par an, jusqu’à 3 l’année du renouvellement",
                   "exceptions":[{"renewalYear":true,"perYear":3,"atMost":true}]}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String body = created.json().get("id").asString();
        assertThat(created.json()
                        .get("frequency")
                        .get("exceptions")
                        .get(0)
                        .get("perYear")
                        .asInt())
                .isEqualTo(3);
        JsonNode calendar = caf().get(BASE.formatted(own) + "/calendar").json();
        int ofBody = 0;
        int possible = 0;
        for (JsonNode slot : calendar) {
            if (!slot.get("bodyId").asString().equals(body)) continue;
            ofBody++;
            if (slot.get("state").asString().equals("POSSIBLE")) {
                possible++;
                assertThat(slot.get("year").asInt()).isEqualTo(2026);
            }
        }
        assertThat(ofBody)
                .as("2023-2026: one a year, two more possible in 2026")
                .isEqualTo(6);
        assertThat(possible).isEqualTo(2);
        assertThat(caf().get(BASE.formatted(own) + "/warnings").json().findValuesAsString("period"))
                .as("a possible meeting is never missing")
                .doesNotContain("réunion supplémentaire possible 2026 (année du renouvellement)");

        Api.Response bad = caf().put(BASE.formatted(own) + "/bodies/" + body, """
                {"version":0,"kind":"COPIL","name":"COPIL renouvellement","seats":[{"institution":"CAF","count":2}],
                 "frequency":{"perYear":1,"exceptions":[{"perYear":5}]}}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fields").get(0).get("code").asString())
                .isEqualTo("GOVERNANCE_FREQUENCY_EXCEPTION_INVALID");
    }
}
