package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.pilotectg.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 8: on a convention's « Documents » page, asking for a draft answers at once; the generation shows its
 * progress (the list polls while it runs) and, once done, its DOCX and PDF download from the page; the page is
 * accessible throughout.
 */
@IntegrationTest
class DocumentJobsBrowserTests extends BrowserTest {

    @Test
    void aDraftIsAskedForFollowedAndDownloaded() throws Exception {
        String id = fixtures()
                .draft(fr.pilotectg.Fixtures.unique("CTG documents navigateur"), "2024-01-01", "2027-12-31")
                .get("id")
                .asString();
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + id + "/documents"));
        assertThat(page.locator("#travaux")).hasCount(0);
        page.locator("#generer-brouillon").click();

        assertThat(page.locator(".alert-success")).containsText("Génération demandée");
        var job = page.locator("#travaux-liste li").first();
        assertThat(job).containsText("Brouillon de travail");
        assertThat(job).containsText("par caf-nord");
        Browser.checkAccessibility(page, "document-jobs-01-requested");

        // the list polls while the job runs, and shows the links once it is done, without reloading the page
        assertThat(job)
                .hasAttribute("data-state", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
        assertThat(job).containsText("Terminée");
        assertThat(page.locator("#travaux-liste")).not().hasAttribute("hx-trigger", "every 1s");
        Browser.checkAccessibility(page, "document-jobs-02-done");

        Download download = page.waitForDownload(() -> job.locator(".lien-pdf").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .startsWith("convention-")
                .endsWith("-draft.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        // the documents list shows it too after a reload, with the comparison link
        page.reload();
        assertThat(page.locator("#documents table")).containsText("Brouillon de travail");
        page.locator("#documents table a", new Page.LocatorOptions().setHasText("avec la version précédente"))
                .first()
                .click();
        assertThat(page.locator("#resume-comparaison")).containsText("Aucune version n’a été générée avant celle-ci");
        assertThat(page.locator("#sections")).containsText("Article 11 – Durée de la convention");
        Browser.checkAccessibility(page, "document-jobs-03-compare");
    }
}
