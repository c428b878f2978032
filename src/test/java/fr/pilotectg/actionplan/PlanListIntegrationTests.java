package fr.pilotectg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: the plan's table sorted, filtered and paged in SQL, on a convention of the test's own: French order of
 * titles both ways, progress, a status filter with its total, a title filter, a page size outside the choices read as
 * 25, a sort name outside the whitelist read as the plan's order, links that never repeat a parameter.
 */
@IntegrationTest
class PlanListIntegrationTests {

    private static final Pattern ROW =
            Pattern.compile("<tr class=\"plan-list-row\">.*?<a href=\"/fiches/[^\"]+\">([^<]+)</a>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePlanTableIsSortedFilteredAndCountedInSql() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        Api caf = fixtures.caf();
        String convention = fixtures.signedConvention(Fixtures.unique("CTG liste triée"));
        String axis = fixtures.axis(convention, "Axe de la liste");
        fiche(caf, convention, axis, "Été des familles", 70);
        var beta = fiche(caf, convention, axis, "Bêta parentalité", 20);
        fiche(caf, convention, axis, "alpha jeunesse", 45);
        fixtures.ficheStatus(beta, "PRESENTED");

        PageSession session = PageSession.signIn(port, "caf-nord", "demo");
        String base = "/conventions/" + convention + "/plan/liste";

        String byTitle = session.get(base + "?sort=title").body();
        assertThat(titles(byTitle)).containsExactly("alpha jeunesse", "Bêta parentalité", "Été des familles");
        assertThat(byTitle).contains("3 fiches correspondent ; affichées : 1 à 3.");
        assertThat(titles(session.get(base + "?sort=title&dir=desc").body()))
                .containsExactly("Été des familles", "Bêta parentalité", "alpha jeunesse");
        assertThat(titles(session.get(base + "?sort=progress").body()))
                .containsExactly("Bêta parentalité", "alpha jeunesse", "Été des familles");
        assertThat(titles(session.get(base + "?sort=number").body()))
                .containsExactly("Été des familles", "Bêta parentalité", "alpha jeunesse");
        assertThat(titles(session.get(base + "?sort=status&dir=desc").body()).get(0))
                .isEqualTo("Bêta parentalité");

        String presented = session.get(base + "?status=PRESENTED&sort=title").body();
        assertThat(titles(presented)).containsExactly("Bêta parentalité");
        assertThat(presented).contains("1 fiche correspond ; affichées : 1 à 1.");
        // The sort links keep the filter once and the page size out when it is the default.
        Matcher link = Pattern.compile("href=\"([^\"]*sort=progress[^\"]*)\"").matcher(presented);
        assertThat(link.find()).isTrue();
        String href = link.group(1).replace("&amp;", "&");
        assertThat(href).isEqualTo(base + "?status=PRESENTED&sort=progress&dir=asc");

        assertThat(titles(session.get(base + "?q=LPH").body())).containsExactly("alpha jeunesse");
        assertThat(session.get(base + "?q=%25").body()).contains("Aucune fiche ne correspond.");

        PageSession.Page odd = session.get(base + "?sort=title%3B%20DROP%20TABLE%20x&size=7");
        assertThat(odd.status()).isEqualTo(200);
        assertThat(titles(odd.body())).containsExactly("Été des familles", "Bêta parentalité", "alpha jeunesse");
        assertThat(odd.body()).contains("<option value=\"25\" selected=\"selected\">25</option>");
    }

    @Test
    void someoneOutOfReachIsNotFound() {
        String convention = Fixtures.of(port, jdbc).signedConvention(Fixtures.unique("CTG liste hors de portée"));
        assertThat(PageSession.signIn(port, "lens", "demo")
                        .get("/conventions/" + convention + "/plan/liste")
                        .status())
                .isEqualTo(404);
    }

    private static tools.jackson.databind.JsonNode fiche(
            Api caf, String convention, String axis, String title, int progress) {
        Api.Response created =
                caf.post("/api/v1/conventions/" + convention + "/plan/fiches", """
                {"axisId":"%s","title":"%s","progress":%d}""".formatted(axis, title, progress));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static List<String> titles(String html) {
        List<String> titles = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) titles.add(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)));
        return titles;
    }
}
