package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A Caf agent's whole convention in a real browser: a draft with three signatories, the commune's deliberation, the
 * signature, an avenant drafted and signed, a termination with notice, with the computed dates read on screen and an
 * accessibility check on every page.
 */
@IntegrationTest
class ConventionBrowserTests extends BrowserTest {

    @Test
    void aCafAgentCarriesAConventionFromDraftToTermination() {
        clock.setToday(java.time.LocalDate.of(2024, 10, 1)); // the story of a 2023–2026 convention, told in autumn 2024
        Page page = signIn("caf-nord");
        page.getByRole(AriaRole.LINK, named("Conventions")).click();
        assertThat(page.locator("#portefeuille")).containsText("Lille et ses communes associées");
        Browser.checkAccessibility(page, "conv-01-portfolio");

        page.getByRole(AriaRole.LINK, named("Nouvelle convention")).click();
        page.getByLabel("Intitulé", new Page.GetByLabelOptions().setExact(true))
                .fill("CTG Hellemmes essai navigateur 2023-2026");
        page.getByLabel("Date de début").first().fill("2023-01-01");
        page.getByLabel("Date de fin").first().fill("2026-12-31");
        page.getByLabel("Communes couvertes (codes INSEE)").fill("59298");
        page.locator("input[name='signatories[0].organisationLabel']").fill("Caisse d'allocations familiales du Nord");
        page.locator("input[name='signatories[0].representatives[0].name']").fill("Lydie LIBRIZZI");
        page.locator("input[name='signatories[0].representatives[1].name']").fill("Luc GRARD");
        page.locator("input[name='signatories[1].organisationLabel']").fill("Commune associée d'Hellemmes");
        page.locator("input[name='signatories[1].representatives[0].name']").fill("Frédéric MARCHAND");
        page.getByRole(AriaRole.BUTTON, named("Ajouter un signataire")).click();
        page.locator("input[name='signatories[2].organisationLabel']").fill("Département du Nord");
        page.locator("select[name='signatories[2].needsDeliberation']").selectOption("false");
        page.locator("input[name='signatories[2].representatives[0].name']").fill("Christian POIRET");
        page.locator("select[name='signatories[2].representatives[0].role']").selectOption("PRESIDENT");
        page.getByLabel("Petite enfance", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.locator("input[name='missions'][value='M1']").check();
        page.locator("input[name='enjeux'][value='M1:E1']").check();
        Browser.checkAccessibility(page, "conv-02-form");
        page.getByRole(AriaRole.BUTTON, named("Créer le projet")).click();

        assertThat(page.locator("h1")).containsText("CTG Hellemmes essai navigateur 2023-2026");
        assertThat(page.locator("#statut")).hasText("Projet");
        String conventionUrl = page.url();
        assertThat(page.locator("#signataires")).containsText("Département du Nord");
        Browser.checkAccessibility(page, "conv-03-draft");

        page.getByRole(AriaRole.BUTTON, named("Envoyer en signature")).click();
        assertThat(page.locator("#statut")).hasText("En cours de signature");
        page.getByLabel("Date de signature").fill("2023-03-01");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer la signature")).click();
        assertThat(page.locator("#refus"))
                .containsText("la délibération autorisant la signature manque pour Commune associée d'Hellemmes");

        // The conseil communal of Hellemmes deliberates: recorded through the deliberation form.
        page.getByRole(AriaRole.LINK, named("Enregistrer une délibération")).click();
        page.getByLabel("Organisation")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Commune associée d'Hellemmes"));
        page.getByLabel("Assemblée").selectOption("CONSEIL_COMMUNAL");
        page.getByLabel("Numéro de la délibération").fill("2023/12");
        page.getByLabel("Objet").fill("Convention territoriale globale 2023-2026 – autorisation de signature");
        page.getByLabel("Date de la séance").fill("2023-02-15");
        page.getByLabel("Membres en exercice").fill("5");
        page.getByLabel("Présents", new Page.GetByLabelOptions().setExact(true)).fill("M. A\nMme B\nM. C\nMme D");
        page.getByLabel("Absents").fill("M. E");
        page.getByLabel("Adoptée à l’unanimité").check();
        page.getByRole(AriaRole.BUTTON, named("Enregistrer")).click();
        assertThat(page.locator("h1")).containsText("2023/12");

        page.navigate(conventionUrl);
        page.getByLabel("Signataire autorisé")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Commune associée d'Hellemmes"));
        page.getByLabel("Délibération", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.getByRole(AriaRole.BUTTON, named("Rattacher")).click();
        Locator hellemmes =
                page.locator("#signataires tr", new Page.LocatorOptions().setHasText("Commune associée d'Hellemmes"));
        assertThat(hellemmes).containsText("n° 2023/12");
        assertThat(hellemmes).containsText("Adoptée à l’unanimité");
        assertThat(hellemmes).containsText("Accusé de réception de la préfecture non enregistré");

        page.getByLabel("Date de signature").fill("2023-03-01");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer la signature")).click();
        assertThat(page.locator("#statut")).hasText("En vigueur");
        assertThat(page.locator("main")).containsText("signée le 01/03/2023");
        Browser.checkAccessibility(page, "conv-04-signed");

        page.getByRole(AriaRole.LINK, named("Préparer un avenant")).click();
        page.getByLabel("Objet de l’avenant").fill("Avenant n° 1 – prolongation jusqu’au 30/06/2027");
        page.getByLabel("Rédigé le").fill("2024-01-10");
        page.getByLabel("Date de fin").first().fill("2027-06-30");
        Browser.checkAccessibility(page, "conv-05-amendment-form");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer l’avenant")).click();
        assertThat(page.locator("#avenant-en-cours")).containsText("Avenant n° 1 en attente de signature");
        assertThat(page.locator("#avenant-en-cours")).containsText("Durée");
        page.getByLabel("Avenant signé le").fill("2024-02-01");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer la signature de l’avenant"))
                .click();
        assertThat(page.locator("main")).containsText("du 01/01/2023 au 30/06/2027");
        Locator versions = page.locator("#table-versions tbody tr");
        assertThat(versions).hasCount(2);
        assertThat(versions.nth(1)).containsText("Avenant n° 1");
        page.getByRole(AriaRole.LINK, named("Version 1")).click();
        assertThat(page.locator("main")).containsText("du 01/01/2023 au 31/12/2026");
        assertThat(page.locator("main")).containsText("Version antérieure");
        Browser.checkAccessibility(page, "conv-06-version-1");

        page.navigate(conventionUrl);
        page.getByLabel("Motif").selectOption("NOTICE");
        page.getByLabel("Date de l’acte (envoi de la lettre, décision, préavis)")
                .fill("2024-03-15");
        page.getByLabel("Date de l’acte (envoi de la lettre, décision, préavis)")
                .dispatchEvent("change");
        assertThat(page.locator("#effet-resiliation")).hasText("La résiliation prendrait effet le 15/09/2024.");
        page.getByLabel("Partie à l’initiative")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Commune associée d'Hellemmes"));
        page.getByRole(AriaRole.BUTTON, named("Enregistrer la résiliation")).click();
        assertThat(page.locator("#resiliations-liste")).containsText("acte du 15/03/2024, prend effet le 15/09/2024");
        assertThat(page.locator("#statut")).hasText("Résiliée");
        Browser.checkAccessibility(page, "conv-07-terminated");
    }

    @Test
    void aRefusedDateIsShownBesideItsFieldWithItsHelp() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/new"));
        page.getByLabel("Intitulé", new Page.GetByLabelOptions().setExact(true)).fill("CTG essai dates");
        page.getByLabel("Date de début").first().fill("2026-01-01");
        page.getByLabel("Date de fin").first().fill("2025-12-31");
        page.getByRole(AriaRole.BUTTON, named("Créer le projet")).click();

        assertThat(page.locator("#erreurs")).containsText("précède la date de début");
        assertThat(page.locator("#end-error")).containsText("précède la date de début");
        assertThat(page.locator("input#end")).hasAttribute("aria-describedby", "end-help end-error");
        assertThat(page.locator("input#end")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("input#start")).not().hasClass(java.util.regex.Pattern.compile("is-invalid"));
        Browser.checkAccessibility(page, "conv-09-form-refused");
    }

    @Test
    void theLilleConventionShowsItsPartiesMissionsPredecessorAndAnnex() {
        Page page = signIn("lille");
        page.navigate(browser.url("/conventions/6c1f0f1e-2021-4c71-8a11-0000000000a1"));
        Locator signatories = page.locator("#signataires");
        assertThat(signatories).containsText("Lydie LIBRIZZI");
        assertThat(signatories).containsText("Martine AUBRY");
        assertThat(signatories).containsText("n° 2021/58");
        assertThat(page.locator("main")).containsText("M4");
        assertThat(page.locator("main")).containsText("Soutenir les personnes et les familles confrontées au handicap");
        assertThat(page.locator("main")).containsText("Contrat enfance jeunesse 2016-2019");
        assertThat(page.locator("main")).containsText("31/12/2020");
        Browser.checkAccessibility(page, "conv-08-lille");
        page.getByRole(AriaRole.LINK, named("Équipements et services (annexe 1)"))
                .click();
        assertThat(page.locator("main")).containsText("Lomme");
        assertThat(page.locator("main")).containsText("Hellemmes");
    }
}
