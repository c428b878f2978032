package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in user's session lives in PostgreSQL, not in one JVM's memory: another instance reading the same database
 * serves them, and removing the stored row signs them out.
 */
@IntegrationTest
class SessionStoreIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_session_of_a_signed_in_user_is_a_row_in_the_database_and_nothing_else() {
        PageSession session = PageSession.signIn(port, "lecteur", "demo");
        assertThat(session.get("/account").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.spring_session WHERE principal_name = 'lecteur'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.spring_session_attributes a
                        JOIN platform.spring_session s ON s.primary_id = a.session_primary_id
                        WHERE s.principal_name = 'lecteur' AND a.attribute_name = 'SPRING_SECURITY_CONTEXT'
                        """).query(Long.class).single()).isPositive();

        jdbc.sql("DELETE FROM platform.spring_session WHERE principal_name = 'lecteur'")
                .update();

        PageSession.Page after = session.get("/account");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/login");
    }
}
