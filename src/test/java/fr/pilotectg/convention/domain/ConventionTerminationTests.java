package fr.pilotectg.convention.domain;

import static fr.pilotectg.convention.domain.ConventionFixtures.CAF_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.COMMUNE_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.END;
import static fr.pilotectg.convention.domain.ConventionFixtures.SIGNED_ON;
import static fr.pilotectg.convention.domain.ConventionFixtures.STRANGER_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.active;
import static fr.pilotectg.convention.domain.ConventionFixtures.draft;
import static fr.pilotectg.convention.domain.ConventionFixtures.expired;
import static fr.pilotectg.convention.domain.ConventionFixtures.inSignature;
import static fr.pilotectg.convention.domain.ConventionFixtures.ruleViolation;
import static fr.pilotectg.convention.domain.ConventionFixtures.signed;
import static fr.pilotectg.convention.domain.ConventionFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.convention.ConventionStatus;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConventionTerminationTests {

    @Nested
    class WithNotice {

        @Test
        void noticeGivenOn15March2024TakesEffectOn15September2024() {
            Convention convention = active();
            Termination termination = convention.terminateWithNotice(LocalDate.of(2024, 3, 15), COMMUNE_ID);

            assertThat(termination.kind()).isEqualTo(TerminationKind.NOTICE);
            assertThat(termination.party()).isEqualTo(COMMUNE_ID);
            assertThat(termination.actOn()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(termination.effectiveOn()).isEqualTo(LocalDate.of(2024, 9, 15));
            assertThat(convention.commitmentsStopOn()).contains(LocalDate.of(2024, 9, 15));
        }

        @Test
        void theConventionStaysInForceDuringTheNotice() {
            Convention convention = active();
            convention.terminateWithNotice(LocalDate.of(2024, 3, 15), CAF_ID);

            assertThat(convention.status()).isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.statusOn(LocalDate.of(2024, 9, 14))).isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.isInForceOn(LocalDate.of(2024, 9, 14))).isTrue();
            assertThat(convention.statusOn(LocalDate.of(2024, 9, 15))).isEqualTo(ConventionStatus.TERMINATED);
            assertThat(convention.isInForceOn(LocalDate.of(2024, 9, 15))).isFalse();
            assertThat(convention.statusOn(LocalDate.of(2025, 6, 1)))
                    .as("terminated, not expired")
                    .isEqualTo(ConventionStatus.TERMINATED);

            assertThat(convention.refresh(LocalDate.of(2024, 9, 14))).isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.refresh(LocalDate.of(2024, 9, 15))).isEqualTo(ConventionStatus.TERMINATED);
        }

        @Test
        void sixMonthsAfter31AugustIsTheLastDayOfFebruary() {
            Convention leap = Convention.draft(
                    terms().withPeriod(Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31))));
            leap.submitForSignature();
            leap.sign(LocalDate.of(2023, 1, 18), Set.of(COMMUNE_ID));
            assertThat(leap.terminateWithNotice(LocalDate.of(2023, 8, 31), COMMUNE_ID)
                            .effectiveOn())
                    .isEqualTo(LocalDate.of(2024, 2, 29));

            Convention other = Convention.draft(
                    terms().withPeriod(Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31))));
            other.submitForSignature();
            other.sign(LocalDate.of(2023, 1, 18), Set.of(COMMUNE_ID));
            assertThat(other.terminateWithNotice(LocalDate.of(2024, 8, 31), CAF_ID)
                            .effectiveOn())
                    .isEqualTo(LocalDate.of(2025, 2, 28));
        }

        @Test
        void onlyASignatoryMayGiveNotice() {
            Convention convention = active();
            var e = ruleViolation(
                    () -> convention.terminateWithNotice(LocalDate.of(2024, 3, 15), STRANGER_ID),
                    ConventionErrors.PARTY_UNKNOWN);
            assertThat(e.args()).containsExactly(STRANGER_ID.toString());
            ruleViolation(
                    () -> convention.terminateWithNotice(LocalDate.of(2024, 3, 15), null),
                    ConventionErrors.PARTY_UNKNOWN);
            assertThat(convention.terminations()).isEmpty();
        }

        @Test
        void aNoticeThatWouldOutliveTheConventionIsRefused() {
            Convention convention = active();
            var e = ruleViolation(
                    () -> convention.terminateWithNotice(LocalDate.of(2024, 9, 1), COMMUNE_ID),
                    ConventionErrors.TERMINATION_AFTER_END);
            assertThat(e.args()).containsExactly(LocalDate.of(2025, 3, 1), END);
        }
    }

    @Nested
    class AfterFormalNotice {

        @Test
        void takesEffectOneMonthAfterTheLetter() {
            Convention convention = active();
            Termination termination = convention.terminateAfterFormalNotice(LocalDate.of(2024, 3, 15), false);
            assertThat(termination.kind()).isEqualTo(TerminationKind.FORMAL_NOTICE);
            assertThat(termination.effectiveOn()).isEqualTo(LocalDate.of(2024, 4, 15));
            assertThat(termination.party()).isNull();
            assertThat(convention.statusOn(LocalDate.of(2024, 4, 14))).isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.statusOn(LocalDate.of(2024, 4, 15))).isEqualTo(ConventionStatus.TERMINATED);
        }

        @Test
        void aLetterSentOn31January2024TakesEffectOn29February2024() {
            Convention convention = active();
            Termination termination = convention.terminateAfterFormalNotice(LocalDate.of(2024, 1, 31), false);
            assertThat(termination.effectiveOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void aLetterSentOn31January2023TakesEffectOn28February2023() {
            Convention convention = active();
            assertThat(convention
                            .terminateAfterFormalNotice(LocalDate.of(2023, 1, 31), false)
                            .effectiveOn())
                    .isEqualTo(LocalDate.of(2023, 2, 28));
        }

        @Test
        void aRemediedDefaultDoesNotTerminate() {
            Convention convention = active();
            var e = ruleViolation(
                    () -> convention.terminateAfterFormalNotice(LocalDate.of(2024, 1, 31), true),
                    ConventionErrors.FORMAL_NOTICE_REMEDIED);
            assertThat(e.args()).containsExactly(LocalDate.of(2024, 1, 31));
            assertThat(convention.terminations()).isEmpty();
            assertThat(convention.statusOn(LocalDate.of(2024, 6, 1))).isEqualTo(ConventionStatus.ACTIVE);
        }

        @Test
        void mayNameTheSender() {
            Convention convention = active();
            assertThat(convention
                            .terminateAfterFormalNotice(CAF_ID, LocalDate.of(2024, 1, 31), false)
                            .party())
                    .isEqualTo(CAF_ID);
            ruleViolation(
                    () -> active().terminateAfterFormalNotice(STRANGER_ID, LocalDate.of(2024, 1, 31), false),
                    ConventionErrors.PARTY_UNKNOWN);
        }
    }

    @Nested
    class ForUnilateralChange {

        @Test
        void theCafTerminatesImmediately() {
            Convention convention = active();
            Termination termination = convention.terminateForUnilateralChange(LocalDate.of(2023, 5, 2));
            assertThat(termination.kind()).isEqualTo(TerminationKind.UNILATERAL_CHANGE);
            assertThat(termination.party()).isEqualTo(CAF_ID);
            assertThat(termination.effectiveOn()).isEqualTo(LocalDate.of(2023, 5, 2));
            assertThat(convention.status()).isEqualTo(ConventionStatus.TERMINATED);
            assertThat(convention.statusOn(LocalDate.of(2023, 5, 1))).isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.isInForceOn(LocalDate.of(2023, 5, 2))).isFalse();
            assertThat(convention.commitmentsStopOn()).contains(LocalDate.of(2023, 5, 2));
        }

        @Test
        void supersedesAPendingNoticeAndTheHistoryKeepsBoth() {
            Convention convention = active();
            convention.terminateWithNotice(LocalDate.of(2024, 3, 15), COMMUNE_ID);
            convention.terminateForUnilateralChange(LocalDate.of(2024, 5, 6));

            assertThat(convention.terminations())
                    .extracting(Termination::kind)
                    .containsExactly(TerminationKind.NOTICE, TerminationKind.UNILATERAL_CHANGE);
            assertThat(convention.termination()).map(Termination::kind).contains(TerminationKind.UNILATERAL_CHANGE);
            assertThat(convention.commitmentsStopOn()).contains(LocalDate.of(2024, 5, 6));
            assertThat(convention.status()).isEqualTo(ConventionStatus.TERMINATED);
        }

        @Test
        void aSignedConventionNotYetInEffectMayBeTerminated() {
            Convention convention = Convention.draft(terms().withPeriod(Period.usual(LocalDate.of(2025, 1, 1))));
            convention.submitForSignature();
            convention.sign(LocalDate.of(2024, 11, 20), Set.of(COMMUNE_ID));
            convention.terminateForUnilateralChange(LocalDate.of(2024, 12, 2));
            assertThat(convention.status()).isEqualTo(ConventionStatus.TERMINATED);
            assertThat(convention.statusOn(LocalDate.of(2025, 1, 1))).isEqualTo(ConventionStatus.TERMINATED);
        }
    }

    @Nested
    class Refusals {

        @Test
        void aDraftOrAConventionInSignatureCannotBeTerminated() {
            var e = ruleViolation(
                    () -> draft().terminateWithNotice(LocalDate.of(2024, 3, 15), COMMUNE_ID),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
            assertThat(e.args()).containsExactly(ConventionStatus.DRAFT);
            ruleViolation(
                    () -> draft().terminateForUnilateralChange(LocalDate.of(2024, 3, 15)),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
            ruleViolation(
                    () -> draft().terminateAfterFormalNotice(LocalDate.of(2024, 3, 15), false),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
            ruleViolation(
                    () -> inSignature().terminateForUnilateralChange(LocalDate.of(2024, 3, 15)),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
        }

        @Test
        void anExpiredConventionCannotBeTerminated() {
            Convention convention = expired();
            var e = ruleViolation(
                    () -> convention.terminateForUnilateralChange(LocalDate.of(2025, 2, 1)),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
            assertThat(e.args()).containsExactly(ConventionStatus.EXPIRED);
            ruleViolation(
                    () -> convention.terminateWithNotice(LocalDate.of(2025, 2, 1), COMMUNE_ID),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
            ruleViolation(
                    () -> convention.terminateAfterFormalNotice(LocalDate.of(2025, 2, 1), false),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
        }

        @Test
        void aConventionPastItsEndIsRefusedEvenBeforeItsStatusIsRefreshed() {
            Convention convention = active();
            var e = ruleViolation(
                    () -> convention.terminateForUnilateralChange(END.plusDays(1)),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
            assertThat(e.args()).containsExactly(ConventionStatus.EXPIRED);
        }

        @Test
        void aTerminatedConventionCannotBeTerminatedAgain() {
            Convention convention = active();
            convention.terminateForUnilateralChange(LocalDate.of(2023, 5, 2));
            var e = ruleViolation(
                    () -> convention.terminateWithNotice(LocalDate.of(2023, 6, 1), COMMUNE_ID),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
            assertThat(e.args()).containsExactly(ConventionStatus.TERMINATED);
            ruleViolation(
                    () -> convention.terminateForUnilateralChange(LocalDate.of(2023, 6, 1)),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
            assertThat(convention.terminations()).hasSize(1);
        }

        @Test
        void aTerminationWhoseNoticeHasRunOutIsFinalEvenIfNotRefreshed() {
            Convention convention = active();
            convention.terminateWithNotice(LocalDate.of(2023, 3, 15), COMMUNE_ID);
            ruleViolation(
                    () -> convention.terminateForUnilateralChange(LocalDate.of(2023, 10, 1)),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
        }

        @Test
        void aSecondTerminationTakingEffectLaterThanThePendingOneIsRefused() {
            Convention convention = active();
            convention.terminateAfterFormalNotice(LocalDate.of(2024, 3, 15), false);
            var e = ruleViolation(
                    () -> convention.terminateWithNotice(LocalDate.of(2024, 3, 20), COMMUNE_ID),
                    ConventionErrors.TERMINATION_ALREADY_PENDING);
            assertThat(e.args()).containsExactly(LocalDate.of(2024, 4, 15));
        }

        @Test
        void anActBeforeTheSignatureIsRefused() {
            Convention convention = signed();
            ruleViolation(
                    () -> convention.terminateForUnilateralChange(SIGNED_ON.minusDays(1)),
                    ConventionErrors.TERMINATION_NOT_ALLOWED);
        }

        @Test
        void aTerminatedConventionMovesNoFurther() {
            Convention convention = active();
            convention.terminateForUnilateralChange(LocalDate.of(2023, 5, 2));
            assertThat(convention.refresh(LocalDate.of(2026, 1, 1))).isEqualTo(ConventionStatus.TERMINATED);
            ruleViolation(() -> convention.expire(LocalDate.of(2026, 1, 1)), ConventionErrors.EXPIRATION_NOT_ALLOWED);
            ruleViolation(() -> convention.activate(LocalDate.of(2023, 6, 1)), ConventionErrors.ACTIVATION_NOT_ALLOWED);
            ruleViolation(
                    () -> convention.renew(ConventionId.random(), Period.usual(LocalDate.of(2025, 1, 1))),
                    ConventionErrors.RENEWAL_NOT_ALLOWED);
            assertThat(convention.versions()).hasSize(1);
            assertThat(convention.currentTerms().period().end())
                    .as("history keeps the terms")
                    .isEqualTo(END);
        }
    }

    /** The preview on the convention page and the aggregate take the same date (one rule, in {@link TerminationKind}). */
    @Test
    void eachKindSaysWhenItTakesEffect() {
        LocalDate actOn = LocalDate.of(2024, 1, 31);
        assertThat(TerminationKind.FORMAL_NOTICE.effectiveOn(actOn)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(TerminationKind.UNILATERAL_CHANGE.effectiveOn(actOn)).isEqualTo(actOn);
        assertThat(TerminationKind.NOTICE.effectiveOn(actOn)).isEqualTo(LocalDate.of(2024, 7, 31));
    }
}
