package fr.pilotectg.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a commune declared (its inventory of equipment) is that commune's: out of reach it is not found on every page and
 * API, like any other data; a reader sees it and changes nothing.
 */
@IntegrationTest
class DeclaredInventoryAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theInventoryOfLilleIsNotFoundForLensOnEveryPageAndApi() {
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/equipments/communes/59350/declared")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "caf-pas-de-calais", "demo")
                        .get("/api/v1/equipments/communes/59350/declared")
                        .status())
                .isEqualTo(404);
        PageSession lens = PageSession.signIn(port, "lens", "demo");
        assertThat(lens.get("/equipements/communes/59350").status()).isEqualTo(404);
        assertThat(lens.get("/equipements/communes/59350/inventaire").status()).isEqualTo(404);
    }

    @Test
    void lilleAndItsCafReadTheInventoryAndTheReaderChangesNothing() {
        Api.Response lille = Api.as(port, "lille", "demo").get("/api/v1/equipments/communes/59350/declared");
        assertThat(lille.status()).isEqualTo(200);
        assertThat(lille.json().size()).isPositive();
        assertThat(Api.as(port, "caf-nord", "demo")
                        .get("/api/v1/equipments/communes/59350/declared")
                        .status())
                .isEqualTo(200);
        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        assertThat(reader.get("/equipements/communes/59350").status()).isEqualTo(200);
        assertThat(reader.get("/equipements/communes/59350/inventaire").status())
                .isEqualTo(403);
    }
}
