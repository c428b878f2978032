package fr.pilotectg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: the home page says what needs the user, and a history reads in plain French. Screenshots are kept under
 * {@code target/screenshots} (home-caf-nord, besoin-terminee-sans-suivante, historique-representant).
 */
class HomeAndHistoryBrowserTests extends BrowserTest {

    /** A code name followed by « : » (« organisationId : »), as a history must never show. */
    static final Pattern CODE_NAME = Pattern.compile("\\b[a-z]+[A-Z][a-zA-Z]* :");

    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Test
    void theCafDuNordAgentSeesLilleLommeHellemmesAsEndedWithoutSuccessor() {
        Page page = signIn("caf-nord");
        Locator group = page.locator(".need-group[data-need='terminee-sans-suivante']");
        assertThat(group.locator("h3").innerText()).startsWith("Terminée sans suivante");
        int total = Integer.parseInt(group.locator("h3 .badge").innerText().strip());
        assertThat(total).isPositive();
        Browser.checkAccessibility(page, "home-caf-nord");

        // « Voir tout » opens the portfolio filtered on that act; the convention is found there whatever else is
        // listed.
        group.getByText("Voir tout").click();
        page.waitForURL(Pattern.compile(".*besoin=terminee-sans-suivante.*"));
        assertThat(page.locator("#besoin").inputValue()).isEqualTo("terminee-sans-suivante");
        page.navigate(browser.url("/conventions?besoin=terminee-sans-suivante&q=Hellemmes"));
        assertThat(page.locator("main table").innerText()).contains("Hellemmes");
        Browser.checkAccessibility(page, "besoin-terminee-sans-suivante");
        // A convention in force is not listed as ended without successor.
        page.navigate(browser.url("/conventions?besoin=terminee-sans-suivante&q=Armenti%C3%A8res"));
        assertThat(page.locator("main").innerText()).doesNotContain("CTG Armentières 2023");
    }

    @Test
    void theHistoryOfAChangedRepresentativeReadsInFrenchWithTheOldAndNewRole() {
        Fixtures fixtures = fixtures();
        Api caf = fixtures.caf();
        String title = Fixtures.unique("CTG représentants");
        JsonNode draft = fixtures.draft(title, "2027-01-01", "2030-12-31");
        String id = draft.get("id").asString();
        // The mayor of Armentières becomes a deputy (same title), and the Département must now deliberate.
        String changed = fixtures.terms(title, "2027-01-01", "2030-12-31")
                .replace(
                        "{\"name\":\"Bernard HAESEBROECK\",\"role\":\"MAYOR\",\"title\":\"Maire\"}",
                        "{\"name\":\"Bernard HAESEBROECK\",\"role\":\"VICE_PRESIDENT\",\"title\":\"Maire\"}")
                .replace("\"needsCouncilDeliberation\":false", "\"needsCouncilDeliberation\":true");
        Api.Response revised = caf.put(
                "/api/v1/conventions/" + id + "/terms",
                "{\"version\":%d,\"terms\":%s}".formatted(draft.get("version").asInt(), changed));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);

        Page page = signIn("caf-nord");
        page.navigate(browser.url("/conventions/" + id));
        Locator history = page.locator("section:has(#historique) table, #historique ~ div table")
                .first();
        String text = history.innerText();
        String revision = history.locator(
                        "tbody tr", new Locator.LocatorOptions().setHasText("Vice-président(e) ou adjoint(e)"))
                .first()
                .innerText();
        assertThat(revision)
                .contains("Signataires")
                .contains("Bernard HAESEBROECK, Maire (Maire)")
                .contains("Bernard HAESEBROECK, Maire (Vice-président(e) ou adjoint(e))")
                .contains("délibération requise");
        // Only the parties that changed are shown: the Caf's line is the same before and after.
        assertThat(revision).doesNotContain("Véronique DELCOURT");
        assertThat(CODE_NAME.matcher(text).find()).as(text).isFalse();
        assertThat(ISO_DATE.matcher(text).find()).as(text).isFalse();
        Browser.checkAccessibility(page, "historique-representant");

        // The convention's journal: filtered on it, with its total, each row linked to the convention's page.
        page.getByText("Toutes les modifications de la convention").click();
        page.waitForURL(Pattern.compile(".*/audit\\?convention=" + id));
        assertThat(page.locator(".journal-total").innerText()).matches("\\d+ modifications?");
        assertThat(page.locator("main").innerText()).contains("Convention : " + title);
        assertThat(page.locator("main table a[href='/conventions/" + id + "']").count())
                .isPositive();
        String journal = page.locator("main table").innerText();
        assertThat(CODE_NAME.matcher(journal).find()).as(journal).isFalse();
        assertThat(ISO_DATE.matcher(journal).find()).as(journal).isFalse();
        Browser.checkAccessibility(page, "journal-convention");
    }
}
