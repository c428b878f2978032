package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The terms forms without JavaScript (issue 12, point 8): a signatory's organisation typed in its picker is taken by its
 * name (accents, case and apostrophes aside) or its id; a name nobody in the user's reach bears is refused next to the
 * field, the form keeps what was typed and nothing is saved. Pickers are on the form, fed by the page endpoints.
 */
@IntegrationTest
class ConventionFormPickersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrganisationTypedByItsNameOrItsIdIsTakenWithoutScript() {
        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        PageSession.Page form = caf.get("/conventions/new");
        assertThat(form.body())
                .contains("role=\"combobox\"", "data-source=\"/pickers/organisations\"")
                .contains("data-append-to=\"communes\"", "data-append-to=\"epcis\"")
                .contains("name=\"signatories[0].organisationLabel\"", "name=\"signatories[0].organisationId\"");

        String title = Fixtures.unique("CTG saisie sans script");
        UUID armentieres = Fixtures.of(port, jdbc).organisation("Ville d'Armentières");
        PageSession.Page saved = caf.post(
                "/conventions/new", fields(title, "CAISSE D’ALLOCATIONS familiales du nord", armentieres.toString()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String id = saved.location().substring(saved.location().lastIndexOf('/') + 1);
        String terms = fr.pilotectg.Api.as(port, "caf-nord", "demo")
                .get("/api/v1/conventions/" + id)
                .body();
        assertThat(terms)
                .contains("\"organisationId\":\""
                        + Fixtures.of(port, jdbc).organisation("Caisse d'allocations familiales du Nord"))
                .contains("\"organisationId\":\"" + armentieres);

        PageSession.Page edit = caf.get("/conventions/" + id + "/edit");
        assertThat(edit.body())
                .as("the picker shows the organisation by its name, its id kept in the hidden field")
                .contains("value=\"Ville d&#39;Armentières\"", "value=\"" + armentieres + "\"");
    }

    @Test
    void aNameNobodyInReachBearsIsRefusedOnItsFieldAndNothingIsSaved() {
        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        caf.get("/conventions/new");
        String title = Fixtures.unique("CTG organisme inconnu");
        PageSession.Page refused = caf.post(
                "/conventions/new", fields(title, "Caisse d'allocations familiales du Nord", "Mairie de Nullepart"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused.body()))
                .contains("Aucun organisme de votre périmètre ne s’appelle « Mairie de Nullepart »")
                .contains("value=\"Mairie de Nullepart\"");
        assertThat(jdbc.sql("SELECT count(*) FROM convention.convention WHERE title = :t")
                        .param("t", title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void thePreviousContractsDatesAreTypedAsTheTextGivesThem() {
        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        caf.get("/conventions/new");
        String title = Fixtures.unique("CTG après un CEJ");
        Map<String, String> fields = fields(title, "Caisse d'allocations familiales du Nord", "Ville d'Armentières");
        fields.put("predecessorKind", "CEJ");
        fields.put("predecessorLabel", "CEJ 2016-2019");
        fields.put("predecessorStart", "2016");
        fields.put("predecessorEnd", "13/2019");
        PageSession.Page refused = caf.post("/conventions/new", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused.body()))
                .as("the malformed date is refused next to its field, what was typed kept")
                .contains("id=\"predecessorEnd-error\"")
                .contains("value=\"13/2019\"");

        fields.put("predecessorEnd", "2019");
        fields.put("predecessorExtendedTo", "31/12/2020");
        PageSession.Page saved = caf.post("/conventions/new", fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String id = saved.location().substring(saved.location().lastIndexOf('/') + 1);
        PageSession.Page terms = caf.get("/conventions/" + id);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(terms.body()))
                .as("known by its years: never completed with an invented day")
                .contains("2016</span> – <span>2019")
                .contains("31/12/2020")
                .doesNotContain("01/01/2016");
    }

    @Test
    void aPartnerTypedByNameIsLinkedWhenTheDirectoryHasItAndKeptAsTypedOtherwise() {
        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        caf.get("/conventions/new");
        String title = Fixtures.unique("CTG partenaires");
        Map<String, String> fields = fields(title, "Caisse d'allocations familiales du Nord", "Ville d'Armentières");
        fields.put("partners[0].name", "departement du NORD");
        fields.put("partners[0].organisationId", "");
        fields.put("partners[0].kind", "");
        fields.put("partners[0].role", "Protection maternelle et infantile");
        fields.put("partners[1].name", "Association Les Petits Pas d'Armentières");
        fields.put("partners[1].organisationId", "");
        fields.put("partners[1].kind", "ASSOCIATION");
        fields.put("partners[1].role", "");
        PageSession.Page saved = caf.post("/conventions/new", fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String id = saved.location().substring(saved.location().lastIndexOf('/') + 1);
        tools.jackson.databind.JsonNode partners = fr.pilotectg.Api.as(port, "caf-nord", "demo")
                .get("/api/v1/conventions/" + id)
                .json()
                .get("terms")
                .get("partners");
        UUID departement = Fixtures.of(port, jdbc).organisation("Département du Nord");
        assertThat(partners.get(0).get("organisationId").asString()).isEqualTo(departement.toString());
        assertThat(partners.get(0).get("name").asString())
                .as("the directory's name, not the typing")
                .isEqualTo("Département du Nord");
        assertThat(partners.get(0).get("kind").asString()).isEqualTo("DEPARTEMENT");
        assertThat(partners.get(1).get("organisationId").isNull()).isTrue();
        assertThat(partners.get(1).get("name").asString()).isEqualTo("Association Les Petits Pas d'Armentières");

        PageSession.Page edit = caf.get("/conventions/" + id + "/edit");
        assertThat(edit.body())
                .as("the link is kept when the form is saved again")
                .contains("name=\"partners[0].organisationId\" value=\"" + departement + "\"");
    }

    private static Map<String, String> fields(String title, String caf, String commune) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", "0");
        fields.put("title", title);
        fields.put("start", "2025");
        fields.put("end", "2028");
        fields.put("communes", "59017");
        fields.put("epcis", "");
        fields.put("signatories[0].kind", "CAF");
        fields.put("signatories[0].organisationLabel", caf);
        fields.put("signatories[0].organisationId", "");
        fields.put("signatories[1].kind", "COMMUNE");
        fields.put("signatories[1].organisationLabel", commune);
        fields.put("signatories[1].organisationId", "");
        return fields;
    }
}
