package fr.pilotectg.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import fr.pilotectg.platform.PageSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The reference territory pages: French numbers, the QPVs of communes associées, French "not found". */
@IntegrationTest
class TerritoryPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aCommuneAndItsEpciReadTheFrenchWay() {
        PageSession agent = PageSession.signIn(port, "lens", "demo");
        Page search = agent.get("/communes?q=armentieres");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).contains("Armentières").contains("26\u00a0998");

        Page commune = agent.get("/communes/59017");
        assertThat(commune.status()).isEqualTo(200);
        assertThat(commune.body())
                .contains("26\u00a0998")
                .contains("Attargette - Chanzy")
                .contains("Bizet - Briqueterie");

        String epci = Api.as(port, "lens", "demo")
                .get("/api/v1/communes/59017")
                .json()
                .at("/commune/epciSiren")
                .asString();
        Page members = agent.get("/epcis/" + epci);
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.body()).contains("Métropole Européenne de Lille").contains("Armentières");
    }

    @Test
    void aCommuneAssocieeShowsTheQpvsOfItsParentOnThePageAndInTheApi() {
        JsonNode lomme =
                Api.as(port, "lens", "demo").get("/api/v1/communes/59355").json();
        JsonNode lille =
                Api.as(port, "lens", "demo").get("/api/v1/communes/59350").json();
        assertThat(lomme.get("qpvsOfParentCommune").asBoolean()).isTrue();
        assertThat(lille.get("qpvsOfParentCommune").asBoolean()).isFalse();
        assertThat(lomme.get("qpvs").findValuesAsString("code"))
                .isNotEmpty()
                .isEqualTo(lille.get("qpvs").findValuesAsString("code"));
        assertThat(lomme.get("commune").has("qpvCommuneCode"))
                .as("a helper, not a field of the API")
                .isFalse();

        Page page = PageSession.signIn(port, "lens", "demo").get("/communes/59355");
        assertThat(page.body())
                .contains(lille.get("qpvs")
                        .get(0)
                        .get("name")
                        .asString()
                        .replace("&", "&amp;")
                        .replace("'", "&#39;"));
    }

    @Test
    void anUnknownCommuneIsAFrenchNotFoundPage() {
        Page unknown = PageSession.signIn(port, "lens", "demo").get("/communes/99999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page introuvable").contains("Aucune commune ne porte le code INSEE");
    }
}
