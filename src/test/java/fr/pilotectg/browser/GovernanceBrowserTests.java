package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Governance in a real browser: the LLH page with the COPIL and COTECH seats by institution, the missing November 2022
 * COTECH and the Hellemmes post; recording a meeting and a decision that abandons a fiche, seen in the fiche's history;
 * axe on every page.
 */
@IntegrationTest
class GovernanceBrowserTests extends BrowserTest {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    @Test
    void theLilleCtgShowsItsBodiesSeatsTheMissingNovemberCotechAndTheHellemmesPost() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + LLH + "/gouvernance"));
        assertThat(page.locator("h1")).hasText("Gouvernance");
        assertThat(page.locator("#instance-titre-1"))
                .containsText("Comité de pilotage de la CTG Lille – Lomme – Hellemmes");
        assertThat(page.locator("#instance-1 .seats-table")).containsText("Habitants");
        assertThat(page.locator("#instance-1 .seats-table")).containsText("Le Responsable du Pôle MEL");
        assertThat(page.locator("#instance-1 .seats-table")).containsText("Département");
        assertThat(page.locator("#instance-1 .seats-table")).containsText("État");
        assertThat(page.locator("#instance-2 .seats-table")).containsText("Collectivité");
        assertThat(page.locator("#alertes"))
                .containsText(
                        "Comité technique de la CTG Lille – Lomme – Hellemmes : réunion attendue en novembre 2022 non tenue (au plus tard le 30/11/2022).");
        assertThat(page.locator("#alertes")).not().containsText("réunion attendue en mai 2022");
        assertThat(page.locator("#calendrier tr.slot-HELD").first()).containsText("mai 2022");
        assertThat(page.locator("#calendrier tr.slot-MISSING", new Page.LocatorOptions().setHasText("novembre 2022")))
                .hasCount(1);
        var hellemmes = page.locator("#poste-6c1f0f1e-6000-4c71-8a11-0000000e1005");
        assertThat(hellemmes).containsText("0,50 ETP");
        assertThat(hellemmes).containsText("demande de passage à 0,70 ETP à l’étude");
        assertThat(hellemmes.locator(".post-share")).hasText("50 %");
        assertThat(hellemmes.locator(".post-report")).containsText("Bilan 2024 dû le 31/03/2025");
        assertThat(page.locator("#postes")).containsText("à atteindre au 31/12/2024");
        Browser.checkAccessibility(page, "gouvernance-01-llh");
    }

    @Test
    void aMeetingIsRecordedAndItsDecisionAbandonsAFicheWhoseHistoryNamesTheMeeting() {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + ARMENTIERES + "/gouvernance"));
        assertThat(page.locator("#instance-1")).containsText("Parité");
        assertThat(page.locator("#postes")).containsText("En phase de recrutement");
        Browser.checkAccessibility(page, "gouvernance-02-armentieres");

        // The meeting and its decision go to a convention of the test's own: the demo governance is only read.
        String own = fixtures().signedConvention(Fixtures.unique("CTG essai réunion navigateur"));
        String copil = Fixtures.unique("Comité de pilotage essai");
        fixtures().body(own, "COPIL", copil);
        String title = Fixtures.unique("Fiche navigateur");
        String ficheId = fixtures().fiche(own, title).get("id").asString();
        page.navigate(browser.url("/conventions/" + own + "/gouvernance"));

        page.locator("#nouvelle-reunion").click();
        page.getByLabel("Date").fill("2030-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la réunion"))
                .click();
        assertThat(page.locator("#erreurs"))
                .containsText("La date de la réunion doit être comprise dans la période de la convention");
        Browser.checkAccessibility(page, "gouvernance-03-form-error");

        page.getByLabel("Date").fill("2024-01-16");
        page.getByLabel("Lieu").fill("Hôtel de ville d’Armentières");
        page.getByLabel("Fiches action à l’ordre du jour").selectOption(ficheId);
        page.getByLabel("Participants").fill("Mme Caf ; présente\nM. Adjoint ; représenté ; Mme Élue");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la réunion"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("La réunion a été enregistrée.");
        assertThat(page.locator("h1")).containsText(copil + " du 16/01/2024");
        assertThat(page.locator(".breadcrumb [aria-current='page']")).hasText(copil + " du 16/01/2024");
        assertThat(page.locator("body")).containsText("représenté par Mme Élue");
        Browser.checkAccessibility(page, "gouvernance-04-meeting");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la décision"))
                .click();
        assertThat(page.locator("#refus")).containsText("Rédigez la décision.");
        assertThat(page.locator("#decisions")).containsText("Aucune décision enregistrée.");

        page.getByLabel("Décision", new Page.GetByLabelOptions().setExact(true))
                .fill("Le comité abandonne cette action.");
        page.getByLabel("Fiche action concernée (facultatif)").selectOption(ficheId);
        page.getByLabel("Nouveau statut de la fiche").selectOption("ABANDONED");
        page.getByLabel("Motif (obligatoire pour un abandon)").fill("Reprise par le Département");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la décision"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("La décision a été enregistrée.");
        assertThat(page.locator("#decisions")).containsText("Fiche « " + title + " » : Abandonnée");
        Browser.checkAccessibility(page, "gouvernance-05-decision");

        page.locator("#decisions a").first().click();
        assertThat(page.locator("#statut")).hasText("Abandonnée");
        assertThat(page.locator(".audit-table")).containsText("décidé : " + copil + " du 16/01/2024");
    }

    static final String ARMENTIERES_COPIL = "6c1f0f1e-6000-4c71-8a11-0000000b2001";

    @Test
    void aBodyWithTwoSeatsAndANamedMemberIsCreatedThroughTheFormWithoutJavaScriptRows() {
        String name = "Groupe navigateur " + UUID.randomUUID().toString().substring(0, 8);
        String own = fixtures().signedConvention(Fixtures.unique("CTG essai instance navigateur"));
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + own + "/gouvernance"));
        page.locator("#nouvelle-instance").click();
        assertThat(page.locator("h1")).hasText("Ajouter une instance");
        Browser.checkAccessibility(page, "gouvernance-06-body-form");

        page.getByLabel("Type d’instance").selectOption("GROUPE_TRAVAIL");
        page.getByLabel("Nom de l’instance").fill(name);
        page.getByLabel("Missions").fill("Suivre la fiche petite enfance\nPréparer le COTECH");
        page.getByLabel("Nombre de réunions par an").selectOption("2");
        page.locator("[name='seats[0].institution']").selectOption("CAF");
        page.locator("[name='seats[0].role']").fill("Conseillère territoriale");
        page.locator("[name='seats[0].count']").fill("1");
        page.locator("#ajouter-siege").click();
        assertThat(page.locator("[name='seats[0].role']")).hasValue("Conseillère territoriale");
        page.locator("[name='seats[1].institution']").selectOption("COLLECTIVITE");
        page.locator("[name='seats[1].role']").fill("Élu délégué");
        page.locator("[name='seats[1].count']").fill("-2");
        page.locator("#ajouter-membre").click();
        page.locator("[name='members[0].name']").fill("Mme Navigatrice");
        page.locator("[name='members[0].organisationId']")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’instance"))
                .click();
        assertThat(page.locator("#seats1-count-error")).hasText("Un nombre de sièges ne peut pas être négatif (-2).");
        assertThat(page.locator("[name='members[0].name']")).hasValue("Mme Navigatrice");
        Browser.checkAccessibility(page, "gouvernance-07-body-form-error");

        page.locator("[name='seats[1].count']").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’instance"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("L’instance a été enregistrée.");
        var article = page.locator("#instances article", new Page.LocatorOptions().setHasText(name));
        assertThat(article.locator(".seats-table tbody tr")).hasCount(2);
        assertThat(article.locator(".seats-table")).containsText("Conseillère territoriale");
        assertThat(article.locator(".seats-table")).containsText("Élu délégué");
        assertThat(article).containsText("2 fois par an");
        assertThat(article).containsText("Mme Navigatrice");
        Browser.checkAccessibility(page, "gouvernance-08-body-created");

        article.locator("a.body-edit").click();
        assertThat(page.locator("[name='seats[1].role']")).hasValue("Élu délégué");
        page.locator("#siege-0 button[name='_remove']").click();
        assertThat(page.locator("[name='seats[0].role']")).hasValue("Élu délégué");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’instance"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("L’instance a été enregistrée.");
        assertThat(page.locator("#instances article", new Page.LocatorOptions().setHasText(name))
                        .locator(".seats-table tbody tr"))
                .hasCount(1);
    }

    @Test
    void aPostsEtpIsEditedAndOneAndAHalfForOnePersonIsRefusedNextToTheField() {
        Api caf = Api.as(port, "caf-nord", "demo");
        String own = fixtures().signedConvention(Fixtures.unique("CTG essai poste navigateur"));
        String theme = "Jeunesse " + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = caf.post(
                "/api/v1/conventions/" + own + "/governance/posts",
                "{\"role\":\"CHARGE_COOPERATION\",\"theme\":\"%s\",\"etp\":0.5,\"person\":\"Mme Coopération\"}"
                        .formatted(theme));
        org.junit.jupiter.api.Assertions.assertEquals(201, created.status(), created.body());
        String postId = created.json().get("id").asString();

        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + own + "/gouvernance"));
        page.locator("#poste-" + postId + " a.post-edit").click();
        assertThat(page.locator("h1")).hasText("Modifier le poste");
        assertThat(page.getByLabel("ETP", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("0,5");
        Browser.checkAccessibility(page, "gouvernance-09-post-form");

        page.getByLabel("ETP", new Page.GetByLabelOptions().setExact(true)).fill("1,5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le poste"))
                .click();
        assertThat(page.locator("#etp-error"))
                .hasText("Une seule personne (Mme Coopération) ne peut pas occuper plus d’1 ETP (1,5).");
        assertThat(page.getByLabel("ETP", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("1,5");
        Browser.checkAccessibility(page, "gouvernance-10-post-form-error");

        page.getByLabel("ETP", new Page.GetByLabelOptions().setExact(true)).fill("0,8");
        page.getByLabel("Part cofinancée par la Caf (%)").fill("40");
        page.getByLabel("Situation du poste").selectOption("RECRUITING");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le poste"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Le poste a été enregistré.");
        var row = page.locator("#poste-" + postId);
        assertThat(row.locator(".post-etp")).hasText("0,80 ETP");
        assertThat(row.locator(".post-share")).hasText("40 %");
        assertThat(row).containsText("En phase de recrutement");
        Browser.checkAccessibility(page, "gouvernance-11-post-saved");

        row.locator("a.post-edit").click();
        int version = caf.get("/api/v1/conventions/" + own + "/governance/posts/" + postId)
                .json()
                .get("version")
                .asInt();
        Api.Response meanwhile = caf.put(
                "/api/v1/conventions/" + own + "/governance/posts/" + postId,
                "{\"version\":%d,\"role\":\"CHARGE_COOPERATION\",\"theme\":\"%s\",\"etp\":0.6,\"person\":\"Mme Coopération\"}"
                        .formatted(version, theme));
        org.junit.jupiter.api.Assertions.assertEquals(200, meanwhile.status(), meanwhile.body());
        page.getByLabel("ETP", new Page.GetByLabelOptions().setExact(true)).fill("0,9");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le poste"))
                .click();
        assertThat(page.locator("#erreurs")).containsText("Quelqu’un d’autre a modifié cet élément");
        assertThat(page.getByLabel("ETP", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("0,9");
    }

    @Test
    void aRecordedMeetingIsEditedFromItsPage() {
        Api caf = Api.as(port, "caf-nord", "demo");
        String own = fixtures().signedConvention(Fixtures.unique("CTG essai réunion modifiée"));
        String copil = fixtures().body(own, "COPIL", Fixtures.unique("Comité de pilotage essai"));
        Api.Response created = caf.post(
                "/api/v1/conventions/" + own + "/governance/meetings",
                "{\"bodyId\":\"%s\",\"date\":\"2023-03-14\",\"place\":\"Salle A\",\"attendance\":[{\"name\":\"Mme Caf\",\"status\":\"PRESENT\"}]}"
                        .formatted(copil));
        org.junit.jupiter.api.Assertions.assertEquals(201, created.status(), created.body());
        String meetingId = created.json().get("id").asString();

        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + own + "/gouvernance/reunions/" + meetingId));
        page.locator("#modifier-reunion").click();
        assertThat(page.locator("h1")).hasText("Modifier la réunion");
        assertThat(page.getByLabel("Lieu")).hasValue("Salle A");
        assertThat(page.getByLabel("Participants")).hasValue("Mme Caf ; présent");
        Browser.checkAccessibility(page, "gouvernance-12-meeting-edit");

        page.getByLabel("Lieu").fill("Salle B");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la réunion"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("La réunion a été enregistrée.");
        assertThat(page.locator("main")).containsText("Lieu : Salle B");
        assertThat(page.locator("main")).containsText("Mme Caf");
    }
}
