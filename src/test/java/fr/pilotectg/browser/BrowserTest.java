package fr.pilotectg.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every browser test class shares: the whole application on the demo data (read, never changed: a test that
 * changes something builds its own with {@link #fixtures()}), one Chromium for the class, and
 * signing in as a demo user. Subclasses keep {@link IntegrationTest} so that they share one Spring context.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The application's clock: a test that depends on the date sets it (it is put back after every test). */
    @Autowired
    MutableClock clock;

    /** Data of the test's own, built through the API: browser tests read the demo data but never change it. */
    Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    Browser browser;

    @BeforeAll
    void startBrowser() {
        Assertions.assertTrue(Browser.available(), "Chromium is required: apt-get install chromium (see .ci/run)");
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    /** A new page of {@code width} × {@code height}, signed in as the demo user {@code username} (password "demo"). */
    Page signIn(String username, int width, int height) {
        Page page = browser.open(width, height);
        page.navigate(browser.url("/login"));
        page.getByLabel("Identifiant").fill(username);
        page.getByLabel("Mot de passe").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        page.waitForURL(browser.url("/"));
        return page;
    }

    Page signIn(String username) {
        return signIn(username, 1280, 1000);
    }

    /** The accessible name, matched exactly. */
    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
