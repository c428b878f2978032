package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The entry of the financing inputs in a real browser: from the financing page to the inputs, a structure added from
 * the register, its figures of a year typed the French way and saved, the values read back; axe on the pages.
 */
@IntegrationTest
class FinancingInputsBrowserTests extends BrowserTest {

    @Test
    void aCafAgentAddsAStructureFromTheRegisterAndEntersItsFiguresWithoutJson() {
        String convention = fixtures().signedConvention(Fixtures.unique("CTG saisie navigateur"));
        String name = Fixtures.unique("Crèche navigateur");
        fixtures().equipment(name, "59017", 18);
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + convention + "/financement"));
        page.locator("#lien-donnees").click();
        assertThat(page.locator("h1")).hasText("Données du financement");
        Browser.checkAccessibility(page, "financement-donnees-01");
        page.locator("#equipmentId")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name + " — Armentières"));
        page.locator("#ajout-structure button").click();
        assertThat(page.locator("h1")).containsText(name);
        page.locator("#years0-ps").fill("16 800,50");
        page.locator("#years0-fee").fill("0,82");
        page.locator("#supportFrom").fill("2023-01-01");
        Browser.checkAccessibility(page, "financement-donnees-02-structure");
        page.locator("#form-structure button[type=submit]").click();
        assertThat(page.locator("#structures")).containsText("16 800,50 €");
        assertThat(page.locator("#structures")).containsText("non renseigné");
    }
}
