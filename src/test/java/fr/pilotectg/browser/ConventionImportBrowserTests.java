package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The bulk import of conventions in a real browser (issue 12 point 8): from the portfolio to the import page, the
 * template downloaded, the file checked (the table of what it would create), then imported and the convention opened;
 * a reader sees no link and gets 403; axe on the pages.
 */
@IntegrationTest
class ConventionImportBrowserTests extends BrowserTest {

    @Test
    void aCafAgentDownloadsTheTemplateChecksItAndImportsIt() throws Exception {
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions"));
        page.locator("#importer-conventions").click();
        assertThat(page.locator("h1")).hasText("Importer des conventions");
        Browser.checkAccessibility(page, "import-conventions-01");

        Download download =
                page.waitForDownload(() -> page.locator("#lien-modele").click());
        byte[] template;
        try (InputStream in = download.createReadStream()) {
            template = in.readAllBytes();
        }
        // the template's example, under a title of this test's own
        String title = Fixtures.unique("CTG importée navigateur");
        Path file = Files.createTempFile("ctg-import-", ".xlsx");
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template));
                var out = new ByteArrayOutputStream()) {
            workbook.getSheet("Conventions").getRow(1).getCell(1).setCellValue(title);
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }

        page.locator("#file").setInputFiles(file);
        page.locator("#verifier").click();
        // the check runs in the background: the job's page polls it, then shows its report
        assertThat(page.locator("#essai-ok"))
                .containsText(
                        "1 convention serait créée",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(60_000));
        assertThat(page.locator("#conventions-importees")).containsText(title);
        assertThat(page.locator("#conventions-importees")).containsText("signée");
        Browser.checkAccessibility(page, "import-conventions-02-essai");

        page.locator("#file").setInputFiles(file);
        page.locator("#importer").click();
        assertThat(page.locator("#import-enregistre"))
                .containsText(
                        "1 convention créée",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(60_000));
        Browser.checkAccessibility(page, "import-conventions-03-enregistre");
        page.locator("#conventions-importees a").click();
        assertThat(page.locator("h1")).containsText(title);
        assertThat(page.locator("main")).containsText("Accès aux droits, inclusion numérique et mobilité");
        Files.deleteIfExists(file);
    }

    @Test
    void aReaderSeesNoLinkAndIsRefused() {
        Page page = signIn("lecteur");
        page.navigate(browser.url("/conventions"));
        assertThat(page.locator("#importer-conventions")).hasCount(0);
        var response = page.navigate(browser.url("/conventions/importer"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
    }
}
