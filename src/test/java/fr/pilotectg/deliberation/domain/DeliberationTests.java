package fr.pilotectg.deliberation.domain;

import static fr.pilotectg.deliberation.domain.TestDeliberations.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliberationTests {

    @Test
    void recordsTheHeadingAsTyped() {
        var deliberation = TestDeliberations.unrecorded();

        assertThat(deliberation.organisationId()).isEqualTo(TestDeliberations.ORGANISATION);
        assertThat(deliberation.body()).isEqualTo(CouncilBody.CONSEIL_MUNICIPAL);
        assertThat(deliberation.number()).isEqualTo("DEL2024_12");
        assertThat(deliberation.seance().date()).isEqualTo(TestDeliberations.SEANCE);
        assertThat(deliberation.attendance()).isEmpty();
        assertThat(deliberation.vote()).isEmpty();
        assertThat(deliberation.actesId()).isEmpty();
        assertThat(deliberation.quorum()).isEmpty();
        assertThat(deliberation.votesCast()).isEmpty();
        assertThat(deliberation.isAdopted()).isFalse();
    }

    @Test
    void refusesAnIncompleteHeadingAllAtOnce() {
        var refusal = refusalOf(() -> Deliberation.record(null, null, null, null, " ", "x".repeat(1001), null));

        assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(refusal.fields())
                .containsExactly(
                        FieldProblem.of("id", "REQUIRED"),
                        FieldProblem.of("organisationId", "REQUIRED"),
                        FieldProblem.of("issuerName", "REQUIRED"),
                        FieldProblem.of("body", "REQUIRED"),
                        FieldProblem.of("seanceDate", "REQUIRED"),
                        FieldProblem.of("number", "REQUIRED"),
                        FieldProblem.of("object", "DELIBERATION_TEXT_TOO_LONG", 1000));
    }

    @Test
    void correctsItsHeadingAndStripsIt() {
        var deliberation = TestDeliberations.unrecorded();

        deliberation.correctHeading(" DE23.027 ", " Renouvellement de la CTG ");

        assertThat(deliberation.number()).isEqualTo("DE23.027");
        assertThat(deliberation.object()).isEqualTo("Renouvellement de la CTG");
        var refusal = refusalOf(() -> deliberation.correctHeading("x".repeat(51), ""));
        assertThat(refusal.fields())
                .containsExactly(
                        FieldProblem.of("number", "DELIBERATION_TEXT_TOO_LONG", 50),
                        FieldProblem.of("object", "REQUIRED"));
        assertThat(deliberation.number()).isEqualTo("DE23.027");
    }

    @Test
    void votesCastOfAUnanimityArePresentAndRepresentedLessThoseNotTakingPart() {
        var deliberation = TestDeliberations.unrecorded();
        deliberation.recordAttendance(TestDeliberations.attendance().build());
        deliberation.recordVote(Vote.unanimity());

        assertThat(deliberation.quorum()).hasValue(4);
        assertThat(deliberation.membersInOffice()).hasValue(7);
        assertThat(deliberation.votesCast()).hasValue(5);
        assertThat(deliberation.isAdopted()).isTrue();

        deliberation.recordVote(Vote.unanimity().withNotTakingPart(1));
        assertThat(deliberation.votesCast()).hasValue(4);
    }

    @Test
    void votesCastAreThePrintedFiguresWhenThereAreSome() {
        var deliberation = TestDeliberations.unrecorded();
        deliberation.recordVote(Vote.counted(2, 3, 1));

        assertThat(deliberation.votesCast()).hasValue(6);
        assertThat(deliberation.isAdopted()).isFalse();
    }

    @Test
    void recordsTheVerbsOfTheRecord() {
        var deliberation = TestDeliberations.flawless();
        deliberation.classify(ActesMatiere.parse("09.01"));
        deliberation.reschedule(Seance.on(LocalDate.of(2024, 3, 15)));

        assertThat(deliberation.convocationDate()).contains(LocalDate.of(2024, 3, 7));
        assertThat(deliberation.rapporteur()).contains(MemberName.of("Bruno BLANC"));
        assertThat(deliberation.matiere()).contains(new ActesMatiere(9, 1));
        assertThat(deliberation.actesId().map(ActesIdentifier::value)).contains(TestDeliberations.ACTES_ID);
        assertThat(deliberation.transmission().map(PrefectureTransmission::receivedOn))
                .contains(LocalDate.of(2024, 3, 15));
        assertThat(deliberation.publishedOn()).contains(LocalDate.of(2024, 3, 16));
        assertThat(deliberation.seance().date()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(deliberation.seance().time()).isNull();
    }

    @Test
    void verbsRefuseNothingToRecord() {
        var deliberation = TestDeliberations.unrecorded();

        assertThat(fieldOf(() -> deliberation.recordConvocation(null))).isEqualTo("convocationDate");
        assertThat(fieldOf(() -> deliberation.assignRapporteur(null))).isEqualTo("rapporteur");
        assertThat(fieldOf(() -> deliberation.classify(null))).isEqualTo("matiere");
        assertThat(fieldOf(() -> deliberation.recordAttendance(null))).isEqualTo("membersInOffice");
        assertThat(fieldOf(() -> deliberation.recordVote(null))).isEqualTo("vote");
        assertThat(fieldOf(() -> deliberation.recordTransmission(null))).isEqualTo("actesId");
        assertThat(fieldOf(() -> deliberation.publish(null))).isEqualTo("publishedOn");
        assertThat(fieldOf(() -> deliberation.reschedule(null))).isEqualTo("seanceDate");
    }

    @Test
    void valueObjectsRefuseWhatCannotBe() {
        var emptyStamp = refusalOf(() -> new PrefectureTransmission(null, null, null));
        var noDate = refusalOf(() -> new Seance(null, null, "Hôtel de ville"));
        var noName = refusalOf(() -> new Issuer("  ", null));

        assertThat(emptyStamp.fields()).containsExactly(FieldProblem.of("actesId", "TRANSMISSION_EMPTY"));
        assertThat(noDate.fields()).containsExactly(FieldProblem.of("seanceDate", "REQUIRED"));
        assertThat(noName.fields()).containsExactly(FieldProblem.of("issuerName", "REQUIRED"));
        assertThat(new Seance(LocalDate.of(2024, 1, 1), null, "  ").place()).isNull();
    }

    @Test
    void eachRecordHasItsOwnIdentity() {
        var id = UUID.randomUUID();
        var deliberation = Deliberation.record(
                id,
                TestDeliberations.ORGANISATION,
                new Issuer("Ville de Lens", null),
                CouncilBody.OTHER,
                "1",
                "Objet",
                Seance.on(LocalDate.of(2024, 1, 1)));

        assertThat(deliberation.id()).isEqualTo(id);
        assertThat(deliberation.issuer().siren()).isNull();
    }

    private static String fieldOf(Runnable verb) {
        var refusal = refusalOf(verb::run);
        assertThat(refusal).isNotNull();
        assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
        return refusal.fields().get(0).field();
    }
}
