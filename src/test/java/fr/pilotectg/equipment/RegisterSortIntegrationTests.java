package fr.pilotectg.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: the register sorted on a column in SQL (a whitelist: anything else is the register's order), the page size
 * chosen among 25, 50 and 100, the total shown, and links that keep the filters once. On entries of the test's own,
 * found by a word of their names.
 */
@IntegrationTest
class RegisterSortIntegrationTests {

    private static final Pattern NAME = Pattern.compile("<td><a href=\"/equipements/[^\"]+\">([^<]+)</a>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRegisterIsSortedAndCountedInSqlWithLinksThatNeverRepeatAParameter() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String word = "tri" + UUID.randomUUID().toString().substring(0, 8);
        fixtures.equipment("Mu " + word, Fixtures.FREE_COMMUNE, 30);
        fixtures.equipment("Alpha " + word, Fixtures.FREE_COMMUNE, 12);
        fixtures.equipment("Zêta " + word, Fixtures.FREE_COMMUNE, 20);

        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        String base = "/equipements?q=" + word;
        String byName = caf.get(base + "&sort=name").body();
        assertThat(names(byName)).containsExactly("Alpha " + word, "Mu " + word, "Zêta " + word);
        assertThat(byName).contains("3 équipements au total");
        assertThat(names(caf.get(base + "&sort=name&dir=desc").body()))
                .containsExactly("Zêta " + word, "Mu " + word, "Alpha " + word);
        assertThat(names(caf.get(base + "&sort=capacity&dir=desc").body()))
                .containsExactly("Mu " + word, "Zêta " + word, "Alpha " + word);
        PageSession.Page odd = caf.get(base + "&sort=name%20desc%3B&size=7");
        assertThat(odd.status()).isEqualTo(200);
        assertThat(odd.body()).contains("<strong aria-current=\"true\">50</strong>");

        String sized = caf.get(base + "&type=EAJE_MULTI_ACCUEIL&sort=name&size=25")
                .body()
                .replace("&amp;", "&");
        assertThat(sized).contains("<strong aria-current=\"true\">25</strong>");
        // The type links of the totals set the type once, the sort links keep the size and the filters once.
        Matcher typeLink = Pattern.compile("href=\"(/equipements\\?[^\"]*type=EAJE_MULTI_ACCUEIL[^\"]*)\"")
                .matcher(sized);
        while (typeLink.find()) assertThat(typeLink.group(1).split("type=", -1)).hasSize(2);
        assertThat(sized)
                .contains("href=\"/equipements?type=EAJE_MULTI_ACCUEIL&q=" + word + "&sort=name&dir=desc&size=25\"");
    }

    private static List<String> names(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(html);
        while (m.find()) names.add(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)));
        return names;
    }
}
