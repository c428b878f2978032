package fr.pilotectg.convention.domain;

import static fr.pilotectg.convention.domain.ConventionFixtures.CAF_ID;
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
import static fr.pilotectg.convention.domain.ConventionFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.InseeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConventionAmendmentTests {

    private static final LocalDate NEW_END = LocalDate.of(2025, 12, 31);
    private static final LocalDate DRAFTED_ON = LocalDate.of(2024, 3, 1);
    private static final LocalDate AMENDMENT_SIGNED_ON = LocalDate.of(2024, 6, 10);

    private static ConventionTerms extended(Convention convention) {
        ConventionTerms current = convention.currentTerms();
        return current.withPeriod(current.period().withEnd(NEW_END));
    }

    @Test
    void anAvenantChangingTheEndDateKeepsTheEarlierVersionReadable() {
        Convention convention = active();

        Amendment avenant =
                convention.draftAmendment("Avenant n° 1 — prolongation d'un an", extended(convention), DRAFTED_ON);
        assertThat(avenant.number()).isEqualTo(1);
        assertThat(avenant.changedParts()).containsExactly(TermsPart.PERIOD);
        assertThat(avenant.isPending()).isTrue();
        assertThat(convention.currentTerms().period().end())
                .as("not in force before signature")
                .isEqualTo(END);

        ConventionVersion second = convention.signAmendment(1, AMENDMENT_SIGNED_ON, Set.of(COMMUNE_ID));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.amendment()).contains(1);
        assertThat(second.effectiveFrom()).isEqualTo(AMENDMENT_SIGNED_ON);
        assertThat(second.signedOn()).isEqualTo(AMENDMENT_SIGNED_ON);
        assertThat(convention.versions()).extracting(ConventionVersion::number).containsExactly(1, 2);
        assertThat(convention.version(1).terms().period().end()).isEqualTo(END);
        assertThat(convention.version(1).effectiveFrom()).isEqualTo(START);
        assertThat(convention.version(2).terms().period().end()).isEqualTo(NEW_END);
        assertThat(convention.currentTerms().period().end()).isEqualTo(NEW_END);
        assertThat(convention.termsOn(AMENDMENT_SIGNED_ON.minusDays(1)))
                .map(t -> t.period().end())
                .contains(END);
        assertThat(convention.termsOn(AMENDMENT_SIGNED_ON))
                .map(t -> t.period().end())
                .contains(NEW_END);
        assertThat(convention.termsOn(START.minusDays(1))).isEmpty();
        assertThat(convention.amendments()).singleElement().satisfies(a -> {
            assertThat(a.isSigned()).isTrue();
            assertThat(a.signedOn()).isEqualTo(AMENDMENT_SIGNED_ON);
            assertThat(a.draftedOn()).isEqualTo(DRAFTED_ON);
            assertThat(a.title()).isEqualTo("Avenant n° 1 — prolongation d'un an");
        });
        assertThat(convention.statusOn(LocalDate.of(2025, 6, 1))).as("extended").isEqualTo(ConventionStatus.ACTIVE);
        assertThat(convention.statusOn(NEW_END.plusDays(1))).isEqualTo(ConventionStatus.EXPIRED);
        assertThat(convention.daysToExpiryAt(LocalDate.of(2025, 12, 1))).isEqualTo(30);
    }

    @Test
    void anUnknownVersionIsNotFound() {
        var e = ConventionFixtures.refused(
                () -> active().version(2), ErrorKind.NOT_FOUND, ConventionErrors.VERSION_NOT_FOUND);
        assertThat(e.args()).containsExactly(2);
    }

    @Test
    void anAvenantMayTakeEffectOnAnAgreedDate() {
        Convention convention = active();
        convention.draftAmendment("Avenant n° 1", extended(convention), DRAFTED_ON);
        ConventionVersion second =
                convention.signAmendment(1, AMENDMENT_SIGNED_ON, LocalDate.of(2024, 1, 1), Set.of(COMMUNE_ID));
        assertThat(second.effectiveFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(convention.termsOn(LocalDate.of(2024, 2, 1)))
                .map(t -> t.period().end())
                .contains(NEW_END);
    }

    @Test
    void avenantsAreNumberedInOrder() {
        Convention convention = active();
        convention.draftAmendment("Avenant n° 1", extended(convention), DRAFTED_ON);
        convention.signAmendment(1, AMENDMENT_SIGNED_ON, Set.of(COMMUNE_ID));
        var wider = convention
                .currentTerms()
                .withTerritory(List.of(new InseeCode("59350"), new InseeCode("59355")), List.of());
        Amendment second = convention.draftAmendment("Avenant n° 2 — Lomme", wider, LocalDate.of(2024, 9, 1));
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.changedParts()).containsExactly(TermsPart.TERRITORY);
        convention.signAmendment(2, LocalDate.of(2024, 10, 1), Set.of(COMMUNE_ID));
        assertThat(convention.versions())
                .extracting(ConventionVersion::amendmentNumber)
                .containsExactly(null, 1, 2);
        assertThat(convention.currentTerms().communes()).hasSize(2);
        assertThat(convention.currentTerms().period().end())
                .as("consolidated: avenant 1 kept")
                .isEqualTo(NEW_END);
        assertThat(convention.version(2).terms().communes()).hasSize(1);
    }

    @Test
    void anAvenantOnADraftIsRefused() {
        Convention convention = draft();
        var e = ruleViolation(
                () -> convention.draftAmendment("Avenant", extended(convention), DRAFTED_ON),
                ConventionErrors.AMENDMENT_NOT_ALLOWED);
        assertThat(e.args()).containsExactly(ConventionStatus.DRAFT);
        assertThat(convention.amendments()).isEmpty();
    }

    @Test
    void anAvenantDuringTheSignatureRoundIsRefused() {
        Convention convention = inSignature();
        ruleViolation(
                () -> convention.draftAmendment("Avenant", extended(convention), DRAFTED_ON),
                ConventionErrors.AMENDMENT_NOT_ALLOWED);
    }

    @Test
    void anAvenantOnATerminatedConventionIsRefused() {
        Convention convention = active();
        convention.terminateForUnilateralChange(LocalDate.of(2023, 5, 2));
        ruleViolation(
                () -> convention.draftAmendment("Avenant", extended(convention), DRAFTED_ON),
                ConventionErrors.AMENDMENT_NOT_ALLOWED);
    }

    @Test
    void anAvenantDatedBeforeTheSignatureIsRefused() {
        Convention convention = active();
        ruleViolation(
                () -> convention.draftAmendment("Avenant", extended(convention), SIGNED_ON.minusDays(1)),
                ConventionErrors.AMENDMENT_NOT_ALLOWED);
    }

    @Test
    void anExpiredConventionMayBeExtendedByAvenantAndComesBackInForce() {
        // The Lille CEJ 2016-2019 was "prolongé par voie d'avenant jusqu'au 31 décembre 2020" by a deliberation
        // of 11 December 2020, i.e. after its end.
        Convention convention = expired();
        convention.draftAmendment("Avenant de prolongation", extended(convention), LocalDate.of(2025, 2, 1));
        convention.signAmendment(1, LocalDate.of(2025, 3, 1), END.plusDays(1), Set.of(COMMUNE_ID));
        assertThat(convention.status()).isEqualTo(ConventionStatus.ACTIVE);
        assertThat(convention.statusOn(LocalDate.of(2025, 3, 1))).isEqualTo(ConventionStatus.ACTIVE);
    }

    @Test
    void aPurelyRetroactiveExtensionLeavesItExpired() {
        Convention convention = expired();
        convention.draftAmendment("Régularisation", extended(convention), LocalDate.of(2026, 2, 1));
        convention.signAmendment(1, LocalDate.of(2026, 3, 1), END.plusDays(1), Set.of(COMMUNE_ID));
        assertThat(convention.status()).isEqualTo(ConventionStatus.EXPIRED);
        assertThat(convention.statusOn(LocalDate.of(2025, 6, 1))).isEqualTo(ConventionStatus.ACTIVE);
    }

    @Test
    void oneAvenantAtATime() {
        Convention convention = active();
        convention.draftAmendment("Avenant n° 1", extended(convention), DRAFTED_ON);
        var e = ruleViolation(
                () -> convention.draftAmendment(
                        "Avenant n° 2", convention.currentTerms().withTitle("Autre"), DRAFTED_ON),
                ConventionErrors.AMENDMENT_PENDING);
        assertThat(e.args()).containsExactly(1);
    }

    @Test
    void anAvenantMustChangeSomething() {
        Convention convention = active();
        ruleViolation(
                () -> convention.draftAmendment("Rien", convention.currentTerms(), DRAFTED_ON),
                ConventionErrors.AMENDMENT_UNCHANGED);
    }

    @Test
    void anAvenantMustLeaveCompleteTerms() {
        Convention convention = active();
        var withoutCaf = convention.currentTerms().withSignatories(List.of(commune()));
        var e = ruleViolation(
                () -> convention.draftAmendment("Sans la Caf", withoutCaf, DRAFTED_ON), ConventionErrors.INCOMPLETE);
        assertThat(e.fields()).extracting(p -> p.code()).containsExactly(ConventionErrors.CAF_SIGNATORY_REQUIRED);
    }

    @Test
    void signingAnUnknownOrSignedAvenantIsRefused() {
        Convention convention = active();
        var none = ruleViolation(
                () -> convention.signAmendment(1, AMENDMENT_SIGNED_ON, Set.of(COMMUNE_ID)),
                ConventionErrors.AMENDMENT_NOT_PENDING);
        assertThat(none.args()).containsExactly(1);
        convention.draftAmendment("Avenant n° 1", extended(convention), DRAFTED_ON);
        convention.signAmendment(1, AMENDMENT_SIGNED_ON, Set.of(COMMUNE_ID));
        ruleViolation(
                () -> convention.signAmendment(1, AMENDMENT_SIGNED_ON, Set.of(COMMUNE_ID)),
                ConventionErrors.AMENDMENT_NOT_PENDING);
        assertThat(convention.versions()).hasSize(2);
    }

    @Test
    void anAvenantIsSignedAfterItIsDrafted() {
        Convention convention = active();
        convention.draftAmendment("Avenant n° 1", extended(convention), DRAFTED_ON);
        var e = ruleViolation(
                () -> convention.signAmendment(1, DRAFTED_ON.minusDays(1), Set.of(COMMUNE_ID)),
                ConventionErrors.AMENDMENT_DATE_INVALID);
        assertThat(e.args()).containsExactly(DRAFTED_ON, DRAFTED_ON.minusDays(1));
    }

    @Test
    void anAvenantCannotTakeEffectBeforeTheVersionItAmends() {
        Convention convention = active();
        convention.draftAmendment("Avenant n° 1", extended(convention), DRAFTED_ON);
        var e = ruleViolation(
                () -> convention.signAmendment(1, AMENDMENT_SIGNED_ON, START.minusDays(1), Set.of(COMMUNE_ID)),
                ConventionErrors.AMENDMENT_EFFECTIVE_DATE_INVALID);
        assertThat(e.args()).containsExactly(START.minusDays(1), START);
    }

    @Test
    void anAvenantAddingASignatoryNeedsItsDeliberation() {
        Convention convention = active();
        var withLomme = convention.currentTerms().withSignatories(List.of(caf(), commune(), otherCommune()));
        convention.draftAmendment("Avenant — Lomme signataire", withLomme, DRAFTED_ON);
        var e = ruleViolation(
                () -> convention.signAmendment(1, AMENDMENT_SIGNED_ON, Set.of(COMMUNE_ID)),
                ConventionErrors.DELIBERATION_MISSING);
        assertThat(e.args()).containsExactly("Commune associée de Lomme");
        assertThat(convention.versions()).hasSize(1);
        convention.signAmendment(1, AMENDMENT_SIGNED_ON, Set.of(COMMUNE_ID, OTHER_COMMUNE_ID));
        assertThat(convention.currentTerms().signatory(OTHER_COMMUNE_ID)).isPresent();
        assertThat(convention.currentTerms().signatory(CAF_ID)).isPresent();
    }

    @Test
    void aWithdrawnAvenantStaysInTheHistory() {
        Convention convention = active();
        convention.draftAmendment("Avenant abandonné", extended(convention), DRAFTED_ON);
        convention.withdrawAmendment(1);
        assertThat(convention.pendingAmendment()).isEmpty();
        assertThat(convention.amendments()).singleElement().satisfies(a -> {
            assertThat(a.withdrawn()).isTrue();
            assertThat(a.isSigned()).isFalse();
        });
        assertThat(convention.versions()).hasSize(1);
        Amendment next = convention.draftAmendment("Avenant n° 2", extended(convention), DRAFTED_ON.plusDays(1));
        assertThat(next.number()).isEqualTo(2);
        ruleViolation(() -> convention.withdrawAmendment(1), ConventionErrors.AMENDMENT_NOT_PENDING);
    }

    @Test
    void theHistoryCannotBeAlteredFromOutside() {
        Convention convention = active();
        List<ConventionVersion> versions = convention.versions();
        assertThatThrownBy(versions::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(terms().signatories()).isUnmodifiable();
    }
}
