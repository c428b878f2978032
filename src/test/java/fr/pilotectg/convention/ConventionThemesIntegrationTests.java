package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Domains and themes word for word (issue 12, point 5): national domains named by their label, the convention's own
 * themes kept as typed (commas included, in order) and never added to the national list; the objectives of the
 * convention in their order and its tagline; labels, never codes, on the page, in the journal and in the API.
 */
@IntegrationTest
class ConventionThemesIntegrationTests {

    private static final String COMMAS = "Accès aux droits, inclusion numérique et lutte contre le non-recours";

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

    private String record(String title, String domains, String objectives, String tagline) {
        return """
                {"signedOn":"2023-03-14","signaturePlace":"Armentières",
                 "terms":{"title":"%s","start":"2023","end":"2027","communes":["59017"],
                  "signatories":[{"organisationId":"%s"},{"organisationId":"%s"}],
                  "domains":%s,"objectives":%s,"tagline":%s}}
                """.formatted(
                        title,
                        fixtures().organisation("Caisse d'allocations familiales du Nord"),
                        fixtures().organisation("Ville d'Armentières"),
                        domains,
                        objectives,
                        tagline == null ? "null" : "\"" + tagline + "\"");
    }

    private long nationalDomains() {
        return jdbc.sql("SELECT count(*) FROM convention.reference_item WHERE kind = 'DOMAIN'")
                .query(Long.class)
                .single();
    }

    @Test
    void sixThemesOneWithCommasAreKeptVerbatimInOrderAndShownByLabelEverywhere() {
        long listBefore = nationalDomains();
        String title = Fixtures.unique("CTG six thèmes");
        Api.Response recorded = caf().post(
                        "/api/v1/conventions/signed",
                        record(title, """
                        ["Petite enfance","%s","Parentalité","Jeunesse en milieu rural","mobilité des familles","PAS DE CODE ICI"]""".formatted(COMMAS), """
                        ["Renforcer l'accès aux droits","Développer l'offre d'accueil","Soutenir la parentalité"]""", "Ensemble pour les familles du territoire"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode c = recorded.json();
        String id = c.get("id").asString();

        JsonNode terms = c.get("terms");
        assertThat(strings(terms.get("domains"))).containsExactly("PETITE_ENFANCE", "PARENTALITE");
        assertThat(strings(terms.get("themes")))
                .as("own themes as typed, never split on commas, case kept, in order")
                .containsExactly(COMMAS, "Jeunesse en milieu rural", "mobilité des familles", "PAS DE CODE ICI");
        assertThat(strings(terms.get("objectives")))
                .containsExactly(
                        "Renforcer l'accès aux droits", "Développer l'offre d'accueil", "Soutenir la parentalité");
        assertThat(terms.get("tagline").asString()).isEqualTo("Ensemble pour les familles du territoire");
        List<String> labels = new ArrayList<>();
        c.get("domains").forEach(d -> labels.add(d.get("label").asString()));
        assertThat(labels)
                .containsExactly(
                        "Petite enfance",
                        "Parentalité",
                        COMMAS,
                        "Jeunesse en milieu rural",
                        "mobilité des familles",
                        "PAS DE CODE ICI");
        assertThat(c.get("domains").get(0).get("code").asString()).isEqualTo("PETITE_ENFANCE");
        assertThat(c.get("domains").get(2).get("national").asBoolean()).isFalse();
        assertThat(nationalDomains())
                .as("own themes never enter the national list")
                .isEqualTo(listBefore);

        String page = PageSession.signIn(port, "caf-nord", "demo")
                .get("/conventions/" + id)
                .body();
        assertThat(page)
                .contains(
                        "<li>Petite enfance</li>",
                        "<li>" + COMMAS + "</li>",
                        "<li>mobilité des familles</li>",
                        "Ensemble pour les familles du territoire")
                .doesNotContain("PETITE_ENFANCE", "PARENTALITE");
        assertThat(page.indexOf("Renforcer l&#39;accès aux droits"))
                .isPositive()
                .isLessThan(page.indexOf("Développer l&#39;offre d&#39;accueil"));

        String form = org.springframework.web.util.HtmlUtils.htmlUnescape(PageSession.signIn(port, "caf-nord", "demo")
                .get("/conventions/" + id + "/correction")
                .body());
        assertThat(form)
                .as("the form shows the themes one per line, as typed")
                .contains(COMMAS + "\nJeunesse en milieu rural\nmobilité des familles\nPAS DE CODE ICI")
                .contains("Renforcer l'accès aux droits\nDévelopper l'offre d'accueil\nSoutenir la parentalité");

        String history = caf().get("/api/v1/audit?entityType=convention&entityId=" + id + "&size=50")
                .body();
        assertThat(history)
                .contains("Petite enfance ; Parentalité ; " + COMMAS + " ; Jeunesse en milieu rural")
                .contains("Objet de la convention", "1. Renforcer l'accès aux droits ; 2. Développer")
                .doesNotContain("PETITE_ENFANCE", "PARENTALITE");

        Api.Response portfolio = caf().get("/api/v1/conventions?domain=Petite%20enfance&q="
                + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(portfolio.status()).as(portfolio.body()).isEqualTo(200);
        assertThat(strings(portfolio.json().get("content").get(0).get("domainLabels")))
                .as("the portfolio filter accepts the label; items carry labels beside codes")
                .containsExactly("Petite enfance", "Parentalité");
    }

    @Test
    void anAxisNamesItsDomainByLabelAndTheApiAnswersLabelBesideCode() {
        String convention = fixtures().signedConvention(Fixtures.unique("CTG axe par libellé"));
        String domain = jdbc.sql("SELECT domains[1] FROM convention.convention WHERE id = :id::uuid")
                .param("id", convention)
                .query(String.class)
                .single();
        String label = jdbc.sql("SELECT label FROM convention.reference_item WHERE kind = 'DOMAIN' AND code = :c")
                .param("c", domain)
                .query(String.class)
                .single();
        Api.Response axis = caf().post(
                        "/api/v1/conventions/" + convention + "/plan/axes",
                        "{\"title\":\"Axe 1\",\"domains\":[\"%s\"],\"enjeux\":[\"E3\"]}".formatted(label));
        assertThat(axis.status()).as(axis.body()).isEqualTo(201);
        assertThat(strings(axis.json().get("domains"))).containsExactly(domain);
        assertThat(strings(axis.json().get("domainLabels"))).containsExactly(label);
    }

    @Test
    void objectivesKeepTheirOrderThroughACorrectionAndTheJournalSaysBeforeAndAfter() {
        String title = Fixtures.unique("CTG objectifs");
        JsonNode c = caf().post(
                        "/api/v1/conventions/signed",
                        record(title, "[\"PETITE_ENFANCE\"]", "[\"Premier\",\"Deuxième\",\"Troisième\"]", null))
                .json();
        String id = c.get("id").asString();
        JsonNode terms = c.get("terms");
        List<String> reversed = new ArrayList<>(strings(terms.get("objectives")));
        Collections.reverse(reversed);
        ((tools.jackson.databind.node.ObjectNode) terms)
                .set(
                        "objectives",
                        tools.jackson.databind.node.JsonNodeFactory.instance
                                .arrayNode()
                                .add(reversed.get(0))
                                .add(reversed.get(1))
                                .add(reversed.get(2)));
        Api.Response corrected = caf().put("/api/v1/conventions/" + id + "/record", """
                {"version":%d,"signedOn":"2023-03-14","signaturePlace":"Armentières","terms":%s}""".formatted(
                        c.get("version").asInt(), terms.toString()));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(strings(corrected.json().get("terms").get("objectives")))
                .containsExactly("Troisième", "Deuxième", "Premier");
        String history = caf().get("/api/v1/audit?entityType=convention&entityId=" + id + "&size=50")
                .body();
        assertThat(history)
                .contains("1. Premier ; 2. Deuxième ; 3. Troisième", "1. Troisième ; 2. Deuxième ; 3. Premier");
    }

    @Test
    void tooManyOrTooLongThemesAndUnknownCodesAreRefusedWithNothingSaved() {
        String title = Fixtures.unique("CTG thèmes refusés");
        String tooMany = "[" + String.join(",", Collections.nCopies(201, "\"Thème\"")) + "]";
        Api.Response many = caf().post("/api/v1/conventions/signed", record(title, tooMany, "[]", null));
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.body()).contains("LIST_TOO_LONG");

        Api.Response longTheme =
                caf().post("/api/v1/conventions/signed", record(title, "[\"" + "x".repeat(301) + "\"]", "[]", null));
        assertThat(longTheme.status()).isEqualTo(400);
        assertThat(longTheme.body()).contains("TEXT_TOO_LONG");

        Api.Response longTagline = caf().post("/api/v1/conventions/signed", record(title, "[]", "[]", "y".repeat(301)));
        assertThat(longTagline.status()).isEqualTo(400);
        assertThat(longTagline.body()).contains("TEXT_TOO_LONG", "tagline");

        Api.Response typo =
                caf().post("/api/v1/conventions/signed", record(title, "[\"PETITE_ENFANCES\"]", "[]", null));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.body()).contains("CONVENTION_DOMAIN_UNKNOWN");

        Api.Response twice =
                caf().post("/api/v1/conventions/signed", record(title, "[\"Mobilité\",\"Mobilité\"]", "[]", null));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("CONVENTION_THEME_DUPLICATE");

        assertThat(jdbc.sql("SELECT count(*) FROM convention.convention WHERE title = :t")
                        .param("t", title)
                        .query(Long.class)
                        .single())
                .as("nothing half saved")
                .isZero();
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }
}
