package fr.pilotectg.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error code, unit, direction and trend of the module has its French text in messages/evaluation.properties. */
class EvaluationMessagesTests {

    private static final Properties MESSAGES = new Properties();

    @BeforeAll
    static void load() throws IOException {
        try (var reader = new InputStreamReader(
                EvaluationMessagesTests.class.getResourceAsStream("/messages/evaluation.properties"),
                StandardCharsets.UTF_8)) {
            MESSAGES.load(reader);
        }
    }

    @Test
    void everyCodeAndLabelHasAFrenchText() {
        EvaluationErrors.ALL.forEach(code ->
                assertThat(MESSAGES.getProperty("error." + code)).as(code).isNotBlank());
        for (IndicatorUnit unit : IndicatorUnit.values()) {
            assertThat(MESSAGES.getProperty(unit.messageKey())).as(unit.name()).isNotNull();
            assertThat(MESSAGES.getProperty("evaluation.unitName." + unit.name()))
                    .as(unit.name())
                    .isNotBlank();
        }
        for (Direction d : Direction.values())
            assertThat(MESSAGES.getProperty(d.messageKey())).isNotBlank();
        for (Trend t : Trend.values())
            assertThat(MESSAGES.getProperty(t.messageKey())).isNotBlank();
        assertThat(MESSAGES.values())
                .allSatisfy(text -> assertThat(text.toString()).doesNotContain("'"));
    }
}
