package fr.pilotectg.actionplan;

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
 * Issue 12 for the fiches: a fiche flagged « commune à toutes les CTG » with its own number within its axis and a
 * realisation date in the past round-trips through the API and shows on its page; the number is unique in its axis and
 * a realisation date in the future is refused, nothing half saved; every change is audited in French.
 */
@IntegrationTest
class FicheUnknownsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private Api.Response create(String convention, String axis, String title, String extra) {
        return caf().post("/api/v1/conventions/" + convention + "/plan/fiches", """
                {"axisId":"%s","title":"%s"%s}""".formatted(axis, title, extra));
    }

    @Test
    void aCommonFicheWithItsNumberAndAPastRealisationDateRoundTrips() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String convention = fixtures.signedConvention(Fixtures.unique("CTG fiches communes"));
        String axis = fixtures.axis(convention, Fixtures.unique("Axe"));
        Api.Response created = create(
                convention,
                axis,
                "Accès aux droits",
                ",\"commonToAll\":true,\"numberInAxis\":\"2.3\",\"realisedOn\":\"2023-03-15\"");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode fiche = created.json();
        assertThat(fiche.get("commonToAll").asBoolean()).isTrue();
        assertThat(fiche.get("numberInAxis").asString()).isEqualTo("2.3");
        assertThat(fiche.get("realisedOn").asString()).isEqualTo("2023-03-15");

        Api.Response plain = create(convention, axis, "Sans numéro", "");
        assertThat(plain.status()).as(plain.body()).isEqualTo(201);
        assertThat(plain.json().get("realisedOn").isNull())
                .as("unknown, not invented")
                .isTrue();
        assertThat(plain.json().get("commonToAll").asBoolean()).isFalse();

        String page = fr.pilotectg.platform.PageSession.signIn(port, "caf-nord", "demo")
                .get("/fiches/" + fiche.get("id").asString())
                .body();
        assertThat(page).contains("Fiche commune à toutes les CTG", "n° 2.3", "Réalisée le 15/03/2023");

        Api.Response taken = create(convention, axis, "Même numéro", ",\"numberInAxis\":\"2.3\"");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("fields").findValuesAsString("code")).containsExactly("FICHE_NUMBER_TAKEN");

        String id = plain.json().get("id").asString();
        Api.Response future = caf().put("/api/v1/fiches/" + id, """
                {"version":%d,"axisId":"%s","title":"Sans numéro","numberInAxis":"2.4","realisedOn":"2099-01-01"}""".formatted(
                        plain.json().get("version").asInt(), axis));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("fields").findValuesAsString("code")).containsExactly("FICHE_REALISED_IN_FUTURE");
        assertThat(future.body()).contains("une date passée est acceptée");
        assertThat(caf().get("/api/v1/fiches/" + id).json().get("numberInAxis").asString())
                .as("nothing half saved")
                .isEmpty();

        Api.Response past = caf().put("/api/v1/fiches/" + id, """
                {"version":%d,"axisId":"%s","title":"Sans numéro","numberInAxis":"2.4","realisedOn":"2020-06-30"}""".formatted(
                        plain.json().get("version").asInt(), axis));
        assertThat(past.status()).as(past.body()).isEqualTo(200);
        String changes = jdbc.sql("""
                SELECT string_agg((c->>'field') || ':' || coalesce(c->>'before', '-') || '>' || coalesce(c->>'after', '-'), ','
                    ORDER BY c->>'field')
                FROM platform.audit_event, jsonb_array_elements(changes) c WHERE entity_id = :id AND action = 'updated'""").param("id", id).query(String.class).single();
        assertThat(changes)
                .isEqualTo("Date de réalisation:non renseigné>30/06/2020,Numéro dans l’axe:non renseigné>2.4");
    }
}
