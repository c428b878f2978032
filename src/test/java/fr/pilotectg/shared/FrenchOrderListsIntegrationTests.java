package fr.pilotectg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Lists of the API, the pages and the exports come in French order (ADR 0016). */
@IntegrationTest
public class FrenchOrderListsIntegrationTests {

    /** Names that differ only by accents, hyphens, spaces, apostrophes, capitals and numbers, in French order. */
    public static final List<String> IN_FRENCH_ORDER = List.of(
            "Ebblinghem",
            "Ébblinghem",
            "Écaillon",
            "Eccles",
            "Etaples",
            "État",
            "Éterpigny",
            "L'Abergement",
            "Labergement",
            "Lille 2",
            "Lille 10",
            "Oeuilly",
            "Œuilly",
            "Saint Amand",
            "saint-amand",
            "Saint-Amand-les-Eaux",
            "Sainte-Marie-Kerque",
            "ZUTKERQUE",
            "Zuydcoote");

    /** The communes of the CA Cœur d'Ostrevent (COG 2026), where Écaillon falls among the E, not after Warlaing. */
    static final String COEUR_D_OSTREVENT = "245901152";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMembersOfAnEpciComeInFrenchOrderInTheApiAndOnItsPage() {
        Api.Response epci = Api.as(port, "caf-nord", "demo").get("/api/v1/epcis/" + COEUR_D_OSTREVENT);
        assertThat(epci.status()).as(epci.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        epci.json().get("memberCommunes").forEach(c -> codes.add(c.asString()));
        List<String> names = codes.stream().map(this::communeName).toList();

        assertThat(names)
                .startsWith("Aniche", "Auberchicourt", "Bruille-lez-Marchiennes", "Écaillon", "Erre", "Fenain")
                .endsWith("Wandignies-Hamage", "Warlaing")
                .isSortedAccordingTo(FrenchOrder.NAMES);

        String page = PageSession.signIn(port, "caf-nord", "demo")
                .get("/epcis/" + COEUR_D_OSTREVENT)
                .body();
        assertThat(page.indexOf("Bruille-lez-Marchiennes")).isPositive().isLessThan(page.indexOf("Écaillon"));
        assertThat(page.indexOf("Écaillon")).isLessThan(page.indexOf("Erre"));
    }

    @Test
    void organisationsComeInFrenchOrderInTheApiAndOnTheDirectoryPage() {
        String tag = Fixtures.unique("Tri").replace(" ", "");
        List<String> names = Arrays.asList(
                "Zuydcoote",
                "Lille 10",
                "saint-amand",
                "Éterpigny",
                "Oeuilly",
                "L'Abergement",
                "ZUTKERQUE",
                "Eccles",
                "Ébblinghem",
                "Saint-Amand-les-Eaux",
                "État",
                "Labergement",
                "Œuilly",
                "Lille 2",
                "Etaples",
                "Écaillon",
                "Saint Amand",
                "Ebblinghem",
                "Sainte-Marie-Kerque");
        Api admin = Api.as(port, "admin", "demo");
        for (String name : names) {
            Api.Response created =
                    admin.post("/api/v1/organisations", "{\"kind\":\"OTHER\",\"name\":\"%s %s\"}".formatted(tag, name));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }

        Api.Response list = admin.get("/api/v1/organisations?size=50&q=" + tag);
        assertThat(list.status()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        list.json().get("content").forEach(o -> listed.add(o.get("name").asString()));
        assertThat(listed)
                .containsExactly(
                        IN_FRENCH_ORDER.stream().map(n -> tag + " " + n).toArray(String[]::new))
                .isSortedAccordingTo(FrenchOrder.NAMES);

        String page = PageSession.signIn(port, "admin", "demo")
                .get("/organisations?q=" + tag)
                .body();
        List<Integer> positions = Stream.of(
                        "Écaillon", "Eccles", "État", "Lille 2", "Lille 10", "Saint Amand", "Zuydcoote")
                .map(n -> page.indexOf(tag + " " + n))
                .toList();
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void theRegisterAndItsExportListEntriesInFrenchOrder() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String tag = Fixtures.unique("Tri").replace(" ", "");
        List<String> expected = List.of(
                "Écaillon",
                "Eccles",
                "État",
                "Éterpigny",
                "Lille 2",
                "Lille 10",
                "Œuilly",
                "Saint-Amand-les-Eaux",
                "Sainte-Marie-Kerque",
                "ZUTKERQUE",
                "Zuydcoote");
        List<String> shuffled = new ArrayList<>(expected);
        java.util.Collections.reverse(shuffled);
        for (String name : shuffled) fixtures.equipment(tag + " " + name, Fixtures.FREE_COMMUNE, 10);
        List<String> tagged = expected.stream().map(n -> tag + " " + n).toList();

        Api.Response list =
                fixtures.caf().get("/api/v1/equipments?size=50&communes=" + Fixtures.FREE_COMMUNE + "&q=" + tag);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        list.json()
                .get("content")
                .forEach((JsonNode e) -> listed.add(e.get("name").asString()));
        assertThat(listed).containsExactlyElementsOf(tagged);

        Api.Response csv = fixtures.caf()
                .get("/api/v1/equipments/export?format=csv&communes=" + Fixtures.FREE_COMMUNE + "&q=" + tag);
        assertThat(csv.status()).isEqualTo(200);
        List<String> exported = csv.body()
                .lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(";")[1])
                .map(name -> name.replace("\"", ""))
                .toList();
        assertThat(exported).containsExactlyElementsOf(tagged);
    }

    private String communeName(String code) {
        return jdbc.sql("SELECT name FROM territory.commune WHERE code = :code AND kind = 'COMMUNE'")
                .param("code", code)
                .query(String.class)
                .single();
    }
}
