package fr.pilotectg.financing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The state the financing tests build for themselves: a Caf of their own (so that its parameter values never reach
 * another test), its users, and a draft 2023–2026 on Armentières with Les Oisillons (+14 places in a QPV from
 * September 2023, fee 0,82 €/h in 2023 and not known after).
 */
record FinancingTestData(int port, JdbcClient jdbc) {

    static final String FINANCING = "/api/v1/conventions/%s/financing";

    /** A Caf on the Nord and the login of one of its agents. */
    record TestCaf(UUID id, String name, String agent, String password) {

        Api api(int port) {
            return Api.as(port, agent, password);
        }
    }

    Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    Api admin() {
        return Api.as(port, "admin", "demo");
    }

    TestCaf newCaf() {
        String name = Fixtures.unique("Caf d’essai");
        Api.Response created = admin().post("/api/v1/organisations", """
                {"kind":"CAF","name":"%s","departements":["59"]}""".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asString());
        String[] login = user(id, "CAF_AGENT");
        return new TestCaf(id, name, login[0], login[1]);
    }

    String[] user(UUID organisation, String role) {
        String username = "fin-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin().post("/api/v1/users", """
                {"username":"%s","displayName":"Compte %s","organisationId":"%s","role":"%s"}""".formatted(username, role, organisation, role));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        jdbc.sql("UPDATE directory.user_account SET must_change_password = FALSE WHERE username = :u")
                .param("u", username)
                .update();
        return new String[] {username, created.json().get("oneTimePassword").asString()};
    }

    /** A draft 2023–2026 of the Caf on Armentières with Les Oisillons (+14 places in a QPV from September 2023). */
    String conventionWithOisillons(TestCaf caf) {
        String terms = fixtures()
                .terms(Fixtures.unique("CTG financement Caf d’essai"), "2023-01-01", "2026-12-31")
                .replace(
                        fixtures()
                                .organisation("Caisse d'allocations familiales du Nord")
                                .toString(),
                        caf.id().toString());
        Api.Response created = caf.api(port).post("/api/v1/conventions", terms);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response put = caf.api(port)
                .put(FINANCING.formatted(id) + "/inputs", "{\"version\":0,\"inputs\":" + oisillons(null) + "}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        return id;
    }

    /** The inputs with Les Oisillons, run by {@code operator} (JSON, or null when not said). */
    String oisillons(String operator) {
        return """
                {"territories":[{"key":"ARM","label":"Armentières","tranche":3}],
                 "structures":[{"id":"oisillons","name":"Les Oisillons","kind":"EAJE","territory":"ARM",
                   "support":{"organisationId":"%s","organisationName":"Ville d’Armentières","from":"2023-01-01"},
                   "qpv":true,"zrr":false,"existingPlaces":0,
                   "openings":[{"places":14,"year":2023,"month":9}],
                   "years":[{"year":2023,"averageFeePerHour":0.82}],"operator":%s}]}""".formatted(fixtures().organisation("Ville d'Armentières"), operator);
    }

    /** A new organisation of {@code kind} outside every convention, and the login of a partner user of it. */
    UUID organisation(String kind, String name) {
        Api.Response created = admin().post("/api/v1/organisations", """
                {"kind":"%s","name":"%s"}""".formatted(kind, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }
}
