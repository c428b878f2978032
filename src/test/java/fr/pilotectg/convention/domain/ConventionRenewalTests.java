package fr.pilotectg.convention.domain;

import static fr.pilotectg.convention.domain.ConventionFixtures.CAF_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.COMMUNE_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.END;
import static fr.pilotectg.convention.domain.ConventionFixtures.START;
import static fr.pilotectg.convention.domain.ConventionFixtures.active;
import static fr.pilotectg.convention.domain.ConventionFixtures.draft;
import static fr.pilotectg.convention.domain.ConventionFixtures.expired;
import static fr.pilotectg.convention.domain.ConventionFixtures.inSignature;
import static fr.pilotectg.convention.domain.ConventionFixtures.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.demo.SeedConventions;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConventionRenewalTests {

    private static final Period NEXT = Period.usual(LocalDate.of(2025, 1, 1));

    @Test
    void renewalCreatesANewDraftNamingItsPredecessor() {
        Convention convention = active();
        ConventionId nextId = ConventionId.random();

        Convention next = convention.renew(nextId, NEXT);

        assertThat(next.id()).isEqualTo(nextId);
        assertThat(next.status()).isEqualTo(ConventionStatus.DRAFT);
        assertThat(next.predecessorId()).contains(convention.id());
        assertThat(next.versions()).isEmpty();
        assertThat(next.currentTerms().period()).isEqualTo(NEXT);
        assertThat(next.currentTerms().predecessorContract()).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(PredecessorKind.CTG);
            assertThat(p.label()).isEqualTo("CTG de test 2021-2024");
            assertThat(p.start().firstDay()).isEqualTo(START);
            assertThat(p.end().lastDay()).isEqualTo(END);
            assertThat(p.extendedTo()).isNull();
        });
        assertThat(convention.successorId()).contains(nextId);
        assertThat(convention.status()).as("the predecessor is untouched").isEqualTo(ConventionStatus.ACTIVE);
        assertThat(convention.currentTerms().period().end()).isEqualTo(END);
    }

    @Test
    void theNewConventionNeedsItsOwnDeliberationsAndSignatures() {
        Convention armentieres = SeedConventions.armentieres2023(ConventionId.random(), CAF_ID, COMMUNE_ID);
        assertThat(armentieres
                        .currentTerms()
                        .signatory(COMMUNE_ID)
                        .orElseThrow()
                        .authorisations())
                .hasSize(1);

        Convention next = armentieres.renew(ConventionId.random(), Period.usual(LocalDate.of(2027, 1, 1)));

        assertThat(next.currentTerms().signatories())
                .allSatisfy(s -> assertThat(s.authorisations()).isEmpty());
        assertThat(next.currentTerms().signatories())
                .extracting(Signatory::organisationName)
                .containsExactly(SeedConventions.CAF_DU_NORD, "Commune d'Armentières");
        assertThat(next.currentTerms().predecessor().kind()).isEqualTo(PredecessorKind.CTG);
        assertThat(next.currentTerms().predecessor().end().lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        next.submitForSignature();
        ruleViolation(() -> next.sign(LocalDate.of(2027, 2, 1), Set.of()), ConventionErrors.DELIBERATION_MISSING);
        next.sign(LocalDate.of(2027, 2, 1), Set.of(COMMUNE_ID));
        assertThat(next.statusOn(LocalDate.of(2027, 2, 1))).isEqualTo(ConventionStatus.ACTIVE);
    }

    @Test
    void renewalWithNewTermsKeepsThemAndSetsThePredecessor() {
        Convention convention = expired();
        var newTerms = convention.currentTerms().withTitle("CTG 2025-2028").withPeriod(NEXT);
        Convention next = convention.renew(ConventionId.random(), newTerms);
        assertThat(next.currentTerms().title()).isEqualTo("CTG 2025-2028");
        assertThat(next.currentTerms().predecessor().end().lastDay()).isEqualTo(END);
    }

    @Test
    void theNewPeriodMustStartAfterTheOldOneEnds() {
        Convention convention = active();
        var e = ruleViolation(
                () -> convention.renew(ConventionId.random(), Period.usual(END)),
                ConventionErrors.RENEWAL_PERIOD_OVERLAP);
        assertThat(e.args()).containsExactly(END, END);
        assertThat(convention.successorId()).isEmpty();
    }

    @Test
    void aConventionIsRenewedOnce() {
        Convention convention = active();
        ConventionId first = ConventionId.random();
        convention.renew(first, NEXT);
        var e = ruleViolation(() -> convention.renew(ConventionId.random(), NEXT), ConventionErrors.ALREADY_RENEWED);
        assertThat(e.args()).containsExactly(first);
    }

    @Test
    void draftsAndConventionsInSignatureAreNotRenewed() {
        ruleViolation(() -> draft().renew(ConventionId.random(), NEXT), ConventionErrors.RENEWAL_NOT_ALLOWED);
        ruleViolation(() -> inSignature().renew(ConventionId.random(), NEXT), ConventionErrors.RENEWAL_NOT_ALLOWED);
    }

    @Test
    void aConventionUnderNoticeIsNotRenewed() {
        Convention convention = active();
        convention.terminateWithNotice(LocalDate.of(2024, 3, 15), COMMUNE_ID);
        ruleViolation(() -> convention.renew(ConventionId.random(), NEXT), ConventionErrors.RENEWAL_NOT_ALLOWED);
    }

    @Test
    void aRenewalKeepsItsOwnId() {
        Convention convention = active();
        ruleViolation(() -> convention.renew(convention.id(), NEXT), ConventionErrors.RENEWAL_NOT_ALLOWED);
    }
}
