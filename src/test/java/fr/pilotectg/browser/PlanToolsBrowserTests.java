package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The plan at the level of the plan tools (issue 16): an indicator linked to a fiche from the fiche's page shows its
 * chart and its values against the targets there, and the indicator names the fiche; the board moves a fiche between
 * statuses. Each test builds its own convention; screenshots are kept in target/screenshots.
 */
@IntegrationTest
class PlanToolsBrowserTests extends BrowserTest {

    @Test
    void anIndicatorLinkedFromTheFichePageShowsItsChartThereAndNamesTheFiche() {
        Fixtures fixtures = fixtures();
        String convention = fixtures.signedConvention(Fixtures.unique("CTG essai indicateur lié"));
        JsonNode fiche = fixtures.fiche(convention, "Fiche suivie par un indicateur");
        String name = Fixtures.unique("Familles accompagnées");
        Api caf = fixtures.caf();
        Api.Response created = caf.post("/api/v1/conventions/" + convention + "/indicators", """
                {"name":"%s","definition":"Familles reçues","unit":"NUMBER","direction":"HIGHER_IS_BETTER",
                 "source":"Test","targets":{"2023":"40","2024":"60"}}""".formatted(name));
        org.assertj.core.api.Assertions.assertThat(created.status())
                .as(created.body())
                .isEqualTo(201);
        String indicator = created.json().get("id").asString();
        Api.Response valued = caf.put(
                "/api/v1/conventions/" + convention + "/indicators/" + indicator + "/values/2023",
                "{\"version\":%d,\"value\":\"52\"}"
                        .formatted(created.json().get("version").asInt()));
        org.assertj.core.api.Assertions.assertThat(valued.status())
                .as(valued.body())
                .isEqualTo(200);

        Page page = signIn("caf-nord");
        page.navigate(browser.url("/fiches/" + fiche.get("id").asString()));
        assertThat(page.locator("#indicateurs")).containsText("Aucun indicateur de l’évaluation ne suit cette fiche.");
        page.getByLabel("Indicateur de la convention à lier")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name));
        page.getByRole(AriaRole.BUTTON, named("Lier l’indicateur")).click();
        assertThat(page.locator(".alert-success")).containsText("L’indicateur suit désormais cette fiche.");
        assertThat(page.locator("#indicateurs .fiche-indicator h3")).containsText(name);
        assertThat(page.locator("#indicateurs svg[role=img]"))
                .hasAttribute("aria-label", "Évolution de « " + name + " » : valeurs et cibles par année");
        assertThat(page.locator("#indicateurs .fiche-indicator-table tbody tr").first())
                .containsText("2023");
        assertThat(page.locator("#indicateurs .fiche-indicator-table tbody tr").first())
                .containsText("52");
        assertThat(page.locator("#indicateurs .fiche-indicator-table tbody tr").first())
                .containsText("Cible atteinte");
        assertThat(page.locator("#indicateurs .fiche-indicator-table tbody tr").nth(1))
                .containsText("non renseigné");
        assertThat(page.locator(".audit-table").first()).isAttached();
        Browser.checkAccessibility(page, "plan-tools-01-fiche-indicator");

        page.locator("#indicateurs .fiche-indicator h3 a").click();
        assertThat(page.locator("#indicateur-" + indicator + " .indicator-fiches"))
                .containsText("Fiche suivie par un indicateur");
        Browser.checkAccessibility(page, "plan-tools-02-indicator-fiches");

        page.navigate(browser.url("/fiches/" + fiche.get("id").asString()));
        page.getByRole(AriaRole.BUTTON, named("Retirer l’indicateur « " + name + " » de la fiche"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("L’indicateur ne suit plus cette fiche.");
        assertThat(page.locator("#indicateurs")).containsText("Aucun indicateur de l’évaluation ne suit cette fiche.");
    }

    @Test
    void theBoardMovesAFicheBetweenStatuses() {
        Fixtures fixtures = fixtures();
        String convention = fixtures.signedConvention(Fixtures.unique("CTG essai tableau"));
        JsonNode fiche = fixtures.fiche(convention, "Fiche du tableau");
        String card = "#carte-" + fiche.get("id").asString();

        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + convention + "/plan"));
        page.locator("#lien-tableau").click();
        assertThat(page.locator("#colonne-DRAFT " + card)).isVisible();
        assertThat(page.locator("#colonne-titre-DRAFT")).containsText("1 fiche");
        assertThat(page.locator("#colonne-titre-DONE")).containsText("aucune fiche");
        Browser.checkAccessibility(page, "plan-tools-03-board");

        page.getByRole(
                        AriaRole.BUTTON,
                        named("Passer la fiche « Fiche du tableau » au statut « Présentée au conseil »"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Le statut de la fiche a été changé.");
        assertThat(page.locator("#colonne-PRESENTED " + card)).isVisible();
        assertThat(page.locator("#colonne-DRAFT " + card)).hasCount(0);
        page.getByRole(AriaRole.BUTTON, named("Passer la fiche « Fiche du tableau » au statut « Validée par la Caf »"))
                .click();
        assertThat(page.locator("#colonne-VALIDATED " + card)).isVisible();
        Browser.checkAccessibility(page, "plan-tools-04-board-moved");

        page.navigate(browser.url("/fiches/" + fiche.get("id").asString()));
        assertThat(page.locator("#statut")).hasText("Validée par la Caf");
        assertThat(page.locator(".audit-table").first()).containsText("Validée par la Caf");
    }
}
