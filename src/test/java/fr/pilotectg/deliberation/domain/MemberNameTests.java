package fr.pilotectg.deliberation.domain;

import static fr.pilotectg.deliberation.domain.TestDeliberations.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberNameTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "M. ROBERT,                  Sylvain ROBERT",
        "M. LOURDEL,                 Jordan LOURDEL",
        "Mme LAGNIEZ,                Madame Sandrine LAGNIEZ",
        "Philémon BRUNET,            Philemon Brunet",
        "Philémon BRUNET,            PHILÉMON BRUNET",
        "J. DUPONT,                  Jean DUPONT",
        "Catherine DE PARIS,         Catherine de PARIS",
        "Catherine DE PARIS,         Mme DE PARIS",
        "Ibtissam MARZAK-AFFAOUI,    Ibtissam MARZAK AFFAOUI",
        "Monsieur Bernard HAESBROECK, Bernard HAESBROECK",
    })
    void recognisesTheSameMember(String a, String b) {
        assertThat(MemberName.of(a).sameMemberAs(MemberName.of(b))).isTrue();
        assertThat(MemberName.of(b).sameMemberAs(MemberName.of(a))).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
        "M. LOURDEL,           Mme LOURDELLE",
        "Jean DUPONT,          Marie DUPONT",
        "J. DUPONT,            Marie DUPONT",
        "Martine DUBREU,       Martine COBBAERT",
        "Bernard HAESBROECK,   Bernard HAESEBROECK",
    })
    void tellsDifferentMembersApart(String a, String b) {
        assertThat(MemberName.of(a).sameMemberAs(MemberName.of(b))).isFalse();
    }

    @Test
    void keepsThePrintedFormWithTidySpaces() {
        assertThat(MemberName.of("  M.   ROBERT ").printed()).isEqualTo("M. ROBERT");
        assertThat(MemberName.of("Ibtissam MARZAK-AFFAOUI").surnameKey()).isEqualTo("marzak affaoui");
        assertThat(MemberName.of("Mme MEPHU NGUIFO").surnameKey()).isEqualTo("mephu nguifo");
    }

    @Test
    void refusesABlankOrOverlongName() {
        var blank = refusalOf(() -> MemberName.of(" "));
        var overlong = refusalOf(() -> MemberName.of("X".repeat(151)));

        assertThat(blank.fields()).containsExactly(FieldProblem.of("name", "REQUIRED"));
        assertThat(overlong.fields()).containsExactly(FieldProblem.of("name", "DELIBERATION_TEXT_TOO_LONG", 150));
    }
}
