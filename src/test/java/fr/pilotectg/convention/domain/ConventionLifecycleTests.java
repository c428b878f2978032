package fr.pilotectg.convention.domain;

import static fr.pilotectg.convention.domain.ConventionFixtures.COMMUNE_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.END;
import static fr.pilotectg.convention.domain.ConventionFixtures.OTHER_COMMUNE_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.SIGNED_ON;
import static fr.pilotectg.convention.domain.ConventionFixtures.START;
import static fr.pilotectg.convention.domain.ConventionFixtures.active;
import static fr.pilotectg.convention.domain.ConventionFixtures.caf;
import static fr.pilotectg.convention.domain.ConventionFixtures.commune;
import static fr.pilotectg.convention.domain.ConventionFixtures.draft;
import static fr.pilotectg.convention.domain.ConventionFixtures.expired;
import static fr.pilotectg.convention.domain.ConventionFixtures.inSignature;
import static fr.pilotectg.convention.domain.ConventionFixtures.otherCommune;
import static fr.pilotectg.convention.domain.ConventionFixtures.ruleViolation;
import static fr.pilotectg.convention.domain.ConventionFixtures.signed;
import static fr.pilotectg.convention.domain.ConventionFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.shared.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConventionLifecycleTests {

    @Nested
    class Drafting {

        @Test
        void aNewConventionIsADraftWithoutVersions() {
            Convention convention = draft();
            assertThat(convention.status()).isEqualTo(ConventionStatus.DRAFT);
            assertThat(convention.versions()).isEmpty();
            assertThat(convention.signedOn()).isEmpty();
            assertThat(convention.currentTerms()).isEqualTo(terms());
            assertThat(convention.termsOn(LocalDate.of(2022, 1, 1))).isEmpty();
            assertThat(convention.predecessorId()).isEmpty();
            assertThat(convention.statusOn(LocalDate.of(2022, 1, 1))).isEqualTo(ConventionStatus.DRAFT);
        }

        @Test
        void aDraftIsRevisedFreely() {
            Convention convention = draft();
            convention.reviseDraft(terms().withTitle("CTG révisée"));
            assertThat(convention.currentTerms().title()).isEqualTo("CTG révisée");
        }

        @Test
        void termsAreFrozenOnceSentForSignature() {
            Convention convention = inSignature();
            ruleViolation(
                    () -> convention.reviseDraft(terms().withTitle("Trop tard")),
                    ConventionErrors.REVISION_NOT_ALLOWED);
            assertThat(convention.currentTerms().title()).isEqualTo("CTG de test 2021-2024");
        }

        @Test
        void aSignedConventionIsNeverRevisedDirectly() {
            Convention convention = signed();
            var e = ruleViolation(
                    () -> convention.reviseDraft(terms().withTitle("Sans avenant")),
                    ConventionErrors.REVISION_NOT_ALLOWED);
            assertThat(e.args()).containsExactly(ConventionStatus.SIGNED);
        }
    }

    @Nested
    class SignatureRound {

        @Test
        void aCompleteDraftGoesToSignature() {
            Convention convention = draft();
            convention.submitForSignature();
            assertThat(convention.status()).isEqualTo(ConventionStatus.IN_SIGNATURE);
        }

        @Test
        void anIncompleteDraftIsRefusedWithItsProblems() {
            Convention convention = Convention.draft(
                    ConventionTerms.of("CTG", Period.usual(START)).withSignatories(List.of(caf())));
            var e = ruleViolation(convention::submitForSignature, ConventionErrors.INCOMPLETE);
            assertThat(e.fields())
                    .extracting(FieldProblem::code)
                    .containsExactly(
                            ConventionErrors.COLLECTIVITE_SIGNATORY_REQUIRED, ConventionErrors.TERRITORY_REQUIRED);
            assertThat(convention.status()).isEqualTo(ConventionStatus.DRAFT);
        }

        @Test
        void onlyADraftIsSubmitted() {
            Convention convention = inSignature();
            ruleViolation(convention::submitForSignature, ConventionErrors.SUBMISSION_NOT_ALLOWED);
            ruleViolation(signed()::submitForSignature, ConventionErrors.SUBMISSION_NOT_ALLOWED);
        }

        @Test
        void aConventionInSignatureMayReturnToDraft() {
            Convention convention = inSignature();
            convention.returnToDraft();
            assertThat(convention.status()).isEqualTo(ConventionStatus.DRAFT);
            convention.reviseDraft(terms().withTitle("Corrigée"));
            assertThat(convention.currentTerms().title()).isEqualTo("Corrigée");
            ruleViolation(convention::returnToDraft, ConventionErrors.RETURN_TO_DRAFT_NOT_ALLOWED);
            ruleViolation(signed()::returnToDraft, ConventionErrors.RETURN_TO_DRAFT_NOT_ALLOWED);
        }
    }

    @Nested
    class Signature {

        @Test
        void signingRecordsVersionOneInForceFromTheStartOfThePeriod() {
            Convention convention = inSignature();
            ConventionVersion first = convention.sign(SIGNED_ON, Set.of(COMMUNE_ID));
            assertThat(convention.status()).isEqualTo(ConventionStatus.SIGNED);
            assertThat(convention.signedOn()).contains(SIGNED_ON);
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.isOriginal()).isTrue();
            assertThat(first.amendment()).isEmpty();
            assertThat(first.effectiveFrom()).isEqualTo(START);
            assertThat(first.signedOn()).isEqualTo(SIGNED_ON);
            assertThat(first.terms()).isEqualTo(terms());
            assertThat(convention.versions()).containsExactly(first);
            assertThat(convention.currentVersion()).contains(first);
        }

        @Test
        void aDraftCannotBeSigned() {
            Convention convention = draft();
            var e = ruleViolation(
                    () -> convention.sign(SIGNED_ON, Set.of(COMMUNE_ID)), ConventionErrors.SIGNATURE_NOT_ALLOWED);
            assertThat(e.args()).containsExactly(ConventionStatus.DRAFT);
            assertThat(convention.status()).isEqualTo(ConventionStatus.DRAFT);
        }

        @Test
        void aSignedConventionCannotBeSignedAgain() {
            Convention convention = signed();
            ruleViolation(
                    () -> convention.sign(SIGNED_ON.plusDays(1), Set.of(COMMUNE_ID)),
                    ConventionErrors.SIGNATURE_NOT_ALLOWED);
            assertThat(convention.versions()).hasSize(1);
        }

        @Test
        void refusedWhenACommuneHasNotDeliberatedNamingIt() {
            Convention convention =
                    Convention.draft(terms().withSignatories(List.of(caf(), commune(), otherCommune())));
            convention.submitForSignature();

            var e = ruleViolation(
                    () -> convention.sign(SIGNED_ON, Set.of(COMMUNE_ID)), ConventionErrors.DELIBERATION_MISSING);
            assertThat(e.args()).containsExactly("Commune associée de Lomme");

            var both = ruleViolation(() -> convention.sign(SIGNED_ON, Set.of()), ConventionErrors.DELIBERATION_MISSING);
            assertThat(both.args()).containsExactly("Ville de Lille, Commune associée de Lomme");
            assertThat(convention.status()).isEqualTo(ConventionStatus.IN_SIGNATURE);
            assertThat(convention.versions()).isEmpty();

            convention.sign(SIGNED_ON, Set.of(COMMUNE_ID, OTHER_COMMUNE_ID));
            assertThat(convention.status()).isEqualTo(ConventionStatus.SIGNED);
        }

        @Test
        void theCafNeedsNoCouncilDeliberation() {
            Convention convention = inSignature();
            assertThat(convention.missingDeliberations(Set.of(COMMUNE_ID))).isEmpty();
            convention.sign(SIGNED_ON, Set.of(COMMUNE_ID));
            assertThat(convention.status()).isEqualTo(ConventionStatus.SIGNED);
        }

        @Test
        void aSignatureDateIsRequired() {
            ConventionFixtures.invalid(
                    () -> inSignature().sign(null, Set.of(COMMUNE_ID)), ConventionErrors.DATE_REQUIRED);
        }
    }

    @Nested
    class Dates {

        @Test
        void signedBeforeItsStartIsSignedThenActiveOnTheStartDate() {
            Convention convention = Convention.draft(terms().withPeriod(Period.usual(LocalDate.of(2025, 1, 1))));
            convention.submitForSignature();
            convention.sign(LocalDate.of(2024, 11, 20), Set.of(COMMUNE_ID));

            assertThat(convention.statusOn(LocalDate.of(2024, 12, 31))).isEqualTo(ConventionStatus.SIGNED);
            assertThat(convention.statusOn(LocalDate.of(2025, 1, 1))).isEqualTo(ConventionStatus.ACTIVE);
            var e = ruleViolation(
                    () -> convention.activate(LocalDate.of(2024, 12, 31)), ConventionErrors.NOT_YET_EFFECTIVE);
            assertThat(e.args()).containsExactly(LocalDate.of(2025, 1, 1));
            assertThat(convention.status()).isEqualTo(ConventionStatus.SIGNED);

            convention.activate(LocalDate.of(2025, 1, 1));
            assertThat(convention.status()).isEqualTo(ConventionStatus.ACTIVE);
        }

        @Test
        void aRetroactiveConventionIsInForceFromItsStartDate() {
            Convention convention = signed();
            assertThat(convention.statusOn(START)).isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.statusOn(START.minusDays(1))).isEqualTo(ConventionStatus.SIGNED);
            assertThat(convention.isInForceOn(LocalDate.of(2021, 3, 1))).isTrue();
            convention.activate(SIGNED_ON);
            assertThat(convention.status()).isEqualTo(ConventionStatus.ACTIVE);
        }

        @Test
        void onlyASignedConventionIsActivated() {
            ruleViolation(() -> draft().activate(SIGNED_ON), ConventionErrors.ACTIVATION_NOT_ALLOWED);
            ruleViolation(() -> inSignature().activate(SIGNED_ON), ConventionErrors.ACTIVATION_NOT_ALLOWED);
            ruleViolation(() -> active().activate(SIGNED_ON), ConventionErrors.ACTIVATION_NOT_ALLOWED);
            var tooLate =
                    ruleViolation(() -> signed().activate(END.plusDays(1)), ConventionErrors.ACTIVATION_NOT_ALLOWED);
            assertThat(tooLate.args()).containsExactly(ConventionStatus.EXPIRED);
        }

        @Test
        void expiresTheDayAfterItsEndDate() {
            Convention convention = active();
            assertThat(convention.statusOn(END)).isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.statusOn(END.plusDays(1))).isEqualTo(ConventionStatus.EXPIRED);
            var e = ruleViolation(() -> convention.expire(END), ConventionErrors.NOT_YET_EXPIRED);
            assertThat(e.args()).containsExactly(END);

            convention.expire(END.plusDays(1));
            assertThat(convention.status()).isEqualTo(ConventionStatus.EXPIRED);
            assertThat(convention.isInForceOn(END.plusDays(1))).isFalse();
            ruleViolation(() -> convention.expire(END.plusDays(2)), ConventionErrors.EXPIRATION_NOT_ALLOWED);
        }

        @Test
        void onlyAnActiveConventionExpires() {
            ruleViolation(() -> draft().expire(END.plusDays(1)), ConventionErrors.EXPIRATION_NOT_ALLOWED);
            ruleViolation(() -> signed().expire(END.plusDays(1)), ConventionErrors.EXPIRATION_NOT_ALLOWED);
        }

        @Test
        void refreshFollowsTheDatesForwardOnly() {
            Convention convention = signed();
            assertThat(convention.refresh(START.minusDays(10))).isEqualTo(ConventionStatus.SIGNED);
            assertThat(convention.refresh(LocalDate.of(2022, 5, 1))).isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.refresh(START.minusDays(10)))
                    .as("never backwards")
                    .isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.refresh(LocalDate.of(2025, 1, 1))).isEqualTo(ConventionStatus.EXPIRED);
            assertThat(convention.refresh(LocalDate.of(2022, 5, 1))).isEqualTo(ConventionStatus.EXPIRED);
        }

        @Test
        void refreshTakesASignedConventionStraightToExpiredThroughActive() {
            Convention convention = signed();
            assertThat(convention.refresh(LocalDate.of(2026, 1, 1))).isEqualTo(ConventionStatus.EXPIRED);
        }

        @Test
        void refreshLeavesUnsignedConventionsAlone() {
            assertThat(draft().refresh(LocalDate.of(2022, 1, 1))).isEqualTo(ConventionStatus.DRAFT);
            assertThat(inSignature().refresh(LocalDate.of(2022, 1, 1))).isEqualTo(ConventionStatus.IN_SIGNATURE);
        }

        @Test
        void expiryNeverRenews() {
            Convention convention = expired();
            convention.refresh(LocalDate.of(2030, 1, 1));
            assertThat(convention.status()).isEqualTo(ConventionStatus.EXPIRED);
            assertThat(convention.successorId()).isEmpty();
            assertThat(convention.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(ConventionStatus.EXPIRED);
        }

        @Test
        void countsDaysToExpiry() {
            Convention convention = active();
            assertThat(convention.daysToExpiryAt(LocalDate.of(2024, 10, 2))).isEqualTo(90);
        }
    }
}
