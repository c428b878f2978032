package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Linking, unlinking and renewing check the version their author read: a stale one is 409 and the first change stays. */
@IntegrationTest
class ConventionStaleVersionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private UUID org(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private UUID deliberation(String number) {
        return jdbc.sql("SELECT id FROM deliberation.deliberation WHERE number = :n")
                .param("n", number)
                .query(UUID.class)
                .single();
    }

    private JsonNode draft() {
        Api.Response created = caf().post("/api/v1/conventions", """
                {"title":"Versions %s","start":"2023-01-01","end":"2026-12-31","communes":["59017"],
                 "signatories":[
                   {"organisationId":"%s","representatives":[{"name":"Véronique DELCOURT","role":"BOARD_CHAIR"},
                                                             {"name":"Audrey MATHON-DEBETENCOURT","role":"DIRECTOR"}]},
                   {"organisationId":"%s","representatives":[{"name":"Bernard HAESEBROECK","role":"MAYOR","title":"Maire"}]}],
                 "domains":["PETITE_ENFANCE"],"missions":[]}
                """.formatted(
                        UUID.randomUUID(), org("Caisse d'allocations familiales du Nord"), org("Ville d'Armentières")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private Api.Response link(String id, int version) {
        return caf().post("/api/v1/conventions/" + id + "/deliberations", """
                {"version":%d,"signatoryId":"%s","deliberationId":"%s"}""".formatted(
                        version, org("Ville d'Armentières"), deliberation("DE23.027")));
    }

    private long links(String id) {
        return jdbc.sql("SELECT count(*) FROM convention.deliberation_link WHERE convention_id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    @Test
    void aStaleLinkOrUnlinkIsRefusedAndTheFirstChangeKept() {
        JsonNode draft = draft();
        String id = draft.get("id").asString();
        int read = draft.get("version").asInt();

        Api.Response first = link(id, read);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Response stale = link(id, read);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("CONCURRENT_MODIFICATION");

        Api.Response staleUnlink = caf().delete("/api/v1/conventions/" + id + "/deliberations/"
                + deliberation("DE23.027") + "?version=" + read);
        assertThat(staleUnlink.status()).isEqualTo(409);
        assertThat(links(id)).isEqualTo(1);

        int current = first.json().get("version").asInt();
        Api.Response unlink = caf().delete("/api/v1/conventions/" + id + "/deliberations/" + deliberation("DE23.027")
                + "?version=" + current);
        assertThat(unlink.status()).as(unlink.body()).isEqualTo(200);
        assertThat(links(id)).isZero();
    }

    @Test
    void aStaleRenewalIsRefusedAndCreatesNoSuccessor() {
        JsonNode c = draft();
        String id = c.get("id").asString();
        c = caf().post(
                        "/api/v1/conventions/" + id + "/submission",
                        "{\"version\":%d}".formatted(c.get("version").asInt()))
                .json();
        c = link(id, c.get("version").asInt()).json();
        Api.Response signed = caf().post(
                        "/api/v1/conventions/" + id + "/signature",
                        "{\"version\":%d,\"signedOn\":\"2023-03-01\"}"
                                .formatted(c.get("version").asInt()));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        int current = signed.json().get("version").asInt();

        Api.Response stale = caf().post(
                        "/api/v1/conventions/" + id + "/renewal",
                        "{\"version\":%d,\"start\":\"2027-01-01\",\"end\":\"2030-12-31\"}".formatted(current - 1));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM convention.convention WHERE predecessor_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();

        Api.Response renewed = caf().post(
                        "/api/v1/conventions/" + id + "/renewal",
                        "{\"version\":%d,\"start\":\"2027-01-01\",\"end\":\"2030-12-31\"}".formatted(current));
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
    }
}
