package fr.pilotectg.deliberation.domain;

import static fr.pilotectg.deliberation.domain.TestDeliberations.SEANCE;
import static fr.pilotectg.deliberation.domain.TestDeliberations.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.shared.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeliberationCheckerTests {

    private final DeliberationChecker checker = new DeliberationChecker();

    @Test
    void aFlawlessRecordHasNoFinding() {
        assertThat(checker.check(TestDeliberations.flawless())).isEmpty();
    }

    @Test
    void aRecordWithOnlyItsHeadingAndVoteHasNoFinding() {
        var deliberation = TestDeliberations.unrecorded();
        deliberation.recordVote(Vote.unanimity());

        assertThat(checker.check(deliberation)).isEmpty();
    }

    @Nested
    class Quorum {

        @Test
        void isAnErrorWhenFewerThanAMajorityArePhysicallyPresent() {
            var deliberation = withAttendance(Attendance.builder(7)
                    .president("Anne AUBERT")
                    .present("Bruno BLANC", "Claire COLIN")
                    .proxy("Emma EVRARD", "Bruno BLANC")
                    .proxy("David DUVAL", "Claire COLIN")
                    .excused("Fanny FABRE")
                    .absent("Gilles GIRARD"));

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.QUORUM_NOT_REACHED, 3, 4, 7));
            assertThat(DeliberationChecker.hasErrors(checker.check(deliberation)))
                    .isTrue();
        }

        @Test
        void isNotRequiredAfterAReconvocation() {
            var deliberation = withAttendance(Attendance.builder(7)
                    .president("Anne AUBERT")
                    .present("Bruno BLANC", "Claire COLIN")
                    .proxy("Emma EVRARD", "Bruno BLANC")
                    .proxy("David DUVAL", "Claire COLIN")
                    .excused("Fanny FABRE")
                    .absent("Gilles GIRARD")
                    .reconvenedWithoutQuorum());

            assertThat(checker.check(deliberation)).isEmpty();
        }
    }

    @Nested
    class Proxies {

        @Test
        void aHolderCannotHoldTwoProxies() {
            var deliberation = withAttendance(Attendance.builder(7)
                    .president("Anne AUBERT")
                    .present("Bruno BLANC", "Claire COLIN", "David DUVAL")
                    .proxy("Emma EVRARD", "Bruno BLANC")
                    .proxy("Fanny FABRE", "M. BLANC")
                    .absent("Gilles GIRARD"));
            deliberation.recordVote(Vote.counted(6, 0, 0));

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(
                            FindingCode.PROXY_HOLDER_HOLDS_SEVERAL, "Bruno BLANC", 2, "Emma EVRARD, Fanny FABRE"));
        }

        @Test
        void theHolderMustBePresent() {
            var deliberation = withAttendance(Attendance.builder(7)
                    .president("Anne AUBERT")
                    .present("Bruno BLANC", "Claire COLIN", "David DUVAL")
                    .proxy("Emma EVRARD", "Fanny FABRE")
                    .excused("Fanny FABRE")
                    .absent("Gilles GIRARD"));

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.PROXY_HOLDER_NOT_PRESENT, "Fanny FABRE", "Emma EVRARD"));
        }

        @Test
        void thePresidentMayHoldAProxy() {
            var deliberation = TestDeliberations.flawless();
            deliberation.recordAttendance(Attendance.builder(7)
                    .president("Anne AUBERT")
                    .secretary("Claire COLIN")
                    .present("Bruno BLANC", "Claire COLIN", "David DUVAL")
                    .proxy("Emma EVRARD", "Bruno BLANC")
                    .proxy("Fanny FABRE", "Anne AUBERT")
                    .absent("Gilles GIRARD")
                    .build());
            deliberation.recordVote(Vote.counted(6, 0, 0));

            assertThat(checker.check(deliberation)).isEmpty();
        }

        @Test
        void aMemberGivingTwoProxiesIsFlagged() {
            var deliberation = withAttendance(Attendance.builder(7)
                    .president("Anne AUBERT")
                    .present("Bruno BLANC", "Claire COLIN", "David DUVAL")
                    .proxy("Emma EVRARD", "Bruno BLANC")
                    .proxy("Mme EVRARD", "Claire COLIN")
                    .excused("Fanny FABRE")
                    .absent("Gilles GIRARD"));

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.PROXY_GIVEN_SEVERAL_TIMES, "Emma EVRARD", 2));
        }
    }

    @Nested
    class Lists {

        @Test
        void aMemberBothPresentAndRepresentedIsAWarningAndCountsOnce() {
            var deliberation = withAttendance(TestDeliberations.attendance().present("Emma EVRARD"));

            assertThat(checker.check(deliberation))
                    .containsExactly(
                            Finding.of(FindingCode.MEMBER_PRESENT_AND_REPRESENTED, "Emma EVRARD", "Bruno BLANC"));
            assertThat(DeliberationChecker.hasErrors(checker.check(deliberation)))
                    .isFalse();
        }

        @Test
        void aMemberInTwoListsIsAWarning() {
            var deliberation = withAttendance(TestDeliberations.attendance().absent("Mme FABRE"));

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.MEMBER_LISTED_SEVERAL_TIMES, "Fanny FABRE", 2));
        }

        @Test
        void theListsMustAccountForEveryMemberInOffice() {
            var tooFew = withAttendance(TestDeliberations.attendance().absent("Henri HUBERT"));
            var tooMany = TestDeliberations.flawless();
            tooMany.recordAttendance(Attendance.builder(6)
                    .president("Anne AUBERT")
                    .secretary("Claire COLIN")
                    .present("Bruno BLANC", "Claire COLIN", "David DUVAL")
                    .proxy("Emma EVRARD", "Bruno BLANC")
                    .excused("Fanny FABRE")
                    .absent("Gilles GIRARD")
                    .build());

            assertThat(checker.check(tooFew))
                    .containsExactly(Finding.of(FindingCode.ATTENDANCE_TOTAL_MISMATCH, 8, 7, 4, 1, 1, 2));
            assertThat(checker.check(tooMany))
                    .containsExactly(Finding.of(FindingCode.ATTENDANCE_TOTAL_MISMATCH, 7, 6, 4, 1, 1, 1));
        }

        @Test
        void thePrintedNumberOfPresentMembersMustMatchTheList() {
            var wrong = withAttendance(TestDeliberations.attendance().declaredPresent(5));
            var right = withAttendance(TestDeliberations.attendance().declaredPresent(4));

            assertThat(checker.check(wrong)).containsExactly(Finding.of(FindingCode.PRESENT_COUNT_MISMATCH, 5, 4));
            assertThat(checker.check(right)).isEmpty();
        }

        @Test
        void theSecretaryAndTheRapporteurMustBePresent() {
            var deliberation = withAttendance(TestDeliberations.attendance().secretary("Fanny FABRE"));
            deliberation.assignRapporteur(MemberName.of("M. GIRARD"));

            assertThat(checker.check(deliberation))
                    .containsExactly(
                            Finding.of(FindingCode.SECRETARY_NOT_PRESENT, "Fanny FABRE"),
                            Finding.of(FindingCode.RAPPORTEUR_NOT_PRESENT, "M. GIRARD"));
        }
    }

    @Nested
    class Votes {

        @Test
        void votesCastMustEqualPresentAndRepresented() {
            var deliberation = TestDeliberations.flawless();
            deliberation.recordVote(Vote.counted(4, 0, 0));

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.VOTE_COUNT_MISMATCH, 4, 0, 4, 1));
        }

        @Test
        void membersNotTakingPartExplainMissingVotes() {
            var deliberation = TestDeliberations.flawless();
            deliberation.recordVote(Vote.counted(3, 0, 1).withNotTakingPart(1));

            assertThat(checker.check(deliberation)).isEmpty();
        }

        @Test
        void aUnanimityWithoutFiguresIsConsistentUnlessNobodyCouldVote() {
            var deliberation = TestDeliberations.flawless();
            deliberation.recordVote(Vote.unanimity());
            assertThat(checker.check(deliberation)).isEmpty();
            assertThat(deliberation.votesCast()).hasValue(5);

            deliberation.recordVote(Vote.unanimity().withNotTakingPart(5));
            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.VOTE_COUNT_MISMATCH, 0, 5, 4, 1));
        }

        @Test
        void aUnanimityWithFiguresIsChecked() {
            var deliberation = TestDeliberations.flawless();
            deliberation.recordVote(Vote.unanimity(4, 0));

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.VOTE_COUNT_MISMATCH, 4, 0, 4, 1));
        }
    }

    @Nested
    class ActesIdentifierConsistency {

        @Test
        void theSirenMustBeTheIssuers() {
            var deliberation = withActesId("059-215900176-20240314-DEL2024_12-DE");

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.ACTES_SIREN_MISMATCH, "215900176", "216204982"));
        }

        @Test
        void theDateMustBeTheSeanceDate() {
            var deliberation = withActesId("062-216204982-20240315-DEL2024_12-DE");

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.ACTES_DATE_MISMATCH, "15/03/2024", "14/03/2024"));
        }

        @Test
        void theNumberMustBeTheDeliberationsWithoutItsPunctuation() {
            var other = withActesId("062-216204982-20240314-DEL2024_13-DE");
            var dotted = TestDeliberations.flawless();
            dotted.correctHeading("DEL.2024_12", dotted.object());

            assertThat(checker.check(other))
                    .containsExactly(Finding.of(FindingCode.ACTES_NUMBER_MISMATCH, "DEL2024_13", "DEL2024_12"));
            assertThat(checker.check(dotted)).isEmpty();
        }

        @Test
        void aDeliberationIsOfNatureDE() {
            var deliberation = withActesId("062-216204982-20240314-DEL2024_12-AR");

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.ACTES_NATURE_NOT_DELIBERATION, "AR"));
        }

        @Test
        void anIssuerWithoutSirenIsNotCompared() {
            var deliberation = Deliberation.record(
                    UUID.randomUUID(),
                    TestDeliberations.ORGANISATION,
                    new Issuer("Commune associée de Lomme", null),
                    CouncilBody.CONSEIL_COMMUNAL,
                    "DEL2024_12",
                    "Objet",
                    Seance.on(SEANCE));
            deliberation.recordTransmission(new PrefectureTransmission(
                    ActesIdentifier.parse("059-215900176-20240314-DEL2024_12-DE"), null, null));

            assertThat(checker.check(deliberation)).isEmpty();
        }
    }

    @Nested
    class Dates {

        @Test
        void theConvocationMustPrecedeTheSeance() {
            var sameDay = TestDeliberations.flawless();
            sameDay.recordConvocation(SEANCE);
            var after = TestDeliberations.flawless();
            after.recordConvocation(SEANCE.plusDays(1));

            assertThat(checker.check(sameDay))
                    .containsExactly(Finding.of(FindingCode.CONVOCATION_NOT_BEFORE_SEANCE, "14/03/2024", "14/03/2024"));
            assertThat(checker.check(after))
                    .containsExactly(Finding.of(FindingCode.CONVOCATION_NOT_BEFORE_SEANCE, "15/03/2024", "14/03/2024"));
            assertThat(DeliberationChecker.hasErrors(checker.check(after))).isTrue();
        }

        @Test
        void countsClearDaysAgainstTheChosenMinimum() {
            var threeClearDays = TestDeliberations.flawless();
            threeClearDays.recordConvocation(SEANCE.minusDays(4));
            var twoClearDays = TestDeliberations.flawless();
            twoClearDays.recordConvocation(SEANCE.minusDays(3));

            assertThat(checker.check(threeClearDays)).isEmpty();
            assertThat(checker.check(twoClearDays))
                    .containsExactly(Finding.of(FindingCode.CONVOCATION_NOTICE_SHORT, 2, 3));
            assertThat(new DeliberationChecker(5).check(threeClearDays))
                    .containsExactly(Finding.of(FindingCode.CONVOCATION_NOTICE_SHORT, 3, 5));
        }

        @Test
        void thePrefectureCannotReceiveOrBeSentTheActBeforeTheSeance() {
            var sentEarly = withTransmission(SEANCE.minusDays(1), SEANCE);
            var receivedEarly = withTransmission(null, SEANCE.minusDays(2));

            assertThat(checker.check(sentEarly))
                    .containsExactly(Finding.of(FindingCode.PREFECTURE_SENT_BEFORE_SEANCE, "13/03/2024", "14/03/2024"));
            assertThat(checker.check(receivedEarly))
                    .containsExactly(
                            Finding.of(FindingCode.PREFECTURE_RECEIVED_BEFORE_SEANCE, "12/03/2024", "14/03/2024"));
        }

        @Test
        void receptionOnTheSeanceDayIsFineButNotBeforeSending() {
            var sameDay = withTransmission(SEANCE, SEANCE);
            var receivedBeforeSent = withTransmission(SEANCE.plusDays(3), SEANCE.plusDays(1));

            assertThat(checker.check(sameDay)).isEmpty();
            assertThat(checker.check(receivedBeforeSent))
                    .containsExactly(
                            Finding.of(FindingCode.PREFECTURE_RECEIVED_BEFORE_SENT, "15/03/2024", "17/03/2024"));
        }

        @Test
        void publicationCannotPrecedeTheSeance() {
            var deliberation = TestDeliberations.flawless();
            deliberation.publish(SEANCE.minusDays(1));

            assertThat(checker.check(deliberation))
                    .containsExactly(Finding.of(FindingCode.PUBLISHED_BEFORE_SEANCE, "13/03/2024", "14/03/2024"));
        }
    }

    @Test
    void refusesANegativeMinimumOfClearDays() {
        assertThat(refusalOf(() -> new DeliberationChecker(-1)).fields())
                .containsExactly(FieldProblem.of("minimumClearDays", "MINIMUM_CLEAR_DAYS_NEGATIVE", -1));
    }

    @Test
    void aFindingCarriesTheSeverityOfItsCode() {
        var finding = Finding.of(FindingCode.MEMBER_PRESENT_AND_REPRESENTED, "Philémon BRUNET", "Arnaud MARIE");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.messageKey()).isEqualTo("deliberation.finding.MEMBER_PRESENT_AND_REPRESENTED");
        assertThat(Finding.of(FindingCode.QUORUM_NOT_REACHED, 1, 2, 3).severity())
                .isEqualTo(Severity.ERROR);
        assertThatThrownBy(() -> new Finding(FindingCode.QUORUM_NOT_REACHED, Severity.WARNING, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Deliberation withAttendance(Attendance.Builder attendance) {
        var deliberation = TestDeliberations.flawless();
        deliberation.recordAttendance(attendance.build());
        return deliberation;
    }

    private static Deliberation withActesId(String actesId) {
        var deliberation = TestDeliberations.flawless();
        deliberation.recordTransmission(new PrefectureTransmission(ActesIdentifier.parse(actesId), SEANCE, SEANCE));
        return deliberation;
    }

    private static Deliberation withTransmission(LocalDate sentOn, LocalDate receivedOn) {
        var deliberation = TestDeliberations.flawless();
        deliberation.recordTransmission(
                new PrefectureTransmission(ActesIdentifier.parse(TestDeliberations.ACTES_ID), sentOn, receivedOn));
        return deliberation;
    }
}
