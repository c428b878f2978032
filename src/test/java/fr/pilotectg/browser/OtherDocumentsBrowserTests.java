package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 7: the « Autres documents » section of a convention's « Documents » page lists what can be produced
 * from its data (the COPIL file, the action plan, the draft deliberations, the minutes), a reader downloads the 2022
 * annual review of Lille – Lomme – Hellemmes as a PDF, and a convention with no data says so in one French sentence.
 */
@IntegrationTest
class OtherDocumentsBrowserTests extends BrowserTest {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";

    @Test
    void aReaderDownloadsTheCopilFileFromTheDocumentsPage() {
        Page page = signIn("lecteur");
        page.navigate(browser.url("/conventions/" + LLH + "/documents"));
        var section = page.locator("#autres-documents");
        assertThat(page.locator("#autres-documents-titre")).hasText("Autres documents");
        assertThat(section).containsText("Revue annuelle 2022");
        assertThat(section).containsText("Bilan final");
        assertThat(section).containsText("Plan d’actions");
        assertThat(section).containsText("Projet de délibération — Ville de Lille (conseil municipal)");
        Browser.checkAccessibility(page, "other-documents-01-lille");

        var download = page.waitForDownload(
                () -> section.getByLabel("PDF — Revue annuelle 2022").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .startsWith("revue-annuelle-2022-")
                .endsWith(".pdf");
    }

    @Test
    void aConventionWithoutDataSaysThereIsNothingToProduceYet() {
        String id = fixtures().signedConvention(Fixtures.unique("CTG sans autres documents"));
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + id + "/documents"));
        var section = page.locator("#autres-documents");
        assertThat(section).isVisible();
        assertThat(section).not().containsText("Revue annuelle");
        assertThat(section).not().containsText("Plan d’actions");
        Browser.checkAccessibility(page, "other-documents-02-empty");
    }
}
