package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The action plan in a real browser: the LLH plan with its three communal parts, filters and calendar, a fiche, a
 * status change with its history, and the fiche form (with a refused value kept on screen); axe on every page.
 */
@IntegrationTest
class ActionPlanBrowserTests extends BrowserTest {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    @Test
    void theLilleLommeHellemmesPlanShowsItsThreeCommunalPartsAndAFicheChangesStatus() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + LLH + "/plan"));
        assertThat(page.locator("h2#axe-titre-1")).containsText("Ville de Lille");
        assertThat(page.locator("h2#axe-titre-2")).containsText("Lomme");
        assertThat(page.locator("h2#axe-titre-3")).containsText("Hellemmes");
        assertThat(page.locator("#axe-1"))
                .containsText("Diagnostic partagé de territoire et pilotage de la CTG — Lille");
        assertThat(page.locator("#axe-1 .fiche-late").first()).isVisible();
        Browser.checkAccessibility(page, "plan-01-llh");
        page.locator("#lien-calendrier a").click();
        assertThat(page.locator("#calendrier table")).containsText("2022");
        assertThat(page.locator("#calendrier .milestone-late").first()).isAttached();
        Browser.checkAccessibility(page, "plan-01b-llh-calendar");
        page.navigate(browser.url("/conventions/" + LLH + "/plan"));

        page.getByLabel("Commune", new Page.GetByLabelOptions().setExact(true)).selectOption("59355");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer"))
                .click();
        assertThat(page.locator("#decompte")).containsText("3 fiches affichées sur 9");
        assertThat(page.locator("#axe-1")).containsText("Aucune fiche ne correspond.");
        assertThat(page.getByLabel("Commune", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("59355");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Extension de 2 places du MAC la Farandole")
                                .setExact(false))
                .first()
                .click();
        assertThat(page.locator("h1")).containsText("Extension de 2 places du MAC la Farandole");
        assertThat(page.locator("#statut")).hasText("Validée par la Caf");
        Browser.checkAccessibility(page, "plan-02-fiche");

        // The status changes on a validated fiche of the test's own: the demo plans are only read.
        String own = fixtures().signedConvention(Fixtures.unique("CTG essai statut navigateur"));
        JsonNode fiche = fixtures().fiche(own, "Fiche validée (navigateur)");
        fiche = fixtures().ficheStatus(fixtures().ficheStatus(fiche, "PRESENTED"), "VALIDATED");
        page.navigate(browser.url("/fiches/" + fiche.get("id").asString()));
        assertThat(page.locator("#statut")).hasText("Validée par la Caf");

        page.getByLabel("Nouveau statut").selectOption("ABANDONED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le statut"))
                .click();
        assertThat(page.locator("#refus")).containsText("Indiquez le motif de l’abandon.");
        assertThat(page.locator("#statut")).hasText("Validée par la Caf");

        page.getByLabel("Nouveau statut").selectOption("IN_PROGRESS");
        page.getByLabel("Décision (facultatif : instance, date)").fill("comité de pilotage de juin 2022");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le statut"))
                .click();
        assertThat(page.locator("#statut")).hasText("En cours");
        assertThat(page.locator(".alert-success")).containsText("Le statut de la fiche a été changé.");
        assertThat(page.locator(".audit-table")).containsText("décidé : comité de pilotage de juin 2022");
        Browser.checkAccessibility(page, "plan-03-status");
    }

    @Test
    void theArmentieresDemoFicheIsReadAndAFicheIsEditedAndABadDateIsRefusedWithTheInputKept() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + ARMENTIERES + "/plan"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Égalité des chances")
                                .setExact(true))
                .click();
        assertThat(page.locator("#remarque")).containsText("la fiche de l’annexe 4 est vide dans le document source");
        String own = fixtures().signedConvention(Fixtures.unique("CTG essai fiche navigateur"));
        page.navigate(browser.url("/fiches/"
                + fixtures()
                        .fiche(own, "Égalité des chances (navigateur)")
                        .get("id")
                        .asString()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier la fiche"))
                .click();
        Browser.checkAccessibility(page, "plan-04-form");

        page.locator("input[name='milestones[0].dueOn']").fill("2040-06-30");
        page.locator("input[name='milestones[0].label']").fill("Tarification solidaire des accueils de loisirs");
        page.locator("#progress").fill("20");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Enregistrer").setExact(true))
                .click();
        assertThat(page.locator("#milestones0-dueOn-error")).containsText("hors de la période plausible");
        assertThat(page.locator("input[name='milestones[0].label']"))
                .hasValue("Tarification solidaire des accueils de loisirs");
        Browser.checkAccessibility(page, "plan-05-form-error");

        page.locator("input[name='milestones[0].dueOn']").fill("2024-06-30");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Enregistrer").setExact(true))
                .click();
        assertThat(page.locator(".alert-success")).containsText("La fiche action a été enregistrée.");
        assertThat(page.locator("#echeances")).containsText("30/06/2024");
        assertThat(page.locator("#retard")).hasText("En retard");
    }

    @Test
    void aCsvOfFichesIsCheckedLineByLineBeforeImport() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + ARMENTIERES + "/plan"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importer des fiches (XLSX ou CSV)"))
                .click();
        Browser.checkAccessibility(page, "plan-06-import");
        String csv = "Axe;Titre de l’action;Avancement (%);Échéances de réalisation\n"
                + "1;Navigateur — café des parents;0;30/06/2025 : Premier café\n"
                + "1;Navigateur — fiche fautive;0;2025-06-30 sans deux-points\n";
        page.getByLabel("Fichier XLSX ou CSV")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "fiches.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier sans importer"))
                .click();
        assertThat(page.locator("#rapport")).containsText("1 ligne refusée");
        assertThat(page.locator("#rapport")).containsText("n’est pas une échéance lisible");
        assertThat(page.locator("#rapport")).containsText("Prête à importer");
        Browser.checkAccessibility(page, "plan-07-import-report");
    }

    @Test
    void aConcurrentEditIsRefusedWithTheUsersInputKept() {
        String own = fixtures().signedConvention(Fixtures.unique("CTG essai concurrence navigateur"));
        String fiche = "/fiches/"
                + fixtures()
                        .fiche(own, "Fiche concurrente (navigateur)")
                        .get("id")
                        .asString() + "/edit";
        Page first = signIn("caf-nord");
        first.navigate(browser.url(fiche));
        Page second = signIn("armentieres");
        second.navigate(browser.url(fiche));
        second.locator("#targetPublic").fill("Familles et associations armentiéroises");
        second.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Enregistrer").setExact(true))
                .click();
        assertThat(second.locator(".alert-success")).containsText("La fiche action a été enregistrée.");

        first.locator("#objectives").fill("Objectif saisi pendant la modification concurrente");
        first.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Enregistrer").setExact(true))
                .click();
        assertThat(first.locator("#erreurs")).containsText("Quelqu’un d’autre a modifié cet élément");
        assertThat(first.locator("#objectives")).hasValue("Objectif saisi pendant la modification concurrente");
        Browser.checkAccessibility(first, "plan-08-concurrent-edit");
    }
}
