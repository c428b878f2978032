package fr.pilotectg.deliberation.domain;

import static fr.pilotectg.deliberation.domain.TestDeliberations.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActesMatiereTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"09.01, 9.1", "9.1, 9.1", "7.10, 7.10", "07.10, 7.10", "1.7, 1.7", "8.9, 8.9", "' 5.8 ', 5.8"})
    void readsPrintedNomenclatures(String printed, String code) {
        assertThat(ActesMatiere.parse(printed).code()).isEqualTo(code);
    }

    @Test
    void theLensNomenclatureIsAutresDomainesDesCommunes() {
        var matiere = ActesMatiere.parse("09.01");

        assertThat(matiere.level1()).isEqualTo(9);
        assertThat(matiere.level2()).isEqualTo(1);
        assertThat(matiere.messageKey()).isEqualTo("deliberation.matiere.9.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.8", "2.4", "7.11", "9.5", "0.1", "9.0"})
    void refusesCodesOutsideTheNomenclature(String code) {
        var refusal = refusalOf(() -> ActesMatiere.parse(code));

        assertThat(refusal.code()).isEqualTo("ACTES_MATIERE_UNKNOWN");
        assertThat(refusal.fields()).containsExactly(FieldProblem.of("matiere", "ACTES_MATIERE_UNKNOWN", code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9", "9-1", "10.1", "9.100", "PETITE ENFANCE/ENFANCE/JEUNESSE"})
    void refusesWhatIsNotACode(String text) {
        var refusal = refusalOf(() -> ActesMatiere.parse(text));

        assertThat(refusal.code()).isEqualTo("ACTES_MATIERE_MALFORMED");
        assertThat(refusal.args()).containsExactly(text);
    }
}
