package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages offer what the user may do and nothing else (issue 16, point 6): a reader sees no creation, import or
 * edit button on any page of any module, and the server refuses the creation and import pages anyway; no page links to
 * an organisation the user cannot open; the API documentation and tokens are offered to the roles that use them.
 */
@IntegrationTest
class RoleAwarePagesIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final Pattern ORGANISATION_LINK = Pattern.compile("href=\"(/organisations/[0-9a-f-]{36})\"");
    static final Pattern DELIBERATION_LINK = Pattern.compile("href=\"(/deliberations/[0-9a-f-]{36})\"");
    static final Pattern EQUIPMENT_LINK = Pattern.compile("href=\"(/equipements/[0-9a-f-]{36})\"");

    /** What a page offers to create, import or change, by its label. */
    static final List<String> CREATION_LABELS = List.of(
            "Nouvelle convention",
            "Enregistrer une convention déjà signée",
            "Préparer un avenant",
            "Nouvel équipement",
            "Importer",
            "Enregistrer une délibération",
            "Nouvelle fiche action",
            "Nouvel axe",
            "Prévoir une action",
            "Ajouter une instance",
            "Enregistrer une réunion",
            "Ajouter un poste",
            "Nouvel indicateur",
            ">Modifier<",
            "Corriger");

    @LocalServerPort
    int port;

    @Test
    void aReaderSeesNoCreationButtonAndIsRefusedTheCreationPages() {
        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        SoftAssertions softly = new SoftAssertions();
        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/conventions",
                "/conventions/" + LLH,
                "/conventions/" + LLH + "/plan",
                "/conventions/" + LLH + "/diagnostic",
                "/conventions/" + LLH + "/schema",
                "/conventions/" + LLH + "/gouvernance",
                "/conventions/" + LLH + "/evaluation",
                "/deliberations",
                "/equipements",
                "/organisations"));
        pages.addAll(firstLinks(reader, "/deliberations", DELIBERATION_LINK, 2));
        pages.addAll(firstLinks(reader, "/equipements", EQUIPMENT_LINK, 2));
        pages.addAll(firstLinks(reader, "/organisations", ORGANISATION_LINK, 2));
        for (String path : pages) {
            PageSession.Page page = reader.get(path);
            softly.assertThat(page.status()).as("reader reads " + path).isEqualTo(200);
            for (String label : CREATION_LABELS)
                softly.assertThat(page.body())
                        .as("reader's " + path + " offers " + label)
                        .doesNotContain(label);
            softly.assertThat(page.body())
                    .as("reader's " + path + " links to a creation page")
                    .doesNotContainPattern("href=\"[^\"]*/(new|nouveau|nouvelle|imports?|enregistrer)(\\?[^\"]*)?\"");
        }

        for (String path : List.of(
                "/conventions/new",
                "/conventions/enregistrer",
                "/conventions/" + LLH + "/avenants/new",
                "/equipements/new",
                "/equipements/imports",
                "/deliberations/new",
                "/conventions/" + LLH + "/plan/fiches/new",
                "/conventions/" + LLH + "/plan/import",
                "/conventions/" + LLH + "/diagnostic/import",
                "/conventions/" + LLH + "/schema/new",
                "/conventions/" + LLH + "/gouvernance/instances/nouvelle",
                "/conventions/" + LLH + "/gouvernance/postes/nouveau",
                "/conventions/" + LLH + "/evaluation/indicateurs/nouveau")) {
            softly.assertThat(reader.get(path).status())
                    .as("reader GET " + path)
                    .isEqualTo(403);
        }
        reader.get("/equipements");
        for (String path :
                List.of("/conventions/new", "/conventions/enregistrer", "/equipements/new", "/deliberations/new")) {
            softly.assertThat(reader.post(path, Map.of("title", "Essai")).status())
                    .as("reader POST " + path)
                    .isEqualTo(403);
        }
        softly.assertAll();
    }

    @Test
    void aReaderAndAPartnerAreNotOfferedTheApiButAgentsAre() {
        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        for (String path : List.of("/", "/conventions", "/account")) {
            String body = reader.get(path).body();
            assertThat(body).as("reader " + path).doesNotContain("/account/tokens", "/swagger-ui");
        }
        PageSession agent = PageSession.signIn(port, "lille", "demo");
        assertThat(agent.get("/conventions").body()).contains("/account/tokens", "/swagger-ui");
    }

    @Test
    void aLilleAgentsPagesLinkToNoOrganisationOutOfReach() {
        PageSession lille = PageSession.signIn(port, "lille", "demo");
        Set<String> organisations = new LinkedHashSet<>();
        for (String path : List.of(
                "/",
                "/conventions",
                "/conventions/" + LLH,
                "/conventions/" + LLH + "/plan",
                "/conventions/" + LLH + "/gouvernance",
                "/conventions/" + LLH + "/evaluation",
                "/deliberations",
                "/equipements",
                "/organisations")) {
            PageSession.Page page = lille.get(path);
            assertThat(page.status()).as("lille reads " + path).isEqualTo(200);
            Matcher m = ORGANISATION_LINK.matcher(page.body());
            while (m.find()) organisations.add(m.group(1));
        }
        assertThat(organisations).as("the pages link to organisations").isNotEmpty();
        for (String organisation : organisations)
            assertThat(lille.get(organisation).status())
                    .as("lille opens " + organisation)
                    .isEqualTo(200);
    }

    private static List<String> firstLinks(PageSession session, String page, Pattern link, int count) {
        Matcher m = link.matcher(session.get(page).body());
        Set<String> found = new LinkedHashSet<>();
        while (m.find() && found.size() < count) found.add(m.group(1));
        return List.copyOf(found);
    }
}
