package fr.pilotectg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.shared.FrenchOrder;
import fr.pilotectg.shared.FrenchOrderListsIntegrationTests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, done-when (e): a list is sorted by French collation, seen in a browser — names that differ only by
 * accents, hyphens, spaces, apostrophes and capitals, and numbers, come in the order a French reader expects (« Écaillon »
 * among the E, not after « Zuydcoote »; « Lille 2 » before « Lille 10 »; the unaccented and lower-case form first).
 */
@IntegrationTest
class FrenchOrderBrowserTests extends BrowserTest {

    @Test
    void theDirectoryListsOrganisationsInFrenchOrder() {
        String tag = Fixtures.unique("Tri").replace(" ", "");
        List<String> expected = FrenchOrderListsIntegrationTests.IN_FRENCH_ORDER;
        Api admin = Api.as(port, "admin", "demo");
        for (int i = expected.size() - 1; i >= 0; i--) {
            Api.Response created = admin.post(
                    "/api/v1/organisations", "{\"kind\":\"OTHER\",\"name\":\"%s %s\"}".formatted(tag, expected.get(i)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }

        Page page = signIn("admin");
        page.navigate(browser.url("/organisations?q=" + tag));
        List<String> shown = page.locator("main table tbody tr td:first-child a").allInnerTexts().stream()
                .map(name -> name.strip().substring(tag.length() + 1))
                .toList();
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(shown.stream().map(n -> tag + " " + n).toList()).isSortedAccordingTo(FrenchOrder.NAMES);
        Browser.checkAccessibility(page, "french-order-01-directory");
    }
}
