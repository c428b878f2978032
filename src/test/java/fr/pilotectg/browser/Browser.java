package fr.pilotectg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright (no browser download: see PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD in the pom), with an
 * axe-core check of every page a test visits: any violation of serious or critical impact fails the test.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String base;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        this.playwright = Playwright.create();
        this.browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    Page open(int width, int height) {
        BrowserContext context = browser.newContext(
                new NewContextOptions().setViewportSize(width, height).setLocale("fr-FR"));
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        return page;
    }

    String url(String path) {
        return base + path;
    }

    /** Runs axe-core on the page and fails on any serious or critical violation; keeps a screenshot. */
    static void checkAccessibility(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(name + ".png"))
                    .setFullPage(true));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(blocking)
                .as("accessibility violations on %s (%s):%n%s", name, page.url(), describe(blocking))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " — "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .limit(5)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
