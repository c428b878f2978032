package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import fr.pilotectg.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's restore drill ({@code scripts/restore-drill.sh}) run for real: the test application's database is dumped,
 * restored beside it, and a second Pilote CTG started on the copy must show the same conventions.
 */
@IntegrationTest
class RestoreDrillTests {

    @Autowired
    EmbeddedPostgres database;

    @Test
    void the_drill_dumps_restores_starts_the_application_on_the_copy_and_finds_the_same_conventions() throws Exception {
        assumeThat(onPath("pg_dump") && onPath("pg_restore") && onPath("psql") && onPath("curl"))
                .as("the PostgreSQL client tools (.ci/run installs postgresql-client)")
                .isTrue();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder drill = new ProcessBuilder("bash", "scripts/restore-drill.sh")
                .redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("restore-drill", ".log").toFile());
        drill.environment().put("SOURCE_URL", "postgresql://postgres@localhost:" + database.getPort() + "/postgres");
        drill.environment().put("DRILL_DATABASE", "restore_drill_test");
        drill.environment().put("DRILL_USER", "admin");
        drill.environment().put("DRILL_PASSWORD", "demo");
        drill.environment().put("DRILL_PORT", String.valueOf(freePort()));
        drill.environment()
                .put(
                        "PILOTE_START",
                        java + " -Xmx512m -cp " + applicationClassPath()
                                + " fr.pilotectg.PiloteCtgApplication --logging.level.root=WARN");

        Process process = drill.start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) process.destroyForcibly();
        String log = Files.readString(drill.redirectOutput().file().toPath(), StandardCharsets.UTF_8);

        assertThat(ended).as(log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("RESTORE DRILL PASSED");
        assertThat(log).doesNotContain(" 0 conventions");
    }

    /** The application as packaged: the test classes (and their test configurations) stay out. */
    private static String applicationClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static boolean onPath(String command) throws IOException, InterruptedException {
        return new ProcessBuilder("bash", "-c", "command -v " + command).start().waitFor() == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
