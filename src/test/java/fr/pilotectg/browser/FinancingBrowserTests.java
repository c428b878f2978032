package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The financing page in a real browser: reached from the convention's page; the Lille – Lomme – Hellemmes new places
 * with their explanation, the tranche marked « hypothèse » and the unknown opening months « non renseigné »; the
 * Armentières envelope « période non précisée » with the 2021 Caf funding per inhabitant; axe on both.
 */
@IntegrationTest
class FinancingBrowserTests extends BrowserTest {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    @Test
    void theLilleNewPlacesAreExplainedWithTheirHypothesisAndWhatIsNotKnown() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + LLH));
        page.locator("#lien-financement").click();
        assertThat(page.locator("h1")).hasText("Financement");
        var oisillons = page.locator("#structure-1");
        assertThat(oisillons).containsText("Multi-Accueil Les Oisillons");
        assertThat(oisillons).containsText("Bonus territoire — places nouvelles");
        assertThat(oisillons).containsText("14 places nouvelles");
        assertThat(oisillons).containsText("non renseigné");
        assertThat(oisillons).containsText("mois d’ouverture");
        assertThat(page.locator("#structures")).containsText("hypothèse");
        assertThat(page.locator("#totaux-annee")).containsText("Bonus territoire CTG");
        Browser.checkAccessibility(page, "financement-01-llh");
    }

    @Test
    void theArmentieresEnvelopeIsShownWithoutAPeriodBesideThe2021Funding() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + ARMENTIERES + "/financement"));
        assertThat(page.locator("#enveloppe")).containsText("période non précisée");
        assertThat(page.locator("#periode-non-precisee")).isVisible();
        assertThat(page.locator("#montants-cites")).containsText("57,41");
        assertThat(page.locator("#montants-cites")).containsText("192,77");
        Browser.checkAccessibility(page, "financement-02-armentieres");
    }

    @Test
    void theCafReadsItsParametersFromTheFinancingPageAndEveryLineSaysItIsEstimated() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + LLH + "/financement"));
        assertThat(page.locator("#structures .line-status").first()).containsText("estimé");
        page.locator("#lien-echeancier").click();
        assertThat(page.locator("h1")).hasText("Échéancier du financement");
        assertThat(page.locator("#echeancier")).containsText("Multi-Accueil Les Oisillons");
        assertThat(page.locator("#graphique svg")).isVisible();
        Browser.checkAccessibility(page, "financement-03-echeancier");
        page.goBack();
        page.locator("#lien-parametres").click();
        assertThat(page.locator("h1")).hasText("Paramètres du financement");
        assertThat(page.locator("#caf-choisie")).containsText("Caf du Nord");
        assertThat(page.locator("#parametre-BT_NEW_PLACE_TRANCHE_1")).containsText("3 600");
        assertThat(page.locator("#parametre-BT_PRORATION_NEW_PLACES")).containsText("au prorata des mois");
        assertThat(page.locator("#nouvelle-valeur")).isVisible();
        Browser.checkAccessibility(page, "financement-04-parametres");
    }
}
