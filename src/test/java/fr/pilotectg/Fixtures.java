package fr.pilotectg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Builds a test's own data through the API (as the Caf du Nord agent), so that no test changes the demo data: a
 * convention of its own with a unique title, its own register entries. Demo data is only read (organisations and the
 * Armentières deliberation DE23.027 that the signatures link to).
 */
public final class Fixtures {

    /** A commune of the Nord with no demo convention and no demo register entry: Roubaix. */
    public static final String FREE_COMMUNE = "59512";

    private final int port;
    private final JdbcClient jdbc;

    private Fixtures(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    public static Fixtures of(int port, JdbcClient jdbc) {
        return new Fixtures(port, jdbc);
    }

    /** {@code prefix} followed by a short random suffix, so that names never clash between tests or runs. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    public UUID organisation(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    public UUID deliberation(String number) {
        return jdbc.sql("SELECT id FROM deliberation.deliberation WHERE number = :n")
                .param("n", number)
                .query(UUID.class)
                .single();
    }

    /** Terms of a convention for Armentières (59017) with three signatories: the Caf, the commune and the Département. */
    public String terms(String title, String start, String end) {
        return terms(title, start, end, "59017");
    }

    /** The same terms for the territory of {@code commune} (an INSEE code). */
    public String terms(String title, String start, String end, String commune) {
        return """
                {"title":"%s","start":"%s","end":"%s","communes":["%s"],
                 "signatories":[
                   {"organisationId":"%s","representatives":[{"name":"Véronique DELCOURT","role":"BOARD_CHAIR"},
                                                             {"name":"Audrey MATHON-DEBETENCOURT","role":"DIRECTOR"}]},
                   {"organisationId":"%s","representatives":[{"name":"Bernard HAESEBROECK","role":"MAYOR","title":"Maire"}]},
                   {"organisationId":"%s","needsCouncilDeliberation":false,"representatives":[{"name":"Christian POIRET","role":"PRESIDENT"}]}],
                 "domains":["PETITE_ENFANCE","PARENTALITE"],
                 "missions":[{"code":"M1","enjeux":["E1","E2"]},{"code":"M2","enjeux":["E3"]}]}
                """.formatted(
                        title,
                        start,
                        end,
                        commune,
                        organisation("Caisse d'allocations familiales du Nord"),
                        organisation("Ville d'Armentières"),
                        organisation("Département du Nord"));
    }

    /** A draft convention of its own. */
    public JsonNode draft(String title, String start, String end) {
        Api.Response created = caf().post("/api/v1/conventions", terms(title, start, end));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** A draft convention 2023–2026 of its own on the territory of {@code commune}; returns its id. */
    public String draftIn(String title, String commune) {
        Api.Response created = caf().post("/api/v1/conventions", terms(title, "2023-01-01", "2026-12-31", commune));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A draft convention of its own, submitted, with the deliberation DE23.027 linked to the commune, signed on {@code signedOn}. */
    public JsonNode signed(String title, String start, String end, String signedOn) {
        JsonNode c = draft(title, start, end);
        String id = c.get("id").asString();
        Api.Response submitted = caf().post(
                        "/api/v1/conventions/" + id + "/submission",
                        "{\"version\":%d}".formatted(c.get("version").asInt()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Api.Response linked = caf().post("/api/v1/conventions/" + id + "/deliberations", """
                {"version":%d,"signatoryId":"%s","deliberationId":"%s"}""".formatted(
                        submitted.json().get("version").asInt(),
                        organisation("Ville d'Armentières"),
                        deliberation("DE23.027")));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        Api.Response sign = caf().post(
                        "/api/v1/conventions/" + id + "/signature",
                        "{\"version\":%d,\"signedOn\":\"%s\"}"
                                .formatted(linked.json().get("version").asInt(), signedOn));
        assertThat(sign.status()).as(sign.body()).isEqualTo(200);
        return sign.json();
    }

    /** The id of a signed convention 2023–2026 of its own (signed on 10/02/2023). */
    public String signedConvention(String title) {
        return signed(title, "2023-01-01", "2026-12-31", "2023-02-10").get("id").asString();
    }

    /** A register entry of its own (an EAJE multi-accueil of {@code places} places since 2020) in {@code commune}. */
    public JsonNode equipment(String name, String commune, int places) {
        Api.Response created = caf().post("/api/v1/equipments", """
                {"type":"EAJE_MULTI_ACCUEIL","name":"%s","operatorName":"Gestionnaire de test","operatorCategory":"ASSOCIATIF",
                 "addresses":[{"street":"1 rue du Test","postalCode":"59100","city":"Roubaix"}],"communeCode":"%s",
                 "supportedByCollectivite":true,"capacity":{"value":%d,"unit":"PLACES","effectiveOn":"2020-01-01"}}""".formatted(name, commune, places));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** An axis of its own in the plan of {@code convention}; returns its id. */
    public String axis(String convention, String title) {
        Api.Response created = caf().post(
                        "/api/v1/conventions/" + convention + "/plan/axes",
                        "{\"title\":\"%s\",\"domains\":[\"PARENTALITE\"],\"enjeux\":[\"E3\"]}".formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A draft fiche of its own (with one milestone on 30/06/2024) in a new axis of {@code convention}. */
    public JsonNode fiche(String convention, String title) {
        Api.Response created = caf().post("/api/v1/conventions/" + convention + "/plan/fiches", """
                {"axisId":"%s","title":"%s","targetPublic":"Parents","progress":10,
                 "milestones":[{"dueOn":"2024-06-30","label":"Recensement","done":false}]}""".formatted(
                        axis(convention, unique("Axe")), title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Moves a fiche to {@code status} (one step of its workflow); returns the fiche. */
    public JsonNode ficheStatus(JsonNode fiche, String status) {
        Api.Response changed = caf().post(
                        "/api/v1/fiches/" + fiche.get("id").asString() + "/status",
                        "{\"version\":%d,\"status\":\"%s\"}"
                                .formatted(fiche.get("version").asInt(), status));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        return changed.json();
    }

    /** A governance body of its own (two Caf seats, twice a year) in {@code convention}; returns its id. */
    public String body(String convention, String kind, String name) {
        Api.Response created =
                caf().post("/api/v1/conventions/" + convention + "/governance/bodies", """
                {"kind":"%s","name":"%s","seats":[{"institution":"CAF","count":2}],"frequency":{"perYear":2,"text":"Semestriel"}}""".formatted(kind, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
