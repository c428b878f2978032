package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Entering organisations fast (issue 12, point 8), as a Caf agent does it: a commune picked by typing a few letters
 * without accents, its organisation prefilled with its article; an EPCI picked with the keyboard and all its communes
 * created in one step. Axe on every page.
 */
@IntegrationTest
class OrganisationEntryBrowserTests extends BrowserTest {

    @Test
    void aCafAgentPicksACommuneByTypingAndCreatesTheCommunesOfAnEpciInOneStep() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/organisations"));
        page.getByRole(AriaRole.LINK, named("Nouvelle organisation")).click();
        Browser.checkAccessibility(page, "organisation-entry");

        Locator commune = page.getByRole(AriaRole.COMBOBOX, named("Commune du référentiel"));
        commune.pressSequentially("armenti");
        Locator armentieres =
                page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Armentières (59017)"));
        assertThat(armentieres).isVisible();
        assertThat(commune).hasAttribute("aria-expanded", "true");
        Browser.checkAccessibility(page, "organisation-entry-suggestions");
        armentieres.click();

        page.waitForURL(url -> url.contains("commune="));
        assertThat(page.locator("#name")).hasValue("Commune d'Armentières");
        assertThat(page.locator("#siren")).hasValue("215900176");
        assertThat(page.locator("#communes")).hasValue("59017");
        assertThat(page.locator("#prefilled")).containsText("département 59 – Nord");
        assertThat(page.locator("#prefilled")).containsText("Ville d'Armentières");
        // Another commune added to the attachments by its name, without accents.
        Locator adder = page.getByRole(AriaRole.COMBOBOX, named("Ajouter une commune par son nom"));
        adder.pressSequentially("ecaillon");
        page.locator("#communes-adder-options")
                .getByRole(AriaRole.OPTION)
                .first()
                .click();
        assertThat(page.locator("#communes")).hasValue("59017, 59185");
        assertThat(adder).hasValue("");

        Locator epci = page.getByRole(AriaRole.COMBOBOX, named("EPCI du référentiel"));
        epci.fill("");
        epci.pressSequentially("sud avesnois");
        assertThat(page.getByRole(AriaRole.OPTION).first()).containsText("CC du Sud Avesnois");
        epci.press("ArrowDown");
        assertThat(epci).hasAttribute("aria-activedescendant", "epci-options-0");
        epci.press("Enter");
        assertThat(epci).hasValue("CC du Sud Avesnois (200043404)");
        page.locator("#commune").fill("");
        page.getByRole(AriaRole.BUTTON, named("Préremplir")).click();

        assertThat(page.locator("#name")).hasValue("Communauté de communes du Sud Avesnois");
        page.getByRole(AriaRole.BUTTON, named("Créer les organisations de toutes les communes de cet EPCI"))
                .click();
        assertThat(page.locator("h1")).hasText("Communes de CC du Sud Avesnois");
        // Other tests may already have an organisation on a few of its twelve communes: those are left aside, the
        // others created — never one twice.
        Locator summary = page.locator("#epci-communes-summary");
        assertThat(summary).containsText("organisations créées");
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile(
                        "(\\d+) organisations? créées?(?: ; (\\d+) communes? laissées? de côté)?")
                .matcher(summary.textContent());
        org.assertj.core.api.Assertions.assertThat(counts.find())
                .as(summary.textContent())
                .isTrue();
        int created = Integer.parseInt(counts.group(1));
        int aside = counts.group(2) == null ? 0 : Integer.parseInt(counts.group(2));
        org.assertj.core.api.Assertions.assertThat(created + aside).isEqualTo(12);
        org.assertj.core.api.Assertions.assertThat(created).isPositive();
        assertThat(page.locator("#created")).containsText("Commune d'Anor");
        assertThat(page.locator("#created")).containsText("Commune d'Eppe-Sauvage");
        Browser.checkAccessibility(page, "epci-communes");
    }

    @Test
    void anAdministratorOpensACafWithItsFirstAgent() {
        Page page = signIn("admin");
        page.navigate(browser.url("/organisations"));
        page.getByRole(AriaRole.LINK, named("Nouvelle Caf")).click();
        Browser.checkAccessibility(page, "caf-new");
        page.getByLabel("Nom de la Caf").fill("Caisse d'allocations familiales de la Creuse");
        page.getByLabel("Départements couverts").fill("23");
        page.getByLabel("Identifiant de l’agent").fill("agent-creuse");
        page.getByLabel("Nom affiché de l’agent").fill("Agent de la Creuse");
        page.getByRole(AriaRole.BUTTON, named("Ouvrir la Caf")).click();
        assertThat(page.locator("main")).containsText("ouverte avec son premier agent");
        assertThat(page.locator("#one-time-password")).hasText(java.util.regex.Pattern.compile("\\S{16}"));
        Browser.checkAccessibility(page, "caf-opened");
    }
}
