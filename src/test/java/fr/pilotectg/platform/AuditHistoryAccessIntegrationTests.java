package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An entity's history page follows the entity's access rule: out of reach (or unknown) is « introuvable », not an empty page. */
@IntegrationTest
class AuditHistoryAccessIntegrationTests {

    private static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHistoryOfAnObjectOutOfReachIsNotFound() {
        UUID lille = jdbc.sql("SELECT id FROM directory.organisation WHERE name = 'Ville de Lille'")
                .query(UUID.class)
                .single();
        PageSession lens = PageSession.signIn(port, "lens", "demo");
        assertThat(lens.get("/audit/organisation/" + lille).status()).isEqualTo(404);
        assertThat(lens.get("/audit/convention/" + ARMENTIERES).status()).isEqualTo(404);
        assertThat(lens.get("/audit/convention/" + UUID.randomUUID()).status()).isEqualTo(404);

        PageSession armentieres = PageSession.signIn(port, "armentieres", "demo");
        PageSession.Page own = armentieres.get("/audit/convention/" + ARMENTIERES);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Historique");
    }
}
