package fr.pilotectg.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every code and label the module can show has its French text, and the texts survive MessageFormat. */
class DeliberationMessagesTests {

    private static final Properties messages = new Properties();

    @BeforeAll
    static void load() throws IOException {
        try (var in = DeliberationMessagesTests.class.getResourceAsStream("/messages/deliberation.properties")) {
            assertThat(in).as("messages/deliberation.properties").isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyFindingHasAMessage() {
        for (FindingCode code : FindingCode.values()) {
            assertThat(messages.getProperty(Finding.of(code).messageKey()))
                    .as(code.name())
                    .isNotBlank();
        }
    }

    @Test
    void everyRefusalHasAMessage() throws IllegalAccessException {
        for (Field field : ErrorCodes.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) continue;
            String code = (String) field.get(null);
            if (code.equals(ErrorCodes.REQUIRED)) continue; // in messages/platform.properties
            assertThat(messages.getProperty("error." + code)).as(code).isNotBlank();
        }
    }

    @Test
    void everyLabelHasAText() {
        Arrays.stream(CouncilBody.values()).forEach(v -> assertLabel("deliberation.body." + v));
        Arrays.stream(ActeNature.values()).forEach(v -> assertLabel("deliberation.nature." + v));
        Arrays.stream(Severity.values()).forEach(v -> assertLabel("deliberation.severity." + v));
        Arrays.stream(AttendanceStatus.values()).forEach(v -> assertLabel("deliberation.attendance." + v));
        Arrays.stream(Vote.Outcome.values()).forEach(v -> assertLabel("deliberation.vote.outcome." + v));
        int[] lastLevel2 = {0, 7, 3, 6, 5, 8, 5, 10, 9, 4};
        for (int level1 = 1; level1 <= 9; level1++) {
            assertLabel("deliberation.matiere." + level1);
            for (int level2 = 1; level2 <= lastLevel2[level1]; level2++) {
                assertLabel(new ActesMatiere(level1, level2).messageKey());
            }
        }
    }

    @Test
    void noPlainApostropheForMessageFormatToSwallow() {
        messages.forEach(
                (key, text) -> assertThat((String) text).as((String) key).doesNotContain("'"));
    }

    @Test
    void theBrunetWarningReadsWell() {
        var finding = Finding.of(FindingCode.MEMBER_PRESENT_AND_REPRESENTED, "Philémon BRUNET", "Arnaud MARIE");
        String text = new MessageFormat(messages.getProperty(finding.messageKey()), Locale.FRANCE)
                .format(finding.args().toArray());

        assertThat(text)
                .isEqualTo("Philémon BRUNET figure à la fois parmi les présents et parmi les représentés "
                        + "(pouvoir donné à Arnaud MARIE) ; compté comme représenté.");
    }

    private static void assertLabel(String key) {
        assertThat(messages.getProperty(key)).as(key).isNotBlank();
    }
}
