package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The diagnostic and the schéma in a real browser: the Armentières diagnostic with 68,4 % and its source, its chart and
 * table, a figure refused then entered; the LLH diagnostic's places chart, an analysis form; the LLH schéma with a row
 * realised into the register. Accessibility is checked on every page.
 */
@IntegrationTest
class DiagnosticBrowserTests extends BrowserTest {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    /** A draft convention of the test's own for Armentières (59017). */
    private String ownConvention(String title) {
        return fixtures().draftIn(Fixtures.unique(title), "59017");
    }

    /** A schéma row of its own on {@code convention}, in Roubaix, for an equipment of its own if {@code equipmentId} is given. */
    private void schemaRow(String convention, String title, String equipmentId) {
        Api.Response row = fixtures().caf().post("/api/v1/conventions/" + convention + "/schema/actions", """
                {"data":{"communeCode":"%s","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"DEVELOPPEMENT","title":"%s",
                 "capacityBefore":12,"capacityAdded":12,"capacityAfter":24,"equipmentType":"EAJE_MULTI_ACCUEIL"%s}}""".formatted(
                Fixtures.FREE_COMMUNE, title, equipmentId == null ? "" : ",\"equipmentId\":\"" + equipmentId + "\""));
        org.assertj.core.api.Assertions.assertThat(row.status()).as(row.body()).isEqualTo(201);
    }

    @Test
    void theArmentieresDiagnosticShowsTheCafShareWithItsSourceAChartAndItsTable() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + ARMENTIERES + "/diagnostic"));
        assertThat(page.locator("h1")).containsText("Diagnostic partagé");
        assertThat(page.locator("#part-couverte")).containsText("68,4 %");
        assertThat(page.locator("#part-couverte-source")).containsText("CTG Armentières 2023-2026, article 2");
        assertThat(page.locator("#part-couverte-source")).containsText("2023");
        assertThat(page.locator("#part-couverte-source")).containsText("saisi");
        assertThat(page.locator("#communes")).containsText("Armentières (59017)");
        assertThat(page.locator("#communes")).containsText("18 920 €");
        assertThat(page.locator("#graphique-couverture-svg")).isVisible();
        assertThat(page.locator("#comparaison")).containsText("68,4 %");
        assertThat(page.locator("#comparaison")).containsText("Part de la population couverte par la Caf");
        Browser.checkAccessibility(page, "diag-01-armentieres");

        page.navigate(browser.url("/conventions/" + ownConvention("CTG essai chiffre navigateur") + "/diagnostic"));

        page.getByLabel("Indicateur", new Page.GetByLabelOptions().setExact(true))
                .selectOption("CHILDREN_UNDER_3");
        page.getByLabel("Valeur", new Page.GetByLabelOptions().setExact(true)).fill("beaucoup");
        page.getByLabel("Année", new Page.GetByLabelOptions().setExact(true)).fill("2023");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer le chiffre")).click();
        assertThat(page.locator("#figure-form")).containsText("« beaucoup » n’est pas un nombre.");
        assertThat(page.locator("#figure-form")).containsText("Indiquez la source du chiffre.");
        Browser.checkAccessibility(page, "diag-02-figure-refused");

        page.getByLabel("Valeur", new Page.GetByLabelOptions().setExact(true)).fill("800");
        page.getByLabel("Source", new Page.GetByLabelOptions().setExact(true)).fill("Saisie de test navigateur");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer le chiffre")).click();
        assertThat(page.locator(".alert-success")).containsText("Chiffre enregistré.");
        assertThat(page.locator("#taux-couverture")).containsText("places pour 100 enfants de moins de 3 ans");
        assertThat(page.locator("#chiffres-table")).containsText("Enfants de moins de 3 ans");
        assertThat(page.locator("#chiffres-table")).containsText("Saisie de test navigateur");
        Browser.checkAccessibility(page, "diag-03-figure-entered");
    }

    @Test
    void theLilleDiagnosticDrawsItsPlacesAndItsAnalysisFormIsAccessible() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + LLH + "/diagnostic"));
        assertThat(page.locator("#graphique-places-svg")).isVisible();
        assertThat(page.locator("#places-commune-type")).containsText("Hellemmes");
        assertThat(page.locator("#echeances-table")).containsText("31/12/2022");
        assertThat(page.locator("#echeances-table")).containsText("31/12/2024");
        Browser.checkAccessibility(page, "diag-04-llh");

        page.navigate(browser.url("/conventions/" + ownConvention("CTG essai analyse navigateur") + "/diagnostic"));

        page.getByRole(AriaRole.LINK, named("Modifier l’analyse « Analyse des besoins »"))
                .click();
        page.getByLabel("Texte de l’analyse").fill("Besoins repérés avec les familles (test navigateur).");
        page.getByLabel("Sources de données (une par ligne)").fill("Questionnaire aux familles\nCOPIL");
        Browser.checkAccessibility(page, "diag-05-analysis-form");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer l’analyse")).click();
        assertThat(page.locator("#analyse-NEEDS")).containsText("Besoins repérés avec les familles");
        assertThat(page.locator("#analyse-NEEDS")).containsText("Questionnaire aux familles");
    }

    @Test
    void theLilleSchemaShowsItsRowsAndRealisingOneUpdatesTheRegister() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + LLH + "/schema"));
        assertThat(page.locator("#schema-actions")).containsText("MAC Les Oisillons");
        assertThat(page.locator("#schema-actions")).containsText("Extension crèche Amicloterie");
        assertThat(page.locator("#schema-actions")).containsText("Ouverture : 2023");
        assertThat(page.locator("#schema-actions")).containsText("SEPTEMBRE 2022");
        assertThat(page.locator("#schema-actions")).containsText("pas encore définie");
        assertThat(page.locator("#places-annee")).containsText("2021");
        // One compact row per action, its details folded and its progress on its own page (issue 16: 13 000 px before).
        page.setViewportSize(1280, 800);
        org.assertj.core.api.Assertions.assertThat(
                        ((Number) page.evaluate("document.documentElement.scrollHeight")).intValue())
                .as("height of the schéma page at 1 280 px")
                .isLessThan(3000);
        Browser.checkAccessibility(page, "diag-06-schema");

        String convention = fixtures().draftIn(Fixtures.unique("CTG essai schéma navigateur"), Fixtures.FREE_COMMUNE);
        String equipment = Fixtures.unique("Multi-accueil essai");
        schemaRow(
                convention,
                "MAC essai navigateur",
                fixtures()
                        .equipment(equipment, Fixtures.FREE_COMMUNE, 12)
                        .get("id")
                        .asString());
        page.navigate(browser.url("/conventions/" + convention + "/schema"));
        page.getByRole(AriaRole.LINK, named("Modifier ou faire avancer « MAC essai navigateur »"))
                .click();
        page.getByRole(AriaRole.BUTTON, named("Réaliser « MAC essai navigateur »"))
                .click();
        assertThat(page.locator(".alert-success"))
                .containsText("le registre compte désormais 24 places pour « " + equipment + " »");
        Browser.checkAccessibility(page, "diag-07-schema-realised");

        page.getByRole(AriaRole.LINK, named("Prévoir une action")).click();
        page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill("Micro-crèche test navigateur");
        page.getByLabel("Capacité après").fill("-4");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer l’action")).click();
        assertThat(page.locator("#schema-form")).containsText("Une capacité ne peut pas être négative.");
        Browser.checkAccessibility(page, "diag-08-schema-form");
    }

    @Test
    void prioritiesAndMilestonesAreAddedEditedAndRemovedFromTheirPages() {
        String own = ownConvention("CTG essai priorités navigateur");
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + own + "/diagnostic"));
        page.getByRole(AriaRole.LINK, named("Ajouter, modifier ou retirer des champs prioritaires"))
                .click();
        assertThat(page.locator("h1")).containsText("Champs d’intervention prioritaires");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer le champ prioritaire"))
                .click();
        assertThat(page.locator("#priority-form")).containsText("Nommez le champ d’intervention prioritaire.");
        Browser.checkAccessibility(page, "diag-09-priority-refused");

        page.getByLabel("Champ d’intervention prioritaire").fill("Accueil du jeune enfant (test navigateur)");
        page.getByLabel("Domaine de la convention")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.getByLabel("E3", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Axes de développement (un par ligne)").fill("Créer des places en QPV\nSoutenir les MAM");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer le champ prioritaire"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Champ prioritaire enregistré.");
        assertThat(page.locator("#priorites-table")).containsText("Accueil du jeune enfant (test navigateur)");
        assertThat(page.locator("#priorites-table")).containsText("E3");
        assertThat(page.locator("#priorites-table")).containsText("Soutenir les MAM");
        Browser.checkAccessibility(page, "diag-10-priorities");

        page.getByRole(AriaRole.LINK, named("Modifier « Accueil du jeune enfant (test navigateur) »"))
                .click();
        page.getByLabel("Champ d’intervention prioritaire").fill("Accueil du jeune enfant (modifié)");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer le champ prioritaire"))
                .click();
        assertThat(page.locator("#priorites-table")).containsText("Accueil du jeune enfant (modifié)");
        page.navigate(browser.url("/conventions/" + own + "/diagnostic"));
        assertThat(page.locator("#priorites").locator("xpath=..")).containsText("Accueil du jeune enfant (modifié)");
        page.navigate(browser.url("/conventions/" + own + "/diagnostic/priorites"));
        // a removal sent with a version read before someone else's change is refused above the list, nothing removed
        page.locator("#priorites-table input[name=version]")
                .evaluateAll("inputs => inputs.forEach(i => i.value = '0')");
        page.getByRole(AriaRole.BUTTON, named("Retirer « Accueil du jeune enfant (modifié) »"))
                .click();
        assertThat(page.locator("#refus")).containsText("Quelqu’un d’autre a modifié cet élément");
        assertThat(page.locator("#priorites-table")).containsText("Accueil du jeune enfant (modifié)");
        page.getByRole(AriaRole.BUTTON, named("Retirer « Accueil du jeune enfant (modifié) »"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Champ prioritaire retiré.");
        assertThat(page.locator("main")).not().containsText("Accueil du jeune enfant (modifié)");

        page.navigate(browser.url("/conventions/" + own + "/diagnostic/echeances"));
        page.getByLabel("Livrable").fill("Plan d’action (test navigateur)");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer l’échéance")).click();
        assertThat(page.locator("#milestone-form")).containsText("Indiquez la date de l’échéance.");
        Browser.checkAccessibility(page, "diag-11-milestone-refused");
        page.getByLabel("Échéance", new Page.GetByLabelOptions().setExact(true)).fill("2025-06-30");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer l’échéance")).click();
        assertThat(page.locator("#echeances-table")).containsText("30/06/2025");
        assertThat(page.locator("#echeances-table")).containsText("Plan d’action (test navigateur)");
        page.getByRole(AriaRole.LINK, named("Modifier l’échéance du 30/06/2025"))
                .click();
        page.getByLabel("Échéance", new Page.GetByLabelOptions().setExact(true)).fill("2025-07-15");
        page.getByRole(AriaRole.BUTTON, named("Enregistrer l’échéance")).click();
        assertThat(page.locator("#echeances-table")).containsText("15/07/2025");
        Browser.checkAccessibility(page, "diag-12-milestones");

        page.navigate(browser.url("/conventions/" + own + "/diagnostic"));
        page.locator("#echeances-table tr", new Page.LocatorOptions().setHasText("15/07/2025"))
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Marquer réalisée"))
                .click();
        assertThat(page.locator("#echeances-table tr", new Page.LocatorOptions().setHasText("15/07/2025")))
                .containsText("Annuler la réalisation");
        page.navigate(browser.url("/conventions/" + own + "/diagnostic/echeances"));
        page.getByRole(AriaRole.BUTTON, named("Retirer l’échéance du 15/07/2025"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Échéance retirée.");
        assertThat(page.locator("main")).not().containsText("15/07/2025");
    }

    @Test
    void aSchemaRowIsPutInProgressThenAbandonedWithItsReasonFromItsOwnPage() {
        String own = fixtures().draftIn(Fixtures.unique("CTG essai abandon navigateur"), Fixtures.FREE_COMMUNE);
        schemaRow(own, "Maison des Parents Wazemmes", null);
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + own + "/schema"));
        page.getByRole(AriaRole.LINK, named("Modifier ou faire avancer « Maison des Parents Wazemmes »"))
                .click();
        page.getByLabel("Statut de « Maison des Parents Wazemmes »", new Page.GetByLabelOptions().setExact(true))
                .selectOption("IN_PROGRESS");
        page.getByRole(AriaRole.BUTTON, named("Changer le statut de « Maison des Parents Wazemmes »"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Statut de l’action enregistré.");

        page.getByRole(AriaRole.LINK, named("Modifier ou faire avancer « Maison des Parents Wazemmes »"))
                .click();
        page.getByLabel("Statut de « Maison des Parents Wazemmes »", new Page.GetByLabelOptions().setExact(true))
                .selectOption("ABANDONED");
        page.getByRole(AriaRole.BUTTON, named("Changer le statut de « Maison des Parents Wazemmes »"))
                .click();
        assertThat(page.locator(".alert-danger")).containsText("Indiquez le motif de l’abandon.");
        assertThat(page.locator("#refus")).containsText("Indiquez le motif de l’abandon.");

        page.getByLabel("Statut de « Maison des Parents Wazemmes »", new Page.GetByLabelOptions().setExact(true))
                .selectOption("ABANDONED");
        page.getByLabel(
                        "Motif du statut de « Maison des Parents Wazemmes »",
                        new Page.GetByLabelOptions().setExact(true))
                .fill("Projet repris par la commune (test navigateur)");
        page.getByRole(AriaRole.BUTTON, named("Changer le statut de « Maison des Parents Wazemmes »"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Statut de l’action enregistré.");
        assertThat(page.locator("#schema-actions"))
                .containsText("Motif : Projet repris par la commune (test navigateur)");
        Browser.checkAccessibility(page, "diag-13-schema-abandoned");
    }

    @Test
    void cafFiguresAreCheckedLineByLineThenImportedFromACsv() {
        String own = ownConvention("CTG essai import navigateur");
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + own + "/diagnostic"));
        page.getByRole(AriaRole.LINK, named("Importer des chiffres d’un fichier CSV"))
                .click();
        page.getByLabel("Ou collez son contenu")
                .fill("scope;kind;value;year;source\nDEPARTEMENT;POPULATION;2 600 000;2021;INSEE (test navigateur)\n"
                        + "EPCI;MEDIAN_INCOME;abc;2021;Filosofi\n");
        page.getByRole(AriaRole.BUTTON, named("Vérifier (simulation, rien n’est enregistré)"))
                .click();
        assertThat(page.locator("#rapport-resume")).containsText("1 ligne acceptée, 1 refusée.");
        assertThat(page.locator("#rapport-lignes")).containsText("« abc » n’est pas un nombre.");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Importer 1 chiffre"))).hasCount(0);
        Browser.checkAccessibility(page, "diag-14-import-refused");

        page.getByLabel("Ou collez son contenu")
                .fill("scope;kind;value;year;source\nDEPARTEMENT;POPULATION;2 600 000;2021;INSEE (test navigateur)\n");
        page.getByRole(AriaRole.BUTTON, named("Vérifier (simulation, rien n’est enregistré)"))
                .click();
        assertThat(page.locator("#rapport-lignes")).containsText("Population (Département) : 2 600 000, 2021");
        page.getByRole(AriaRole.BUTTON, named("Importer 1 chiffre")).click();
        assertThat(page.locator(".alert-success")).containsText("1 chiffre importé.");
        assertThat(page.locator("#chiffres-table")).containsText("INSEE (test navigateur)");
        assertThat(page.locator("#chiffres-table")).containsText("Importé");
    }
}
