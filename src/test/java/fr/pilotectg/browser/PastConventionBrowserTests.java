package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A Caf agent enters a CTG 2023-2027 from its published text: the years only, nobody named, the council's deliberation
 * cited without date nor number, signed on a known day at a named place. It is shown in force with its findings, and
 * the portfolio finds it among the conventions with findings.
 */
@IntegrationTest
class PastConventionBrowserTests extends BrowserTest {

    @Test
    void aCafAgentRecordsAPastConventionFromItsPublishedText() {
        String title = Fixtures.unique("CTG Armentières 2023-2027 publiée");
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions"));
        page.getByRole(AriaRole.LINK, named("Enregistrer une convention déjà signée"))
                .click();
        Browser.checkAccessibility(page, "past-01-form");

        page.locator("input[name='signedOn']").fill("2023-03-14");
        page.locator("input[name='signaturePlace']").fill("Armentières");
        page.getByLabel("Intitulé", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Date de début").first().fill("2023");
        page.getByLabel("Date de fin").first().fill("2027");
        page.getByLabel("Communes couvertes (codes INSEE)").fill("59017");
        page.locator("input[name='signatories[0].organisationLabel']").fill("Caisse d'allocations familiales du Nord");
        page.locator("input[name='signatories[1].organisationLabel']").fill("Ville d'Armentières");
        page.locator("input[name='signatories[1].authorisations[0].description']")
                .fill("Délibération du conseil municipal");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer la convention signée"))
                .click();

        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#statut")).hasText("En vigueur");
        assertThat(page.locator("#periode")).hasText("2023-2027");
        assertThat(page.locator("#duree")).hasText("(5 ans)");
        assertThat(page.locator("#lieu-signature")).containsText("Armentières");
        assertThat(page.locator("#calendrier")).containsText("du 01/01/2023 au 31/12/2027");
        assertThat(page.locator("#constats")).containsText("0 délibération datée sur 1 citée");
        assertThat(page.locator("#constats")).containsText("Représentants non renseignés");
        assertThat(page.locator("#constats")).containsText("Signée après le début de la période");
        assertThat(page.locator("#alertes")).containsText("Délibérations citées mais non datées");
        Browser.checkAccessibility(page, "past-02-detail");

        page.navigate(browser.url("/conventions?findings=true&q="
                + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator("#portefeuille")).containsText(title);
        assertThat(page.locator("#portefeuille")).containsText("2023-2027");
        assertThat(page.locator("#portefeuille")).containsText("5 ans");
    }
}
