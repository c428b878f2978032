package fr.pilotectg.convention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.convention.ConventionStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every code, status and reference value the module shows has its French text in messages/convention.properties. */
class ConventionMessagesTests {

    private static final Properties MESSAGES = new Properties();

    @BeforeAll
    static void load() throws IOException {
        try (Reader reader = new InputStreamReader(
                ConventionMessagesTests.class.getResourceAsStream("/messages/convention.properties"),
                StandardCharsets.UTF_8)) {
            MESSAGES.load(reader);
        }
    }

    @Test
    void everyErrorCodeHasAMessage() {
        assertThat(ConventionErrors.ALL).doesNotHaveDuplicates();
        assertThat(ConventionErrors.ALL).allSatisfy(code -> assertThat(MESSAGES).containsKey("error." + code));
        assertThat(ConventionErrorCodes.ALL)
                .allSatisfy(code -> assertThat(MESSAGES).containsKey("error." + code));
        assertThat(MESSAGES.stringPropertyNames().stream().filter(k -> k.startsWith("error.")))
                .allSatisfy(key -> assertThat(java.util.stream.Stream.concat(
                                ConventionErrors.ALL.stream(), ConventionErrorCodes.ALL.stream()))
                        .contains(key.substring("error.".length())));
    }

    @Test
    void everyEnumValueHasALabel() {
        for (ConventionStatus s : ConventionStatus.values())
            assertThat(MESSAGES).containsKey(s.messageKey());
        for (PartyKind k : PartyKind.values()) assertThat(MESSAGES).containsKey(k.messageKey());
        for (RepresentativeRole r : RepresentativeRole.values())
            assertThat(MESSAGES).containsKey(r.messageKey());
        for (TerminationKind k : TerminationKind.values()) assertThat(MESSAGES).containsKey(k.messageKey());
        for (PredecessorKind k : PredecessorKind.values()) assertThat(MESSAGES).containsKey(k.messageKey());
        for (TermsPart p : TermsPart.values()) assertThat(MESSAGES).containsKey(p.messageKey());
        assertThat(MESSAGES.getProperty("convention.status.TERMINATED")).isEqualTo("Résiliée");
    }

    @Test
    void theDaysBeforeAnEndWithoutSuccessorAreCountedInFrench() {
        MessageFormat format =
                new MessageFormat(MESSAGES.getProperty("convention.alert.ENDING_WITHOUT_SUCCESSOR"), Locale.FRANCE);
        assertThat(format.format(new Object[] {"31/12/2026", 0L})).contains("(aujourd’hui)");
        assertThat(format.format(new Object[] {"31/12/2026", 1L})).contains("(demain)");
        assertThat(format.format(new Object[] {"31/12/2026", 199L}))
                .isEqualTo("Échéance le 31/12/2026 (dans 199 jours) sans convention suivante en préparation.");
    }

    @Test
    void messagesWithArgumentsSurviveMessageFormat() {
        String text = new MessageFormat(MESSAGES.getProperty("error.CONVENTION_DELIBERATION_MISSING"), Locale.FRANCE)
                .format(new Object[] {"Commune associée de Lomme"});
        assertThat(text)
                .isEqualTo(
                        "Signature impossible : la délibération autorisant la signature manque pour Commune associée de Lomme.");
        assertThat(MESSAGES.stringPropertyNames())
                .allSatisfy(key -> assertThat(MESSAGES.getProperty(key)).as(key).doesNotContain("'"));
    }
}
