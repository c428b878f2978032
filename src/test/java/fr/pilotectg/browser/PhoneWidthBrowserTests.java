package fr.pilotectg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import fr.pilotectg.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 5: the daily pages fit a phone (390 px wide) without scrolling sideways — a table reflows into one
 * block per row, each value under its column's name — and the Lille–Lomme–Hellemmes schéma stays under 3 000 px at
 * 1 280 px (checked in {@link DiagnosticBrowserTests}).
 */
@IntegrationTest
class PhoneWidthBrowserTests extends BrowserTest {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final int PHONE = 390;
    static final String SCROLLING_PARTS = """
            Array.from(document.querySelectorAll('main *'))
              .filter(e => e.scrollWidth > e.clientWidth + 1
                && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + e.scrollWidth + ' px')
              .join(', ')""";

    @Test
    void theDailyPagesOfACafAgentFitAPhoneWithoutScrollingSideways() {
        Page page = signIn("caf-nord");
        page.setViewportSize(PHONE, 844);
        page.navigate(browser.url("/conventions/" + LLH + "/plan"));
        String fiche = page.locator("a[href^='/fiches/']").first().getAttribute("href");
        List<String> tooWide = new ArrayList<>();
        for (String path : List.of(
                "/",
                "/conventions",
                "/conventions/" + LLH,
                "/conventions/" + LLH + "/plan",
                fiche,
                "/conventions/" + LLH + "/schema",
                "/conventions/" + LLH + "/gouvernance",
                "/deliberations")) {
            page.navigate(browser.url(path));
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            if (width > PHONE) tooWide.add(path + " (" + width + " px)");
            // Nor a part of it (a table in its scrolling box) that scrolls sideways.
            Object inner = page.evaluate(SCROLLING_PARTS);
            if (!"".equals(inner)) tooWide.add(path + " (" + inner + ")");
        }
        assertThat(tooWide).as("pages wider than a phone").isEmpty();
        page.navigate(browser.url(fiche));
        Browser.checkAccessibility(page, "phone-01-fiche");
    }
}
