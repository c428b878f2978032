package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's path through the platform in a real browser, with an accessibility check on every page. */
@IntegrationTest
class BrowserIntegrationTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCafAgentSignsInSeesTheDemoAndFindsCommunes() {
        Page page = browser.open(1280, 900);
        page.navigate(browser.url("/login"));
        Browser.checkAccessibility(page, "01-login");
        page.getByLabel("Identifiant").fill("caf-nord");
        page.getByLabel("Mot de passe").fill("mauvais");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Identifiant ou mot de passe incorrect");
        Browser.checkAccessibility(page, "02-login-error");

        page.getByLabel("Identifiant").fill("caf-nord");
        page.getByLabel("Mot de passe").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        page.waitForURL(browser.url("/"));
        assertThat(page.locator("h1")).containsText("Conseiller territorial Caf du Nord");
        // Other tests add organisations on the Nord: the list's first page is not the demo's, only its presence is.
        assertThat(page.locator("#organisations")
                        .locator("xpath=..")
                        .locator("tbody tr")
                        .first())
                .isVisible();
        assertThat(page.locator("main")).containsText("59 — Nord");
        assertThat(page.locator("main")).not().containsText("Ville de Lens");
        Browser.checkAccessibility(page, "03-home-caf");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Communes").setExact(true))
                .click();
        page.getByLabel("Nom ou code INSEE de la commune").fill("lomme");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher"))
                .click();
        assertThat(page.locator("#resultats table tbody tr").first()).containsText("Lomme");
        assertThat(page.locator("#resultats table tbody tr").first()).containsText("Commune associée");
        Browser.checkAccessibility(page, "04-search-lomme");

        page.getByLabel("Nom ou code INSEE de la commune").fill("Armentières");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher"))
                .click();
        page.locator("#resultats")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Armentières")
                                .setExact(true))
                .click();
        page.waitForURL(browser.url("/communes/59017"));
        assertThat(page.locator("#epci")).hasText("Métropole Européenne de Lille");
        assertThat(page.locator("#qpv-count")).hasText("2 QPV");
        assertThat(page.locator("main")).containsText("Attargette - Chanzy");
        assertThat(page.locator("main")).containsText("Bizet - Briqueterie");
        Browser.checkAccessibility(page, "05-commune-armentieres");

        page.navigate(browser.url("/organisations?q=Ville+de+Lille"));
        assertThat(page.locator("main table")).containsText("Ville de Lille");
        Browser.checkAccessibility(page, "06-organisations");

        page.navigate(browser.url("/audit"));
        Browser.checkAccessibility(page, "07-audit");
    }

    @Test
    void aUserCreatesAnApiTokenShownOnce() {
        Page page = signIn("lomme", 1280, 900);
        page.navigate(browser.url("/account/tokens"));
        Browser.checkAccessibility(page, "08-tokens");
        page.getByLabel("Nom du jeton").fill("Script de test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer un jeton"))
                .click();
        String secret = page.locator("#new-token").textContent();
        assertThat(secret).startsWith("pct_");
        assertThat(page.locator("main table")).containsText("Script de test");
        Browser.checkAccessibility(page, "09-token-created");
        page.reload();
        assertThat(page.locator("#new-token")).hasCount(0);
        page.navigate(browser.url("/account"));
        Browser.checkAccessibility(page, "10-account");
    }

    @Test
    void anAdminManagesUsersAndOrganisations() {
        Page page = signIn("admin", 1280, 900);
        page.navigate(browser.url("/admin/users"));
        assertThat(page.locator("main table")).containsText("caf-pas-de-calais");
        Browser.checkAccessibility(page, "11-admin-users");
        page.navigate(browser.url("/admin/users/new"));
        Browser.checkAccessibility(page, "12-admin-user-form");
        page.navigate(browser.url("/admin/organisations/new"));
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator(".invalid-feedback").first()).isVisible();
        Browser.checkAccessibility(page, "13-admin-organisation-form-errors");
    }

    @Test
    void aLommeAgentCannotOpenAnotherCommunesOrganisation() {
        Page page = signIn("lomme", 1280, 900);
        page.navigate(browser.url("/organisations"));
        assertThat(page.locator("main")).not().containsText("Ville d'Armentières");
        UUID armentieres = jdbc.sql("SELECT id FROM directory.organisation WHERE name = 'Ville d''Armentières'")
                .query(UUID.class)
                .single();
        var other = page.navigate(browser.url("/organisations/" + armentieres));
        assertThat(other.status()).isEqualTo(404);
        assertThat(page.locator("main")).not().containsText("215900176");
        other = page.navigate(browser.url("/organisations/" + armentieres + "/edit"));
        assertThat(other.status()).isEqualTo(404);
        var response = page.navigate(browser.url("/admin/users"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Accès refusé");
        Browser.checkAccessibility(page, "14-forbidden");
        response = page.navigate(browser.url("/nulle-part"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page introuvable");
        Browser.checkAccessibility(page, "15-not-found");
    }

    @Test
    void theShellWorksAtPhoneWidth() {
        Page page = signIn("lille", 375, 740);
        assertThat(page.locator(".navbar-toggler")).isVisible();
        page.locator(".navbar-toggler").click();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Communes").setExact(true)))
                .isVisible();
        Browser.checkAccessibility(page, "16-phone-home");
        page.navigate(browser.url("/communes/59350"));
        assertThat(page.locator("main")).containsText("Lomme");
        Browser.checkAccessibility(page, "17-phone-commune-lille");
    }
}
