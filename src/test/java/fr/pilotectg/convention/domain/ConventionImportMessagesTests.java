package fr.pilotectg.convention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every code of the bulk import has its French text in messages/convention-import.properties, with real plurals. */
class ConventionImportMessagesTests {

    private static final Properties MESSAGES = new Properties();

    @BeforeAll
    static void load() throws IOException {
        try (Reader reader = new InputStreamReader(
                ConventionImportMessagesTests.class.getResourceAsStream("/messages/convention-import.properties"),
                StandardCharsets.UTF_8)) {
            MESSAGES.load(reader);
        }
    }

    private static String format(String key, Object... args) {
        return new MessageFormat(MESSAGES.getProperty(key), Locale.FRANCE).format(args);
    }

    @Test
    void everyCodeHasAMessageAndEveryMessageACode() {
        assertThat(ConventionImportErrors.ALL).doesNotHaveDuplicates();
        assertThat(ConventionImportErrors.ALL)
                .allSatisfy(code -> assertThat(MESSAGES).containsKey("error." + code));
        assertThat(MESSAGES.stringPropertyNames().stream().filter(k -> k.startsWith("error.")))
                .allSatisfy(key -> assertThat(ConventionImportErrors.ALL).contains(key.substring("error.".length())));
    }

    @Test
    void countsAgreeWithTheirNumber() {
        assertThat(format("conventionImport.committed", 1)).startsWith("Import enregistré : 1 convention créée,");
        assertThat(format("conventionImport.committed", 200)).startsWith("Import enregistré : 200 conventions créées,");
        assertThat(format("conventionImport.dryRunOk", 1)).contains("1 convention serait créée");
        assertThat(format("conventionImport.dryRunOk", 2)).contains("2 conventions seraient créées");
        assertThat(format("conventionImport.errors", 1)).isEqualTo("1 problème trouvé : rien n’est enregistré.");
        assertThat(format("conventionImport.errors", 12)).startsWith("12 problèmes trouvés");
        assertThat(format("error.CONVENTION_IMPORT_TOO_MANY_CONVENTIONS", 251, 250))
                .startsWith("Le fichier contient 251 conventions : c’est plus que les 250");
    }
}
