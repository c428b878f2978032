package fr.pilotectg.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.directory.domain.ApiTokenService;
import fr.pilotectg.directory.domain.UserAccountRepository;
import fr.pilotectg.platform.PiloteUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApiTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIsShownOnceStoredHashedUsableAndRevocable() {
        PiloteUser lille = users.findPrincipal("lille").orElseThrow();
        var created = tokens.create(lille, "Export mensuel", null);
        String secret = created.secret();
        assertThat(secret).startsWith("pct_").hasSizeGreaterThan(40);
        String stored = jdbc.sql("SELECT token_hash FROM directory.api_token WHERE id = :id")
                .param("id", created.token().id())
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(secret.substring(4)).hasSize(64);

        Api.Response me = Api.withToken(port, secret).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("lille");
        assertThat(tokens.tokensOf(lille))
                .anySatisfy(t -> assertThat(t.lastUsedAt()).isNotNull());

        tokens.revoke(lille, created.token().id());
        Api.Response revoked = Api.withToken(port, secret).get("/api/v1/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aForgedTokenIsRefused() {
        assertThat(Api.withToken(port, "pct_forged").get("/api/v1/me").status()).isEqualTo(401);
    }
}
