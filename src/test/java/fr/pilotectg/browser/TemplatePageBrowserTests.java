package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.documents.TemplateUploadIntegrationTests;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a Caf's Word template managed from a page — the version in force and its download, a file that is no Word
 * document refused whole with the template kept, a new wording kept as the Caf's next version and listed; a reader
 * gets no such page. The administrator works on a Caf id of the test's own (no demo Caf changes).
 */
@IntegrationTest
class TemplatePageBrowserTests extends BrowserTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void anAdministratorReplacesACafsTemplateFromItsPage() throws Exception {
        UUID caf = UUID.randomUUID();
        Page page = signIn("admin");
        page.navigate(browser.url("/documents/modele?caf=" + caf));
        assertThat(page.locator("#version-en-vigueur")).containsText("Modèle fourni avec Pilote CTG");
        assertThat(page.locator("main")).containsText("Aucune version déposée");
        Browser.checkAccessibility(page, "template-01-shipped");

        page.getByLabel("Modèle Word (.docx)")
                .setInputFiles(new FilePayload(
                        "pas-word.docx", DOCX, "ceci n’est pas un document Word".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déposer le modèle"))
                .click();
        assertThat(page.locator("#refus")).containsText("n’est pas un document Word (.docx) lisible");
        assertThat(page.locator("#version-en-vigueur")).containsText("Modèle fourni avec Pilote CTG");

        page.getByLabel("Modèle Word (.docx)")
                .setInputFiles(new FilePayload(
                        "modele-caf-essai.docx",
                        DOCX,
                        TemplateUploadIntegrationTests.withDuration(
                                "Rédaction de la Caf : la convention court du {{startText}} au {{endText}}.")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déposer le modèle"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("la version caf-1 s’applique aux prochains documents");
        assertThat(page.locator("#version-en-vigueur")).containsText("Version caf-1, déposée par la Caf.");
        assertThat(page.locator("#versions-table")).containsText("modele-caf-essai.docx");
        assertThat(page.locator("#versions-table")).containsText("en vigueur");
        Browser.checkAccessibility(page, "template-02-uploaded");
    }

    @Test
    void aCafAgentSeesItsOwnCafsTemplateAndAReaderNone() {
        Page agent = signIn("caf-nord");
        agent.navigate(browser.url("/documents/modele"));
        assertThat(agent.locator("#en-vigueur")).containsText("allocations familiales du Nord");
        assertThat(agent.locator("#telecharger-modele")).isVisible();

        Page reader = signIn("lecteur");
        var response = reader.navigate(browser.url("/documents/modele"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
    }
}
