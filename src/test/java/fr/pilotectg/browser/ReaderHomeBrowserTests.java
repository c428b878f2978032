package fr.pilotectg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: an élu or a reader finds on the home page a synthesis of each convention in force — plan progress by axis,
 * indicators against their targets, places created against planned, next COPIL —, with links to the evaluation and the
 * schéma. A reader of Armentières and a convention of its own ending soonest; the screenshot is kept as
 * {@code target/screenshots/home-lecteur-synthese.png}.
 */
class ReaderHomeBrowserTests extends BrowserTest {

    @Test
    void aReaderSeesTheSynthesisOfEachConventionInForce() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        Fixtures fixtures = fixtures();
        Api caf = fixtures.caf();
        String title = Fixtures.unique("CTG synthèse de l’élu");
        String convention = fixtures.signed(title, "2022-01-01", "2026-06-16", "2023-02-10")
                .get("id")
                .asString();
        fixtures.fiche(convention, Fixtures.unique("Fiche suivie"));
        Api.Response indicator = caf.post("/api/v1/conventions/" + convention + "/indicators", """
                {"name":"%s","unit":"NUMBER","direction":"HIGHER_IS_BETTER","source":"Test","targets":{"2024":"10"}}""".formatted(
                        Fixtures.unique("Familles accompagnées")));
        assertThat(indicator.status()).as(indicator.body()).isEqualTo(201);
        Api.Response row = caf.post("/api/v1/conventions/" + convention + "/schema/actions", """
                {"data":{"communeCode":"59017","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"CREATION","title":"Crèche prévue",
                 "equipmentType":"EAJE_MULTI_ACCUEIL","capacityAfter":24,"plannedStart":"2025"}}""");
        assertThat(row.status()).as(row.body()).isEqualTo(201);

        String reader = "elu-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO directory.user_account (id, username, display_name, password_hash, organisation_id, role, created_at)
                        SELECT :id, :login, 'Élue lectrice — Armentières', password_hash, :org, 'READER', now()
                        FROM directory.user_account WHERE username = 'lens'""")
                .param("id", UUID.randomUUID())
                .param("login", reader)
                .param("org", fixtures.organisation("Ville d'Armentières"))
                .update();

        Page page = signIn(reader);
        Locator card = page.locator("article.convention-synthesis", new Page.LocatorOptions().setHasText(title));
        assertThat(card.locator(".synthesis-copil").innerText()).contains("aucune réunion prévue");
        assertThat(card.innerText()).contains("aucune fiche réalisée sur 1").contains("avancement moyen 10 %");
        assertThat(card.locator(".synthesis-indicators").innerText())
                .contains("1 indicateur suivi")
                .contains("aucun n’atteint sa cible")
                .contains("1 non renseigné (sans cible ou sans valeur)");
        assertThat(card.locator(".synthesis-places").innerText()).contains("aucune place créée sur 24 prévues");
        // Bounded: « voir tout » leads to the portfolio.
        assertThat(page.locator("section:has(#synthese)")
                        .getByText("Voir le portefeuille")
                        .count())
                .isEqualTo(1);
        Browser.checkAccessibility(page, "home-lecteur-synthese");

        // The links lead to pages the reader may open.
        card.getByText("Voir l’évaluation").click();
        page.waitForURL(browser.url("/conventions/" + convention + "/evaluation"));
        assertThat(page.locator("h1").innerText()).isNotBlank();
    }
}
