package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.PiloteCtgApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database of `run` keeps its data across restarts, and production mode creates a first administrator. */
class RestartPersistenceTests {

    @TempDir
    Path workDir;

    @Test
    void aUserCreatedBeforeARestartIsStillThereAfterIt() throws Exception {
        Path dataDir = workDir.resolve("postgres");
        String username = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        try (ConfigurableApplicationContext first = start(dataDir)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            // Production mode, first start: one administrator, who must change the printed one-time password.
            assertThat(jdbc.sql(
                                    "SELECT count(*) FROM directory.user_account WHERE username = 'admin' AND must_change_password")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            String organisation = jdbc.sql(
                            "SELECT organisation_id FROM directory.user_account WHERE username = 'admin'")
                    .query(String.class)
                    .single();
            jdbc.sql("""
                    INSERT INTO directory.user_account (id, username, display_name, password_hash, organisation_id, role, created_at)
                    VALUES (:id, :username, 'Avant redémarrage', '{noop}x', CAST(:org AS uuid), 'READER', now())""")
                    .param("id", UUID.randomUUID())
                    .param("username", username)
                    .param("org", organisation)
                    .update();
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();
        try (ConfigurableApplicationContext second = start(dataDir)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT display_name FROM directory.user_account WHERE username = :u")
                            .param("u", username)
                            .query(String.class)
                            .single())
                    .isEqualTo("Avant redémarrage");
            assertThat(jdbc.sql("SELECT count(*) FROM directory.user_account WHERE username = 'admin'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments, because application.yaml would override default properties.
        return new SpringApplicationBuilder(PiloteCtgApplication.class)
                .run(
                        "--server.port=0",
                        "--pilote.embedded-db.persistent=true",
                        "--pilote.embedded-db.data-directory=" + dataDir,
                        "--pilote.demo.enabled=false",
                        "--logging.level.root=WARN");
    }
}
