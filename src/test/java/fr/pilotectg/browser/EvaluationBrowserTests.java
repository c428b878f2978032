package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Evaluation in a real browser: the Lille – Lomme – Hellemmes indicators (chart and table, a refused value), the 2022
 * annual review frozen from its page, and the final bilan with the objectives to carry over; axe on every page.
 */
@IntegrationTest
class EvaluationBrowserTests extends BrowserTest {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String COVERAGE = "6c1f0f1e-6000-4c71-8a11-00000000e002";

    @Test
    void theIndicatorsPageShowsEachIndicatorAsAChartAndATableAndRefusesABadValue() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + LLH + "/evaluation"));
        assertThat(page.locator("h1")).hasText("Évaluation");
        var coverage = page.locator("#indicateur-" + COVERAGE);
        assertThat(coverage.locator("h3")).containsText("Taux de couverture petite enfance");
        assertThat(coverage.locator("svg.evaluation-chart")).isVisible();
        assertThat(coverage.locator("table.indicator-table")).containsText("56,1");
        assertThat(coverage.locator(".trend")).hasText("En amélioration");
        assertThat(page.locator(".indicator .computed").first()).hasText("Calculé");
        Browser.checkAccessibility(page, "evaluation-01-indicators");

        coverage.getByLabel("Valeur", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                .fill("120");
        coverage.getByRole(
                        AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator(".alert-danger")).containsText("Un pourcentage est compris entre 0 et 100");
        assertThat(page.locator("#refus")).containsText("Un pourcentage est compris entre 0 et 100");
        Browser.checkAccessibility(page, "evaluation-02-refused");
    }

    @Test
    void the2022AnnualReviewShowsLateFichesFirstAndAReviewIsFrozenFromItsPage() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + LLH + "/evaluation/revues/2022"));
        assertThat(page.locator("h1")).containsText("Revue annuelle 2022");
        assertThat(page.locator("#situation")).hasText("Situation au 31/12/2022");
        assertThat(page.locator("#fiches table")).containsText("En retard");
        assertThat(page.locator("#statuts")).containsText("En cours");
        assertThat(page.locator("#places svg")).isVisible();
        assertThat(page.locator("#table-indicateurs")).containsText("Taux de couverture petite enfance");
        Browser.checkAccessibility(page, "evaluation-03-review-draft");

        String own = fixtures().signedConvention(Fixtures.unique("CTG essai revue navigateur"));
        Api.Response written = fixtures()
                .caf()
                .put(
                        "/api/v1/conventions/" + own + "/reviews/2024",
                        "{\"version\":0,\"conclusions\":\"Le diagnostic partagé est à finaliser.\"}");
        org.assertj.core.api.Assertions.assertThat(written.status())
                .as(written.body())
                .isEqualTo(200);
        page.navigate(browser.url("/conventions/" + own + "/evaluation/revues/2024"));
        assertThat(page.locator("h1")).containsText("Revue annuelle 2024");
        page.getByLabel("Présentée le").fill("2025-06-12");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Figer la revue (présentée au comité de pilotage)"))
                .click();
        assertThat(page.locator("#etat-revue")).hasText("Figée");
        assertThat(page.locator("#fige")).containsText("présentée le 12/06/2025");
        assertThat(page.locator("#texte-conclusions")).containsText("diagnostic partagé");
        assertThat(page.locator("textarea")).hasCount(0);
        Browser.checkAccessibility(page, "evaluation-04-review-frozen");
    }

    @Test
    void theFinalBilanListsTheObjectivesToCarryIntoTheNextConvention() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + LLH + "/evaluation/bilan"));
        assertThat(page.locator("h1")).containsText("Bilan final");
        assertThat(page.locator("#objectifs")).containsText("Atteindre un taux de couverture petite enfance de 60 %");
        assertThat(page.locator("#evolution svg").first()).isVisible();
        assertThat(page.locator("#suite button")).hasText("Créer la convention suivante avec ces objectifs");
        Browser.checkAccessibility(page, "evaluation-05-final");

        Page reader = signIn("lecteur");
        reader.navigate(browser.url("/conventions/" + LLH + "/evaluation/bilan"));
        assertThat(reader.locator("#objectifs")).containsText("Finaliser et partager le diagnostic");
        assertThat(reader.locator("#suite")).hasCount(0);
        Browser.checkAccessibility(reader, "evaluation-06-final-reader");
    }

    @Test
    void aFreeIndicatorIsCreatedFromItsFormAndARefusedTargetStaysOnScreenWithItsMessage() {
        String own = fixtures().signedConvention(Fixtures.unique("CTG essai indicateur navigateur"));
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + own + "/evaluation"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvel indicateur"))
                .click();
        assertThat(page.locator("h1")).hasText("Nouvel indicateur");
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Familles accompagnées (navigateur)");
        page.getByLabel("Unité", new Page.GetByLabelOptions().setExact(true)).selectOption("PERCENT");
        page.getByLabel("Cible 2023").fill("140");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("#target-2023-error")).containsText("Un pourcentage est compris entre 0 et 100");
        assertThat(page.getByLabel("Cible 2023")).hasValue("140");
        Browser.checkAccessibility(page, "evaluation-07-form-refused");

        page.getByLabel("Cible 2023").fill("40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("L’indicateur a été ajouté.");
        assertThat(page.locator(".indicator").last()).containsText("Familles accompagnées (navigateur)");
    }
}
