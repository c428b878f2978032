package fr.pilotectg.deliberation.domain;

import static fr.pilotectg.deliberation.domain.TestDeliberations.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.Siren;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ActesIdentifierTests {

    @Test
    void readsTheLensIdentifierSegmentBySegment() {
        var id = ActesIdentifier.parse("062-216204982-20221214-DLB13_14122022-DE");

        assertThat(id.departement()).isEqualTo("062");
        assertThat(id.siren()).isEqualTo(new Siren("216204982"));
        assertThat(id.actDate()).isEqualTo(LocalDate.of(2022, 12, 14));
        assertThat(id.internalNumber()).isEqualTo("DLB13_14122022");
        assertThat(id.nature()).isEqualTo(ActeNature.DE);
        assertThat(id.nature().actesCode()).isEqualTo(1);
        assertThat(id.value()).isEqualTo("062-216204982-20221214-DLB13_14122022-DE");
        assertThat(id).hasToString("062-216204982-20221214-DLB13_14122022-DE");
    }

    @Test
    void readsTheArmentieresIdentifier() {
        var id = ActesIdentifier.parse("059-215900176-20230209-DE23027-DE");

        assertThat(id.departement()).isEqualTo("059");
        assertThat(id.siren().value()).isEqualTo("215900176");
        assertThat(id.actDate()).isEqualTo(LocalDate.of(2023, 2, 9));
        assertThat(id.internalNumber()).isEqualTo("DE23027");
    }

    @Test
    void ignoresSurroundingSpacesAndAcceptsCorsicaAndOverseas() {
        assertThat(ActesIdentifier.parse("  062-216204982-20221214-DLB13_14122022-DE \n")
                        .value())
                .isEqualTo("062-216204982-20221214-DLB13_14122022-DE");
        assertThat(ActesIdentifier.parse("02A-216204982-20240229-A1-AR").departement())
                .isEqualTo("02A");
        assertThat(ActesIdentifier.parse("974-216204982-20240101-A1-AU").nature())
                .isEqualTo(ActeNature.AU);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "62-216204982-20221214-DLB13_14122022-DE,      ACTES_DEPARTEMENT_MALFORMED, 62",
        "0620-216204982-20221214-DLB13_14122022-DE,    ACTES_DEPARTEMENT_MALFORMED, 0620",
        "000-216204982-20221214-DLB13_14122022-DE,     ACTES_DEPARTEMENT_MALFORMED, 000",
        "02C-216204982-20221214-DLB13_14122022-DE,     ACTES_DEPARTEMENT_MALFORMED, 02C",
        "062-216204983-20221214-DLB13_14122022-DE,     ACTES_SIREN_INVALID,         216204983",
        "062-21620498-20221214-DLB13_14122022-DE,      ACTES_SIREN_INVALID,         21620498",
        "062-21620498A-20221214-DLB13_14122022-DE,     ACTES_SIREN_INVALID,         21620498A",
        "062-216204982-20230229-DLB13_14122022-DE,     ACTES_DATE_INVALID,          20230229",
        "062-216204982-20221314-DLB13_14122022-DE,     ACTES_DATE_INVALID,          20221314",
        "062-216204982-20221232-DLB13_14122022-DE,     ACTES_DATE_INVALID,          20221232",
        "062-216204982-2022121-DLB13_14122022-DE,      ACTES_DATE_INVALID,          2022121",
        "062-216204982-14122022-DLB13_14122022-DE,     ACTES_DATE_INVALID,          14122022",
        "062-216204982-18991231-DLB13_14122022-DE,     ACTES_DATE_INVALID,          18991231",
        "062-216204982-20230209-DE23.027-DE,           ACTES_NUMBER_MALFORMED,      DE23.027",
        "062-216204982-20221214-DLB13\\_14122022-DE,   ACTES_NUMBER_MALFORMED,      DLB13\\_14122022",
        "062-216204982-20221214-dlb13_14122022-DE,     ACTES_NUMBER_MALFORMED,      dlb13_14122022",
        "062-216204982-20221214-ABCDEFGHIJKLMNOP-DE,   ACTES_NUMBER_MALFORMED,      ABCDEFGHIJKLMNOP",
        "062-216204982-20221214--DE,                   ACTES_NUMBER_MALFORMED,      ''",
        "062-216204982-20221214-DLB13_14122022-XX,     ACTES_NATURE_UNKNOWN,        XX",
        "062-216204982-20221214-DLB13_14122022-de,     ACTES_NATURE_UNKNOWN,        de",
        "062-216204982-20221214-DLB13_14122022-,       ACTES_NATURE_UNKNOWN,        ''",
    })
    void namesTheWrongSegmentWithItsValue(String text, String code, String segment) {
        var refusal = refusalOf(() -> ActesIdentifier.parse(text));

        assertThat(refusal).isNotNull();
        assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.args()).containsExactly(segment);
        assertThat(refusal.fields()).containsExactly(FieldProblem.of("actesId", code, segment));
        assertThat(ActesIdentifier.isWellFormed(text)).isFalse();
    }

    @Test
    void acceptsAFifteenCharacterNumber() {
        assertThat(ActesIdentifier.parse("062-216204982-20221214-ABCDEFGHIJKLMNO-DE")
                        .internalNumber())
                .hasSize(15);
    }

    @ParameterizedTest
    @CsvSource({
        "062-216204982-20221214-DE,                    4",
        "062-216204982-20221214-DLB13-14122022-DE,     6",
        "062216204982,                                  1",
    })
    void refusesAWrongNumberOfSegments(String text, int count) {
        var refusal = refusalOf(() -> ActesIdentifier.parse(text));

        assertThat(refusal.code()).isEqualTo("ACTES_SEGMENT_COUNT");
        assertThat(refusal.args()).containsExactly(text, count);
        assertThat(refusal.fields()).extracting(FieldProblem::field).containsExactly("actesId");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresAnIdentifier(String text) {
        var refusal = refusalOf(() -> ActesIdentifier.parse(text));

        assertThat(refusal.code()).isEqualTo("ACTES_ID_REQUIRED");
        assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
    }

    @Test
    void listsEveryWrongSegmentAndLeadsWithTheFirst() {
        var refusal = refusalOf(() -> ActesIdentifier.parse("62-216204983-20221314-dlb-XX"));

        assertThat(refusal.code()).isEqualTo("ACTES_DEPARTEMENT_MALFORMED");
        assertThat(refusal.fields())
                .containsExactly(
                        FieldProblem.of("actesId", "ACTES_DEPARTEMENT_MALFORMED", "62"),
                        FieldProblem.of("actesId", "ACTES_SIREN_INVALID", "216204983"),
                        FieldProblem.of("actesId", "ACTES_DATE_INVALID", "20221314"),
                        FieldProblem.of("actesId", "ACTES_NUMBER_MALFORMED", "dlb"),
                        FieldProblem.of("actesId", "ACTES_NATURE_UNKNOWN", "XX"));
    }

    @Test
    void theConstructorChecksItsComponentsToo() {
        var refusal = refusalOf(() -> new ActesIdentifier(
                "62", new Siren("216204982"), LocalDate.of(2022, 12, 14), "DE23.027", ActeNature.DE));

        assertThat(refusal.code()).isEqualTo("ACTES_DEPARTEMENT_MALFORMED");
        assertThat(refusal.fields())
                .extracting(FieldProblem::code)
                .containsExactly("ACTES_DEPARTEMENT_MALFORMED", "ACTES_NUMBER_MALFORMED");
    }

    @Test
    void derivesTheTransmittedNumberFromThePrintedOne() {
        assertThat(ActesIdentifier.internalNumberOf("DE23.027")).isEqualTo("DE23027");
        assertThat(ActesIdentifier.internalNumberOf("DLB13_14122022")).isEqualTo("DLB13_14122022");
        assertThat(ActesIdentifier.internalNumberOf("2021/ 58")).isEqualTo("202158");
        assertThat(ActesIdentifier.internalNumberOf("de23.027")).isEqualTo("DE23027");
    }

    @Test
    void knowsTheNatureCodes() {
        assertThat(ActeNature.fromCode("DE")).contains(ActeNature.DE);
        assertThat(ActeNature.fromCode("CC")).contains(ActeNature.CC);
        assertThat(ActeNature.fromCode("ZZ")).isEmpty();
        assertThat(ActeNature.AU.actesCode()).isEqualTo(6);
    }
}
