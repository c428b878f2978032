package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.deliberation.SeedDeliberationIds;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recording and reading council deliberations in a real browser, with an accessibility check on every page. */
@IntegrationTest
class DeliberationBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void anAgentRecordsADeliberationWithAnAnomalyAndReadsItsFiguresAndWarning() {
        Page page = signIn("armentieres");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Délibérations").setExact(true))
                .click();
        page.waitForURL(browser.url("/deliberations"));
        assertThat(page.locator("#resultats table")).containsText("DE23.027");
        assertThat(page.locator("#resultats table")).not().containsText("DLB13_14122022");
        Browser.checkAccessibility(page, "deliberation-01-list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enregistrer une délibération"))
                .click();
        page.waitForURL(browser.url("/deliberations/new"));
        Browser.checkAccessibility(page, "deliberation-02-form");

        String number = "DE24." + (100 + (int) (Math.random() * 800));
        page.locator("#organisationId").selectOption(new SelectOption().setLabel("Ville d'Armentières"));
        field(page, "Numéro de la délibération").fill(number);
        field(page, "Objet").fill("Convention territoriale globale — avenant n° 1");
        page.locator("#matiere").selectOption("9.1");
        field(page, "Date de la séance").fill("2024-02-08");
        field(page, "Heure").fill("19:30");
        field(page, "Lieu").fill("Hôtel de Ville");
        field(page, "Date de la convocation").fill("2024-02-01");
        field(page, "Membres en exercice").fill("-5");
        field(page, "Président de séance").fill("Bernard HAESBROECK");
        field(page, "Secrétaire de séance").fill("Alexis DEBUISSON");
        field(page, "Présents").fill("Alexis DEBUISSON\nArnaud MARIE\nPhilémon BRUNET\nSylvie GUSTIN");
        field(page, "Pouvoirs")
                .fill("Philémon BRUNET → Arnaud MARIE\nHugues QUESTE -> Sylvie GUSTIN\nMartine COBBAERT");
        page.getByLabel("Adoptée à l’unanimité").check();
        field(page, "Identifiant ACTES").fill("059-215900177-20240208-DE24001-DE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();

        // Refused: nothing saved, every wrong field named in French, the summary focused.
        Locator summary = page.locator("#resume-erreurs");
        assertThat(summary).isFocused();
        assertThat(summary).containsText("rien n’a été enregistré");
        assertThat(summary)
                .containsText(
                        "Membres en exercice : Le nombre de membres en exercice doit être d’au moins 1 (-5 saisi).");
        assertThat(summary).containsText("Identifiant ACTES : « 215900177 » n’est pas un numéro SIREN valide");
        assertThat(summary).containsText("Pouvoir n° 3 (« Martine COBBAERT »)");
        assertThat(summary.locator("li").first()).containsText("Membres en exercice");
        assertThat(page.locator("#actesId-error")).isVisible();
        assertThat(field(page, "Présents")).hasValue("Alexis DEBUISSON\nArnaud MARIE\nPhilémon BRUNET\nSylvie GUSTIN");
        Browser.checkAccessibility(page, "deliberation-03-form-errors");

        field(page, "Membres en exercice").fill("7");
        field(page, "Pouvoirs")
                .fill(
                        "Philémon BRUNET → Arnaud MARIE\nHugues QUESTE -> Sylvie GUSTIN\nMartine COBBAERT : Alexis DEBUISSON");
        field(page, "Identifiant ACTES").fill("059-215900176-20240208-" + number.replace(".", "") + "-DE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        page.waitForURL(url -> url.matches(".*/deliberations/[0-9a-f-]{36}$"));

        // Saved despite the anomaly; the figures and the warning are on the page.
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Les vérifications ont relevé des anomalies");
        assertThat(page.locator("h1")).containsText("Délibération n° " + number);
        assertThat(page.locator("#quorum")).hasText("Quorum : 4 — atteint (4 présents)");
        assertThat(page.locator("#attendance-counts"))
                .containsText("Présents : 4 · Représentés : 3 · Excusés : 0 · Absents : 0");
        assertThat(page.locator("#votes-cast")).hasText("Votants : 7");
        assertThat(page.locator("#vote-outcome")).hasText("Adoptée à l’unanimité");
        assertThat(page.locator("#avertissements")).containsText("1 avertissement");
        assertThat(page.locator("#avertissements"))
                .containsText("Philémon BRUNET figure à la fois parmi les présents et parmi les "
                        + "représentés (pouvoir donné à Arnaud MARIE) ; compté comme représenté.");
        assertThat(page.locator("#erreurs")).hasCount(0);
        assertThat(page.locator("#represented")).containsText("Hugues QUESTE");
        assertThat(page.locator("#seance-date")).hasText("08/02/2024 à 19:30");
        assertThat(page.locator("main")).containsText("Bernard HAESBROECK préside la séance et est compté présent");
        assertThat(page.locator("main"))
                .containsText("Délibération n° " + number + " du 08/02/2024 (Ville d'Armentières) enregistrée");
        Browser.checkAccessibility(page, "deliberation-04-detail-warning");

        // Someone else saves while this agent corrects: the agent's input stays, a second save replaces the newer
        // version.
        UUID id = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier"))
                .click();
        Browser.checkAccessibility(page, "deliberation-05-edit");
        field(page, "Lieu").fill("Salle des fêtes");
        jdbc.sql("UPDATE deliberation.deliberation SET version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("#resume-erreurs")).containsText("Quelqu’un d’autre a modifié cette délibération");
        assertThat(field(page, "Lieu")).hasValue("Salle des fêtes");
        Browser.checkAccessibility(page, "deliberation-06-edit-conflict");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        page.waitForURL(browser.url("/deliberations/" + id));
        assertThat(page.locator("main")).containsText("Salle des fêtes");
    }

    @Test
    void theLensDeliberationShowsItsQuorumVotesCastAndPrefectureStamp() {
        Page page = signIn("lens");
        var response = page.navigate(browser.url("/deliberations/" + SeedDeliberationIds.LENS));
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("#quorum")).hasText("Quorum : 20 — atteint (30 présents)");
        assertThat(page.locator("#votes-cast")).hasText("Votants : 35");
        assertThat(page.locator("#attendance-counts"))
                .containsText("Présents : 30 · Représentés : 5 · Excusés : 3 · Absents : 1");
        assertThat(page.locator("#actes-id")).hasText("062-216204982-20221214-DLB13_14122022-DE");
        assertThat(page.locator("#prefecture-stamp"))
                .containsText("Accusé certifié exécutoire – Réception par le préfet : 19/12/2022");
        assertThat(page.locator("#prefecture-stamp")).containsText("Publié ou affiché le 15/12/2022");
        assertThat(page.locator("main")).containsText("Aucune anomalie relevée");
        Browser.checkAccessibility(page, "deliberation-07-detail-lens");

        var hidden = page.navigate(browser.url("/deliberations/" + SeedDeliberationIds.ARMENTIERES));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(page.locator("main")).not().containsText("HAESBROECK");

        page.navigate(browser.url("/deliberations"));
        page.getByLabel("Numéro, objet ou identifiant ACTES").fill("nothing-matches-this");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer"))
                .click();
        assertThat(page.locator("#resultats")).containsText("Aucune délibération ne correspond.");
        Browser.checkAccessibility(page, "deliberation-08-list-empty");
    }

    @Test
    void aReaderSeesDeliberationsButCannotRecordOne() {
        Page page = signIn("lecteur");
        page.navigate(browser.url("/deliberations"));
        assertThat(page.locator("#resultats table")).containsText("2021/58");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enregistrer une délibération")))
                .hasCount(0);
        var denied = page.navigate(browser.url("/deliberations/new"));
        assertThat(denied.status()).isEqualTo(403);
        page.navigate(browser.url("/deliberations/" + SeedDeliberationIds.LOMME));
        assertThat(page.locator("main")).containsText("L’acte ne donne pas la liste des présents.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier")))
                .hasCount(0);
        Browser.checkAccessibility(page, "deliberation-09-detail-lomme-reader");
        var edit = page.navigate(browser.url("/deliberations/" + SeedDeliberationIds.LOMME + "/edit"));
        assertThat(edit.status()).isEqualTo(403);
    }
}
