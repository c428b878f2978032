package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every module applies the limits of {@code shared.InputLimits}: a value over them is refused (400 problem+json with the
 * stable code under the field) and nothing is saved; a value stored before the limits still exports.
 */
@IntegrationTest
class InputLimitsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Fixtures fixtures;
    private String convention;

    @BeforeEach
    void setUp() {
        fixtures = Fixtures.of(port, jdbc);
        convention = fixtures.signedConvention(Fixtures.unique("CTG limites"));
    }

    private Api caf() {
        return fixtures.caf();
    }

    private Api.Response newFiche(String title, String extra) {
        String axis = fixtures.axis(convention, Fixtures.unique("Axe"));
        return caf().post(
                        "/api/v1/conventions/" + convention + "/plan/fiches",
                        "{\"axisId\":\"%s\",\"title\":\"%s\",\"progress\":0%s}".formatted(axis, title, extra));
    }

    private int fiches() {
        return jdbc.sql("SELECT count(*) FROM actionplan.fiche WHERE convention_id = CAST(:c AS uuid)")
                .param("c", convention)
                .query(Integer.class)
                .single();
    }

    private static void refused(Api.Response response, String field, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("fields").values()).as(response.body()).anySatisfy(f -> {
            assertThat(f.get("field").asString()).isEqualTo(field);
            assertThat(f.get("code").asString()).isEqualTo(code);
            assertThat(f.get("message").asString()).isNotBlank().doesNotStartWith("error.");
        });
    }

    @Test
    void a_title_of_301_characters_is_refused_and_nothing_is_saved() {
        int before = fiches();

        Api.Response response = newFiche("t".repeat(301), "");

        refused(response, "title", "TEXT_TOO_LONG");
        assertThat(response.body()).contains("Ce texte dépasse 300 caractères");
        assertThat(fiches()).isEqualTo(before);
        assertThat(newFiche("t".repeat(300), "").status()).isEqualTo(201);
    }

    @Test
    void one_hundred_thousand_steps_are_one_problem_and_nothing_is_saved() {
        int before = fiches();
        String steps = String.join(",", java.util.Collections.nCopies(100_000, "\"a\""));

        Api.Response response = newFiche("Fiche aux étapes sans fin", ",\"steps\":[" + steps + "]");

        refused(response, "steps", "LIST_TOO_LONG");
        assertThat(response.json().get("fields").size()).isEqualTo(1);
        assertThat(fiches()).isEqualTo(before);
    }

    @Test
    void a_budget_of_1e400_or_a_thousandth_of_a_euro_is_refused() {
        int before = fiches();

        refused(newFiche("Fiche au budget démesuré", ",\"budget\":1e400"), "budget", "AMOUNT_OUT_OF_RANGE");
        refused(
                newFiche("Fiche au financement trop précis", ",\"fundings\":[{\"funder\":\"Caf\",\"amount\":0.001}]"),
                "fundings[0].amount",
                "AMOUNT_TOO_PRECISE");
        assertThat(fiches()).isEqualTo(before);
    }

    @Test
    void places_over_ten_thousand_are_refused_and_no_entry_is_saved() {
        String name = Fixtures.unique("Crèche géante");

        Api.Response response = caf().post("/api/v1/equipments", """
                {"type":"EAJE_MULTI_ACCUEIL","name":"%s","operatorName":"Gestionnaire de test","operatorCategory":"ASSOCIATIF",
                 "addresses":[{"street":"1 rue du Test","postalCode":"59100","city":"Roubaix"}],"communeCode":"%s",
                 "capacity":{"value":10001,"unit":"PLACES","effectiveOn":"2020-01-01"}}""".formatted(name, Fixtures.FREE_COMMUNE));

        refused(response, "value", "PLACES_OUT_OF_RANGE");
        assertThat(jdbc.sql("SELECT count(*) FROM equipment.equipment WHERE name = :n")
                        .param("n", name)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_year_or_a_date_in_2101_is_refused() {
        String title = Fixtures.unique("CTG du siècle prochain");
        Api.Response draft = caf().post("/api/v1/conventions", fixtures.terms(title, "2099-01-01", "2101-12-31"));
        refused(draft, "end", "DATE_OUT_OF_RANGE");
        assertThat(jdbc.sql("SELECT count(*) FROM convention.convention WHERE title = :t")
                        .param("t", title)
                        .query(Integer.class)
                        .single())
                .isZero();

        Api.Response indicator = caf().post("/api/v1/conventions/" + convention + "/indicators", """
                {"name":"Indicateur hors du temps","unit":"NUMBER","direction":"HIGHER_IS_BETTER","baselineYear":"2101"}""");
        refused(indicator, "baselineYear", "YEAR_OUT_OF_RANGE");
    }

    @Test
    void a_title_of_one_megabyte_stored_before_the_limits_still_exports() {
        JsonNode fiche = fixtures.fiche(convention, Fixtures.unique("Fiche ancienne"));
        String huge = "x".repeat(1024 * 1024);
        jdbc.sql("""
                        UPDATE actionplan.fiche SET title = :t, content = jsonb_set(content, '{title}', to_jsonb(CAST(:t AS text)))
                        WHERE id = CAST(:id AS uuid)""").param("t", huge).param("id", fiche.get("id").asString()).update();

        PageSession session = PageSession.signIn(port, "caf-nord", "demo");
        PageSession.Page export = session.get("/conventions/" + convention + "/plan/export.xlsx");

        assertThat(export.status()).isEqualTo(200);
    }

    @Test
    void the_fiche_form_says_the_limits_and_shows_the_french_message_under_the_field() {
        String axis = fixtures.axis(convention, Fixtures.unique("Axe"));
        PageSession session = PageSession.signIn(port, "caf-nord", "demo");
        PageSession.Page form = session.get("/conventions/" + convention + "/plan/fiches/new");
        // échéances are typed as the plan gives them (« 2024 », « 06/2024 », « 30/06/2024 »): a text field saying so
        assertThat(form.body())
                .contains("maxlength=\"300\"", "maxlength=\"20000\"")
                .contains("name=\"milestones[0].dueOn\"", "placeholder=\"jj/mm/aaaa, mm/aaaa ou aaaa\"");
        int before = fiches();

        PageSession.Page refused = session.post(
                "/conventions/" + convention + "/plan/fiches/new",
                Map.of(
                        "axisId",
                        axis,
                        "title",
                        "t".repeat(301),
                        "indicators",
                        "Un indicateur\n" + "i".repeat(301),
                        "progress",
                        "0",
                        "version",
                        "0"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"title-error\"", "id=\"indicators-error\"")
                .contains("Ce texte dépasse 300 caractères, le maximum pour ce champ.");
        assertThat(fiches()).isEqualTo(before);
    }

    @Test
    void every_form_says_the_limits_of_its_fields() {
        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        String armentieres = "6c1f0f1e-2023-4c71-8a11-0000000000a2";
        Map<String, String> forms = Map.ofEntries(
                Map.entry("/conventions/new", "maxlength=\"300\""),
                Map.entry("/conventions/" + convention + "/avenants/new", "maxlength=\"300\""),
                Map.entry("/conventions/" + convention + "/gouvernance/instances/nouvelle", "maxlength=\"300\""),
                Map.entry("/conventions/" + convention + "/gouvernance/reunions/nouvelle", "min=\"1900-01-01\""),
                Map.entry("/conventions/" + convention + "/gouvernance/postes/nouveau", "maxlength=\"200\""),
                Map.entry("/conventions/" + convention + "/evaluation/indicateurs/nouveau", "maxlength=\"20000\""),
                Map.entry("/conventions/" + armentieres + "/schema/new", "maxlength=\"20000\""),
                Map.entry("/conventions/" + armentieres + "/diagnostic/analyses/OFFER", "maxlength=\"20000\""),
                Map.entry("/equipements/new", "maxlength=\"200\""),
                Map.entry("/deliberations/new", "max=\"2100-12-31\""));
        forms.forEach((path, limit) -> {
            PageSession.Page page = caf.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains(limit);
        });
        PageSession admin = PageSession.signIn(port, "admin", "demo");
        assertThat(admin.get("/admin/organisations/new").body()).contains("maxlength=\"200\"", "maxlength=\"80\"");
        assertThat(admin.get("/admin/users/new").body()).contains("maxlength=\"200\"");
    }
}
