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

    @Test
    void theGanttDrawsEachFicheWithItsNamedMilestonesAndTodayFromTheClock() {
        clock.setToday(java.time.LocalDate.of(2024, 9, 15));
        Fixtures fixtures = fixtures();
        String convention = fixtures.signedConvention(Fixtures.unique("CTG essai Gantt"));
        JsonNode fiche = fixtures.fiche(convention, "Fiche du Gantt");

        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + convention + "/plan"));
        page.locator("#lien-calendrier a").click();
        assertThat(page.locator("#gantt svg[role=img]")).isVisible();
        assertThat(page.locator("#gantt svg")).containsText("Aujourd’hui (15/09/2024)");
        assertThat(page.locator("#gantt svg")).containsText("Fiche du Gantt");
        assertThat(page.locator("#gantt-periode")).hasText("du 01/01/2023 au 31/12/2026");
        assertThat(page.locator("#gantt-" + fiche.get("id").asString()))
                .containsText("30/06/2024 : Recensement — dépassée, non réalisée");
        Browser.checkAccessibility(page, "plan-tools-05-gantt");
    }

    @Test
    void aCommentMentioningAColleagueAppearsOnTheirHome() {
        Fixtures fixtures = fixtures();
        String convention = fixtures.signedConvention(Fixtures.unique("CTG essai mention"));
        JsonNode fiche = fixtures.fiche(convention, "Fiche commentée");
        String colleague = jdbc.sql("SELECT id::text FROM directory.user_account WHERE username = 'armentieres'")
                .query(String.class)
                .single();
        String text = Fixtures.unique("Pouvez-vous confirmer la date du recensement ?");

        Page page = signIn("caf-nord");
        page.navigate(browser.url("/fiches/" + fiche.get("id").asString()));
        page.getByLabel("Votre commentaire").fill(text);
        page.getByLabel("Mentionner des collègues (@)").selectOption(colleague);
        page.getByRole(AriaRole.BUTTON, named("Publier le commentaire")).click();
        assertThat(page.locator(".alert-success")).containsText("Votre commentaire a été publié.");
        assertThat(page.locator("#commentaires .fiche-comment").last()).containsText(text);
        assertThat(page.locator("#commentaires .comment-mentions").last()).containsText("@");
        Browser.checkAccessibility(page, "plan-tools-06-comment");
        page.close();

        Page home = signIn("armentieres");
        assertThat(home.locator("#mentions")).containsText("Vous avez été mentionné(e)");
        assertThat(home.locator("#mentions")).containsText(text);
        assertThat(home.locator("#mentions")).containsText("Fiche commentée");
        Browser.checkAccessibility(home, "plan-tools-07-home-mention");
        home.getByRole(AriaRole.BUTTON, named("Marquer comme lue la mention sur la fiche « Fiche commentée »"))
                .last()
                .click();
        assertThat(home.locator(".alert-success")).containsText("La mention est marquée comme lue.");
        assertThat(home.getByText(text)).hasCount(0);
    }
}
