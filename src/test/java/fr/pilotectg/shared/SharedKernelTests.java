package fr.pilotectg.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel's text, number and version helpers every module relies on. */
class SharedKernelTests {

    @Test
    void foldingIgnoresCaseAccentsAndSeparatorsOnBothPaths() {
        assertThat(SearchText.fold("Armentières")).isEqualTo("armentieres");
        assertThat(SearchText.fold("ARMENTIERES")).isEqualTo("armentieres");
        assertThat(SearchText.fold("Villeneuve-d'Ascq")).isEqualTo("villeneuve d ascq");
        assertThat(SearchText.fold("Les P’tits Minouches")).isEqualTo("les p tits minouches");
        assertThat(SearchText.fold("Œuvre")).isEqualTo("oeuvre");
        assertThat(SearchText.fold("  RUE  d'Eylau ")).isEqualTo("rue d eylau");
        assertThat(SearchText.fold("Lille_Sud/./x")).isEqualTo("lille sud x");
        assertThat(SearchText.fold("ALSH\tPéri")).isEqualTo("alsh peri");
        assertThat(SearchText.fold("a--b")).isEqualTo("a b");
        assertThat(SearchText.fold("")).isEmpty();
        assertThat(SearchText.fold(null)).isEmpty();
        // The ASCII loop and the Unicode path agree: the same text with and without one accented letter.
        for (String text : List.of("Multi-accueil Marie-Curie", "42 rue Ter rue Paul Lafargue", "A--B_C./d")) {
            assertThat(SearchText.fold(text + "é")).as(text).isEqualTo(SearchText.fold(text) + "e");
        }
        assertThat(SearchText.collapseSpaces("  a \t b\u00a0 c ")).isEqualTo("a b c");
    }

    @Test
    void frenchNumbersReadAsTypedAndWriteAsRead() {
        assertThat(FrenchNumbers.parse("24 882")).contains(new BigDecimal("24882"));
        assertThat(FrenchNumbers.parse("68,4")).contains(new BigDecimal("68.4"));
        assertThat(FrenchNumbers.parse("1\u202f250,50")).contains(new BigDecimal("1250.50"));
        assertThat(FrenchNumbers.parse("-0.5")).contains(new BigDecimal("-0.5"));
        assertThat(FrenchNumbers.parse("douze")).isEmpty();
        assertThat(FrenchNumbers.parse("  ")).isEmpty();
        assertThat(FrenchNumbers.format(new BigDecimal("24882"))).isEqualTo("24\u00a0882");
        assertThat(FrenchNumbers.format(new BigDecimal("68.449"), 1)).isEqualTo("68,4");
        assertThat(FrenchNumbers.format(null)).isEqualTo("—");
        assertThat(FrenchNumbers.plain(new BigDecimal("0.50"))).isEqualTo("0,5");
    }

    @Test
    void aChangeWithoutItsVersionIsRefusedOnTheVersionField() {
        assertThat(RequiredVersion.of(3)).isEqualTo(3);
        assertThatThrownBy(() -> RequiredVersion.of(null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fields())
                                .extracting(FieldProblem::field)
                                .containsExactly("version"));
    }

    @Test
    void codesTypedInOneFieldAreSplitUpperCasedInOrderWithoutRepeats() {
        assertThat(Codes.split(" 59350, 59355;59298\t2a004 59350 "))
                .containsExactly("59350", "59355", "59298", "2A004");
        assertThat(Codes.split("  ")).isEmpty();
        assertThat(Codes.split(null)).isEmpty();
    }
}
