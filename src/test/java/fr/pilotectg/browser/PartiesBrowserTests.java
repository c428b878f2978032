package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, done-when (b): a Caf agent records from its published text a CTG signed by a syndicat intercommunal (its
 * assembly, the « comité syndical », deliberated) and by a commune represented by its deputy mayor (« Première
 * adjointe au Maire »), each with the alias the text gives it; the convention page shows them as typed.
 */
@IntegrationTest
class PartiesBrowserTests extends BrowserTest {

    @Test
    void aCtgWithASyndicatAndACommuneSignedByItsDeputyMayorIsRecordedAndShown() {
        String syndicat = Fixtures.unique("SIVU Enfance Jeunesse des Weppes");
        Api.Response created = Api.as(port, "admin", "demo").post("/api/v1/organisations", """
                {"kind":"SYNDICAT","name":"%s","communes":["59017"]}""".formatted(syndicat));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String title = Fixtures.unique("CTG du SIVU des Weppes 2023-2027");

        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/enregistrer"));
        page.getByRole(AriaRole.BUTTON, named("Ajouter un signataire")).click();

        page.locator("input[name='signedOn']").fill("2023-03-01");
        page.locator("input[name='signaturePlace']").fill("Armentières");
        page.getByLabel("Intitulé", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Date de début").first().fill("2023");
        page.getByLabel("Date de fin").first().fill("2027");
        page.getByLabel("Communes couvertes (codes INSEE)").fill("59017");
        page.locator("input[name='signatories[0].organisationLabel']").fill("Caisse d'allocations familiales du Nord");
        page.locator("select[name='signatories[0].representatives[0].civility']")
                .selectOption("MONSIEUR");
        page.locator("input[name='signatories[0].representatives[0].title']").fill("1er vice-Président");
        page.locator("select[name='signatories[0].representatives[0].role']").selectOption("VICE_PRESIDENT");
        page.locator("input[name='signatories[0].representatives[1].name']").fill("Audrey MATHON-DEBETENCOURT");
        page.locator("input[name='signatories[0].representatives[1].title']").fill("Directrice par intérim");

        page.locator("input[name='signatories[1].organisationLabel']").fill("Ville d'Armentières");
        page.locator("input[name='signatories[1].alias']").fill("la Ville");
        page.locator("select[name='signatories[1].representatives[0].civility']")
                .selectOption("MADAME");
        page.locator("input[name='signatories[1].representatives[0].name']").fill("Marie LEROY");
        page.locator("input[name='signatories[1].representatives[0].title']").fill("Première adjointe au Maire");
        page.locator("select[name='signatories[1].representatives[0].role']").selectOption("VICE_PRESIDENT");
        page.locator("input[name='signatories[1].authorisations[0].description']")
                .fill("Délibération du conseil municipal");

        page.locator("input[name='signatories[2].organisationLabel']").fill(syndicat);
        page.locator("input[name='signatories[2].alias']").fill("le Syndicat");
        page.locator("input[name='signatories[2].representatives[0].title']").fill("Président du comité syndical");
        page.locator("input[name='signatories[2].authorisations[0].description']")
                .fill("Délibération du comité syndical");
        Browser.checkAccessibility(page, "parties-01-form");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer la convention signée"))
                .click();

        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#statut")).hasText("En vigueur");
        var signatories = page.locator("#signataires");
        assertThat(signatories).containsText(syndicat);
        assertThat(signatories)
                .containsText("Syndicat intercommunal ou mixte (SIVU, SIVOM, syndicat mixte) — comité syndical");
        assertThat(signatories).containsText("ci-après dénommée « le Syndicat »");
        assertThat(signatories).containsText("Commune — conseil municipal");
        assertThat(signatories).containsText("ci-après dénommée « la Ville »");
        assertThat(signatories).containsText("Madame Marie LEROY, Première adjointe au Maire");
        assertThat(signatories).containsText("Monsieur nom non renseigné, 1er vice-Président");
        assertThat(signatories).containsText("nom non renseigné, Président du comité syndical");
        assertThat(page.locator("#constats")).containsText("Représentants non renseignés (ou sans nom)");
        Browser.checkAccessibility(page, "parties-02-detail");
    }

    /** Issue 12, point 4: an EPCI brings its member communes from the reference data, to be trimmed by hand. */
    @Test
    void anEpciBringsItsMemberCommunesIntoTheTermsForm() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/new"));
        page.locator("input[name='epcis']").fill("200093201");
        page.getByRole(AriaRole.BUTTON, named("Ajouter les communes des EPCI indiqués"))
                .click();
        assertThat(page.locator("input[name='communes']"))
                .hasValue(java.util.regex.Pattern.compile(".*59017.*59350.*"));
        assertThat(page.getByText("Lille (59350)", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        Browser.checkAccessibility(page, "parties-03-epci-communes");
    }
}
