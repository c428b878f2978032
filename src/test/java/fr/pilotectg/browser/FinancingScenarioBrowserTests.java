package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A financing scenario in a real browser: from the financing page to the scenarios, then « Concorde +20 places en 2023 »
 * beside the plan (its difference per year and per structure, its summary, the changed lines explained); axe on both.
 */
@IntegrationTest
class FinancingScenarioBrowserTests extends BrowserTest {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";

    @Test
    void theConcordeScenarioShowsItsDifferenceBesideThePlan() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + LLH + "/financement"));
        page.locator("#lien-scenarios").click();
        assertThat(page.locator("h1")).hasText("Scénarios de financement");
        assertThat(page.locator("#form-scenario")).isVisible();
        Browser.checkAccessibility(page, "financement-05-scenarios");
        page.locator("#scenarios a", new Page.LocatorOptions().setHasText("Concorde +20 places en 2023"))
                .click();
        assertThat(page.locator("h1")).hasText("Concorde +20 places en 2023");
        assertThat(page.locator("#resume")).containsText("en 2024");
        assertThat(page.locator("#resume")).containsText("sur la durée de la convention");
        assertThat(page.locator("#par-structure")).containsText("Multi-accueil Concorde");
        assertThat(page.locator("#lignes")).containsText("20 places nouvelles");
        assertThat(page.locator("#effets")).containsText("quartier prioritaire");
        Browser.checkAccessibility(page, "financement-06-scenario-concorde");
    }
}
