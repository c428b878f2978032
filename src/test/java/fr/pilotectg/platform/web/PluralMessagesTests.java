package fr.pilotectg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.mock.env.MockEnvironment;

/** Counts read as French does (« 1 fiche », « 2 fiches », « 0 fiche »), never « fiche(s) » (issue 16, point 7). */
class PluralMessagesTests {

    static final Path MESSAGES = Path.of("src/main/resources/messages");

    final MessageSource messages = new MessagesConfiguration()
            .messageSource(new MockEnvironment().withProperty("spring.messages.basename", basenames()));

    @Test
    void aCountOfOneIsSingularAndACountOfTwoPlural() {
        assertThat(text("actionplan.count.total", 1, 9)).isEqualTo("1 fiche affichée sur 9");
        assertThat(text("actionplan.count.total", 2, 9)).isEqualTo("2 fiches affichées sur 9");
        assertThat(text("actionplan.count.total", 0, 9)).isEqualTo("0 fiche affichée sur 9");
        assertThat(text("pagination.summary", 1, 1, 1)).isEqualTo("Page 1 sur 1 — 1 résultat");
        assertThat(text("pagination.summary", 1, 3, 1234))
                .startsWith("Page 1 sur 3 — 1")
                .endsWith("234 résultats");
        assertThat(text("governance.body.parityOk", 1))
                .isEqualTo("Parité respectée (1 siège délibératif de chaque côté).");
        assertThat(text("governance.body.parityOk", 2))
                .isEqualTo("Parité respectée (2 sièges délibératifs de chaque côté).");
        assertThat(text("convention.finding.DELIBERATIONS_UNDATED", 0, 2))
                .startsWith("0 délibération datée sur 2 citées");
    }

    @Test
    void noMessageWritesAPluralInParentheses() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.toList())
                assertThat(Files.readString(file, StandardCharsets.UTF_8))
                        .as(file.toString())
                        .doesNotContain("(s)");
        }
    }

    @Test
    void everyCountedMessageFormatsForZeroOneAndTwo() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.toList()) {
                var properties = new java.util.Properties();
                try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    if (!properties.getProperty(key).contains(",choice,")) continue;
                    for (int n = 0; n <= 2; n++) {
                        String text = text(key, n, n, n, n, n, n);
                        assertThat(text).as(key + " for " + n).doesNotContain("{", "#");
                    }
                }
            }
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }

    private static String basenames() {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            List<String> names = files.map(
                            f -> "messages/" + f.getFileName().toString().replace(".properties", ""))
                    .toList();
            return String.join(",", names);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
