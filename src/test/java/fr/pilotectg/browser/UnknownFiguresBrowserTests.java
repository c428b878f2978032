package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 (d) in a real browser: a chargé de coopération post entered with no ETP shows « non renseigné » and the total
 * says so; an indicator at −12 % and one at +3 points show with their sign; axe on both pages.
 */
@IntegrationTest
class UnknownFiguresBrowserTests extends BrowserTest {

    @Test
    void aPostWithUnknownEtpAndIndicatorsAtMinus12PercentAndPlus3Points() {
        String own = fixtures().signedConvention(Fixtures.unique("CTG chiffres inconnus"));
        var known = fixtures().caf().post("/api/v1/conventions/" + own + "/governance/posts", """
                {"role":"CHARGE_COOPERATION","theme":"Enfance","etp":1,"status":"FILLED"}""");
        org.assertj.core.api.Assertions.assertThat(known.status())
                .as(known.body())
                .isEqualTo(201);

        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + own + "/gouvernance/postes/nouveau"));
        page.getByLabel("Thématique").fill("Coordination");
        page.getByLabel("ETP", new Page.GetByLabelOptions().setExact(true)).fill("");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, named("Enregistrer le poste"))
                .click();
        var row = page.locator("#postes tr", new Page.LocatorOptions().setHasText("Coordination"));
        assertThat(row.locator(".post-etp")).hasText("non renseigné");
        assertThat(row.locator(".post-status")).hasText("Situation non renseignée");
        assertThat(page.locator("#postes .posts-total")).hasText("Total : 1 ETP connus + 1 poste non renseigné");
        Browser.checkAccessibility(page, "inconnus-01-postes");

        String evolution = indicator(own, """
                {"name":"Évolution des naissances","unit":"PERCENT","signed":true,"direction":"HIGHER_IS_BETTER","source":"Insee"}""");
        value(own, evolution, "2024", "−12 %");
        String gap = indicator(own, """
                {"name":"Écart de couverture","unit":"POINTS","direction":"HIGHER_IS_BETTER","source":"Caf"}""");
        value(own, gap, "2025", "+3 points");
        page.navigate(browser.url("/conventions/" + own + "/evaluation"));
        assertThat(page.locator("#indicateur-" + evolution + " .indicator-table"))
                .containsText("−12\u00a0%");
        assertThat(page.locator("#indicateur-" + gap + " .indicator-table")).containsText("+3\u00a0points");
        assertThat(page.locator("#indicateur-" + gap)).containsText("Points de %");
        assertThat(page.locator("main")).not().containsText("(null)");
        Browser.checkAccessibility(page, "inconnus-02-indicateurs");
    }

    private String indicator(String convention, String json) {
        var created = fixtures().caf().post("/api/v1/conventions/" + convention + "/indicators", json);
        org.assertj.core.api.Assertions.assertThat(created.status())
                .as(created.body())
                .isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void value(String convention, String indicator, String year, String value) {
        var api = fixtures().caf();
        String path = "/api/v1/conventions/" + convention + "/indicators/" + indicator;
        int version = api.get(path).json().get("version").asInt();
        var recorded = api.put(path + "/values/" + year, "{\"version\":%d,\"value\":\"%s\"}".formatted(version, value));
        org.assertj.core.api.Assertions.assertThat(recorded.status())
                .as(recorded.body())
                .isEqualTo(200);
    }
}
