package fr.pilotectg.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import fr.pilotectg.platform.PageSession.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages of the organisation entry (issue 12, point 8): the pickers' suggestions, the prefilled form of a Caf agent
 * (codes and names accepted), the creation refused off its territory with nothing saved, and the new Caf page.
 */
@IntegrationTest
class OrganisationEntryPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePickersSuggestByNameWithoutAccentsAndRefuseATextTooLong() {
        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        Page communes = reader.get("/pickers/communes?q=armenti");
        assertThat(communes.status()).isEqualTo(200);
        assertThat(communes.body()).contains("role=\"option\"", "data-value=\"59017\"", "Armentières (59017)");
        assertThat(reader.get("/pickers/communes?q=").body()).doesNotContain("role=\"option\"");
        assertThat(reader.get("/pickers/epcis?q=solesmois").body())
                .contains("CC du Pays Solesmois (245901038)", "15 communes");
        assertThat(reader.get("/pickers/organisations?q=lille").body()).contains("Ville de Lille");
        assertThat(reader.get("/pickers/organisations?q=armentieres").body()).doesNotContain("Ville d'Armentières");
        assertThat(reader.get("/pickers/communes?q=" + "x".repeat(81)).status()).isEqualTo(400);
    }

    @Test
    void aCafAgentGetsAPrefilledFormFromANameOrACodeAndCreatesOnItsTerritoryOnly() {
        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        Page byName = caf.get("/organisations/new?commune=Vendegies-sur-%C3%89caillon");
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.body()).contains("value=\"Commune de Vendegies-sur-", "value=\"59608\"");
        Page byPicked = caf.get("/organisations/new?commune=Le+Cateau-Cambr%C3%A9sis+%2859136%29");
        assertThat(byPicked.body()).contains("value=\"Commune du Cateau-Cambr", "value=\"59136\"");

        Page outside = caf.post(
                "/organisations/new",
                Map.of("kind", "COMMUNE", "name", "Commune de Liévin", "siren", "", "communes", "62510", "epcis", ""));
        // Out of its territory a creation is not found, like reading (ADR 0003), with the French reason.
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.body()).contains("n’est pas sur le territoire de votre Caf");
        assertThat(count("Commune de Liévin")).isZero();

        Page created = caf.post(
                "/organisations/new",
                Map.of(
                        "kind", "COMMUNE",
                        "name", "Commune du Cateau-Cambrésis",
                        "siren", "",
                        "communes", "59136",
                        "epcis", ""));
        assertThat(created.status()).isEqualTo(302);
        assertThat(count("Commune du Cateau-Cambrésis")).isEqualTo(1);

        assertThat(PageSession.signIn(port, "lens", "demo")
                        .get("/organisations/new")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anAdministratorOpensACafAndItsAgentFromOnePage() {
        PageSession admin = PageSession.signIn(port, "admin", "demo");
        assertThat(admin.get("/admin/cafs/new").status()).isEqualTo(200);
        Page refused = admin.post(
                "/admin/cafs/new",
                Map.of(
                        "name", "Caf du Cantal",
                        "departements", "15",
                        "agentUsername", "admin",
                        "agentDisplayName", "Agent du Cantal"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("L’identifiant « admin » est déjà utilisé.");
        assertThat(count("Caf du Cantal")).isZero();

        Page opened = admin.post(
                "/admin/cafs/new",
                Map.of(
                        "name", "Caf du Cantal",
                        "departements", "15",
                        "agentUsername", "agent-cantal",
                        "agentDisplayName", "Agent du Cantal"));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("Caf « Caf du Cantal » ouverte avec son premier agent.", "agent-cantal");
        assertThat(count("Caf du Cantal")).isEqualTo(1);
        assertThat(PageSession.signIn(port, "caf-nord", "demo")
                        .get("/admin/cafs/new")
                        .status())
                .isEqualTo(403);
    }

    private long count(String name) {
        return jdbc.sql("SELECT count(*) FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
