package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.pilotectg.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 point 4, done when: the register map of Lille–Lomme–Hellemmes, reached from its convention, places its 262
 * entries (at their commune's centroid, spread, marked « position approximative », since no geocoding service is
 * reachable in the tests), with a legend per type whose counts add up; hidden with a sentence when nothing can be placed.
 */
@IntegrationTest
class RegisterMapBrowserTests extends BrowserTest {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";

    @Test
    void theRegisterMapOfLilleLommeHellemmesPlacesIts262Entries() {
        Page page = signIn("caf-nord", 1280, 1000);
        page.navigate(browser.url("/conventions/" + LLH));
        page.locator("#lien-annexe-1").click();
        page.waitForURL("**/equipements?communes=**");
        Locator map = page.locator("#carte");
        page.locator("#carte.map-ready").waitFor();

        assertThat(map.getAttribute("data-total")).isEqualTo("262");
        assertThat(map.getAttribute("data-placed")).isEqualTo("262");
        assertThat(map.getAttribute("data-points")).isEqualTo("262");
        assertThat(map.getAttribute("data-not-shown")).isEqualTo("0");
        // No service reachable here: every entry stands at its commune's centroid (Lomme and Hellemmes at Lille's).
        assertThat(map.getAttribute("data-approximate")).isEqualTo("262");
        assertThat(page.locator("#carte .leaflet-marker-icon")).hasCount(262);
        assertThat(page.locator("#carte .leaflet-marker-icon[data-approximate=true]"))
                .hasCount(262);
        // Spread around the centroid: (nearly) every symbol has a place of its own on the screen.
        Object distinct =
                page.evaluate("() => new Set(Array.from(document.querySelectorAll('#carte .leaflet-marker-icon'))"
                        + ".map(e => e.style.transform)).size");
        assertThat(((Number) distinct).intValue()).isGreaterThan(250);
        assertThat(Integer.parseInt(map.getAttribute("data-qpvs"))).isGreaterThan(0);
        assertThat(page.locator("#carte .map-label-territory")).containsText("Lille");
        assertThat(page.locator("#carte .map-label-background").first()).isAttached();

        // The legend: an HTML list, one item per type with its count, in French; the counts add up to 262.
        Locator items = page.locator("#carte-legende-types li");
        assertThat(items.first()).isVisible();
        List<?> counts = (List<?>) items.evaluateAll("els => els.map(e => e.getAttribute('data-count'))");
        assertThat(counts.stream()
                        .mapToInt(c -> Integer.parseInt(String.valueOf(c)))
                        .sum())
                .isEqualTo(262);
        assertThat(page.locator("#carte-legende-types li[data-type=EAJE_MULTI_ACCUEIL]"))
                .containsText("EAJE multi-accueil : ");
        assertThat(page.locator("#carte-legende-types")).containsText("à position approximative");
        assertThat(page.locator("#carte-legende-types")).not().containsText("(s)");
        assertThat(page.locator("#carte-legende-signes")).containsText("Position approximative");
        assertThat(page.locator("#carte-statut"))
                .hasText("262 équipements placés sur la carte, dont 262 à position approximative.");

        page.locator("#carte .leaflet-marker-icon").first().dispatchEvent("click");
        assertThat(page.locator("#carte .leaflet-popup-content"))
                .containsText("Position approximative : centre de la commune");
        assertThat(page.locator("#carte .leaflet-popup-content a")).hasText("Voir la fiche");
        map.screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", "register-map-01-llh-map.png")));
        Browser.checkAccessibility(page, "register-map-01-llh");

        page.locator("#carte .leaflet-popup-content a").click();
        page.waitForURL("**/equipements/*");
        assertThat(page.locator("#position-carte")).hasText("Position approximative : centre de la commune");
    }

    @Test
    void theMapIsHiddenWithASentenceWhenNothingCanBePlaced() {
        Page page = signIn("caf-nord", 1280, 1000);
        page.navigate(browser.url("/equipements?communes=59350&q=aucun-equipement-de-ce-nom"));
        assertThat(page.locator("#carte")).hasCount(0);
        assertThat(page.locator("#carte-masquee"))
                .hasText("La carte est masquée : la sélection ne contient aucun équipement.");
        assertThat(page.locator("#carte-masquee")).isVisible();
        Browser.checkAccessibility(page, "register-map-02-hidden");
    }
}
