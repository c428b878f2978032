package fr.pilotectg.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.deliberation.demo.SeedDeliberations;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The real records of the seeds, as printed, through the rules. */
class SeedDeliberationsTests {

    private static final UUID ORGANISATION = UUID.fromString("6e0e3b8a-2f6a-4a55-9b5e-3f1c2d4e5f60");
    private final DeliberationChecker checker = new DeliberationChecker();

    @Nested
    class Lens {

        private final Deliberation lens = SeedDeliberations.lens(ORGANISATION);
        private final Attendance attendance = lens.attendance().orElseThrow();

        @Test
        void thirtyNineInOfficeAndAQuorumOfTwenty() {
            assertThat(attendance.membersInOffice()).isEqualTo(39);
            assertThat(attendance.quorum()).isEqualTo(20);
            assertThat(attendance.quorumReached()).isTrue();
        }

        @Test
        void thirtyPresentFiveRepresentedThreeExcusedOneAbsent() {
            assertThat(attendance.present()).hasSize(30);
            assertThat(attendance.proxies()).hasSize(5);
            assertThat(attendance.counts()).isEqualTo(new Attendance.Counts(30, 5, 3, 1));
            assertThat(attendance.counts().total()).isEqualTo(39);
        }

        @Test
        void theProxiesAreThoseOfTheRecord() {
            assertThat(attendance.proxies())
                    .extracting(p -> p.giver().printed() + " → " + p.holder().printed())
                    .containsExactly(
                            "M. HANON → M. ROBERT",
                            "Mme BOURDON → M. NYCZ",
                            "Mme VAIRON → M. BOUKERCHA",
                            "Mme BRASSART → Mme CHOCHOI",
                            "Mme BEDNARSKA → M. CUGIER");
        }

        @Test
        void thirtyFiveVotesCastUnanimously() {
            assertThat(lens.vote()).contains(Vote.unanimity());
            assertThat(lens.votesCast()).hasValue(35);
            assertThat(lens.isAdopted()).isTrue();
        }

        @Test
        void aValidActesIdentifierMatchingTheSeance() {
            var actesId = lens.actesId().orElseThrow();

            assertThat(actesId.value()).isEqualTo("062-216204982-20221214-DLB13_14122022-DE");
            assertThat(actesId.siren()).isEqualTo(lens.issuer().siren());
            assertThat(actesId.actDate()).isEqualTo(lens.seance().date());
            assertThat(lens.transmission().orElseThrow().receivedOn()).isEqualTo(LocalDate.of(2022, 12, 19));
            assertThat(lens.transmission().orElseThrow().sentOn()).isNull();
        }

        @Test
        void theRestOfTheRecord() {
            assertThat(lens.seance())
                    .isEqualTo(new Seance(LocalDate.of(2022, 12, 14), LocalTime.of(18, 0), "Hôtel de ville"));
            assertThat(lens.convocationDate()).contains(LocalDate.of(2022, 12, 7));
            assertThat(lens.publishedOn()).contains(LocalDate.of(2022, 12, 15));
            assertThat(lens.matiere().map(ActesMatiere::code)).contains("9.1");
            assertThat(lens.rapporteur().map(MemberName::printed)).contains("Madame Sandrine LAGNIEZ");
            assertThat(attendance.president().printed()).isEqualTo("Sylvain ROBERT");
            assertThat(attendance.secretary().printed()).isEqualTo("Jordan LOURDEL");
            assertThat(lens.body()).isEqualTo(CouncilBody.CONSEIL_MUNICIPAL);
        }

        @Test
        void hasNoFindingEvenWithTheFiveClearDaysOfLargeCommunes() {
            assertThat(checker.check(lens)).isEmpty();
            assertThat(new DeliberationChecker(5).check(lens)).isEmpty();
        }
    }

    @Nested
    class Armentieres {

        private final Deliberation armentieres = SeedDeliberations.armentieres(ORGANISATION);
        private final Attendance attendance = armentieres.attendance().orElseThrow();

        @Test
        void theListsAsPrinted() {
            assertThat(attendance.membersInOffice()).isEqualTo(35);
            assertThat(attendance.declaredPresent()).isEqualTo(28);
            assertThat(attendance.present()).hasSize(28);
            assertThat(attendance.present()).contains(MemberName.of("Philémon BRUNET"));
            assertThat(attendance.present()).noneMatch(name -> name.sameMemberAs(attendance.president()));
            assertThat(attendance.proxies()).hasSize(7);
            assertThat(attendance.excused()).isEmpty();
            assertThat(attendance.absent()).isEmpty();
        }

        @Test
        void countsBrunetOnceAsRepresentedAndTheMayorAsPresent() {
            assertThat(attendance.counts()).isEqualTo(new Attendance.Counts(28, 7, 0, 0));
            assertThat(attendance.counts().total()).isEqualTo(35);
            assertThat(attendance.isPresent(MemberName.of("Bernard HAESBROECK")))
                    .isTrue();
            assertThat(attendance.isPresent(MemberName.of("Philémon BRUNET"))).isFalse();
            assertThat(attendance.quorum()).isEqualTo(18);
            assertThat(armentieres.votesCast()).hasValue(35);
        }

        @Test
        void exactlyThePresentAndRepresentedWarningForBrunetAndNoError() {
            var findings = checker.check(armentieres);

            assertThat(findings)
                    .containsExactly(
                            Finding.of(FindingCode.MEMBER_PRESENT_AND_REPRESENTED, "Philémon BRUNET", "Arnaud MARIE"));
            assertThat(findings).allMatch(finding -> finding.severity() == Severity.WARNING);
            assertThat(DeliberationChecker.hasErrors(findings)).isFalse();
        }

        @Test
        void theMayorHoldsDeronnesProxy() {
            assertThat(attendance.proxies())
                    .anyMatch(p -> p.giver().printed().equals("Laurent DERONNE")
                            && p.holder().sameMemberAs(attendance.president()));
        }

        @Test
        void fiveClearDaysOfConvocationAreJustEnough() {
            assertThat(new DeliberationChecker(5).check(armentieres)).hasSize(1);
            assertThat(new DeliberationChecker(6).check(armentieres))
                    .contains(Finding.of(FindingCode.CONVOCATION_NOTICE_SHORT, 5, 6));
        }

        @Test
        void theActesIdentifierMatchesDe23027() {
            var actesId = armentieres.actesId().orElseThrow();

            assertThat(armentieres.number()).isEqualTo("DE23.027");
            assertThat(actesId.internalNumber()).isEqualTo("DE23027");
            assertThat(actesId.actDate()).isEqualTo(LocalDate.of(2023, 2, 9));
            assertThat(armentieres.transmission().orElseThrow().sentOn()).isEqualTo(LocalDate.of(2023, 2, 14));
            assertThat(armentieres.publishedOn()).isEmpty();
        }
    }

    @Nested
    class Lomme {

        private final Deliberation lomme = SeedDeliberations.lomme(ORGANISATION);

        @Test
        void onlyWhatTheExtractGives() {
            assertThat(lomme.body()).isEqualTo(CouncilBody.CONSEIL_COMMUNAL);
            assertThat(lomme.number()).isEqualTo("2021/58");
            assertThat(lomme.seance().date()).isEqualTo(LocalDate.of(2021, 6, 23));
            assertThat(lomme.isAdopted()).isTrue();
            assertThat(lomme.attendance()).isEmpty();
            assertThat(lomme.votesCast()).isEmpty();
            assertThat(lomme.actesId()).isEmpty();
            assertThat(checker.check(lomme)).isEmpty();
        }
    }

    @Test
    void loadingTwiceGivesTheSameIds() {
        assertThat(SeedDeliberations.lens(ORGANISATION).id())
                .isEqualTo(SeedDeliberations.lens(UUID.randomUUID()).id());
        assertThat(SeedDeliberations.armentieres(ORGANISATION).id())
                .isNotEqualTo(SeedDeliberations.lens(ORGANISATION).id());
        assertThat(SeedDeliberations.lomme(ORGANISATION).organisationId()).isEqualTo(ORGANISATION);
    }
}
