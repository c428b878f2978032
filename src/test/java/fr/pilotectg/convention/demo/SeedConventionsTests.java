package fr.pilotectg.convention.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.domain.AuthorisingAct;
import fr.pilotectg.convention.domain.Convention;
import fr.pilotectg.convention.domain.ConventionId;
import fr.pilotectg.convention.domain.ConventionTerms;
import fr.pilotectg.convention.domain.DomainCode;
import fr.pilotectg.convention.domain.PartyKind;
import fr.pilotectg.convention.domain.Period;
import fr.pilotectg.convention.domain.PredecessorKind;
import fr.pilotectg.convention.domain.Representative;
import fr.pilotectg.convention.domain.RepresentativeRole;
import fr.pilotectg.convention.domain.RetainedMission;
import fr.pilotectg.convention.domain.Signatory;
import fr.pilotectg.shared.InseeCode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeedConventionsTests {

    private static final UUID CAF_DU_NORD = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID VILLE_DE_LILLE = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final UUID ARMENTIERES = UUID.fromString("33333333-3333-3333-3333-333333333333");

    @Nested
    class LilleLommeHellemmes {

        private final ConventionTerms terms = SeedConventions.lilleLommeHellemmes2021Terms(CAF_DU_NORD, VILLE_DE_LILLE);

        @Test
        void runsFrom1January2021To31December2024() {
            assertThat(terms.period().start()).isEqualTo(LocalDate.of(2021, 1, 1));
            assertThat(terms.period().end()).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThat(terms.period().isUsualLength()).isTrue();
            assertThat(terms.title())
                    .isEqualTo("Convention Territoriale Globale (CTG) entre la Caf du Nord et la Ville de Lille "
                            + "et ses communes associées d'Hellemmes et de Lomme");
        }

        @Test
        void coversLilleLommeAndHellemmes() {
            assertThat(terms.communes()).extracting(InseeCode::value).containsExactly("59350", "59355", "59298");
            assertThat(terms.epcis()).isEmpty();
        }

        @Test
        void isSignedByTheCafDuNordAndTheVilleDeLilleAsPrinted() {
            assertThat(terms.signatories())
                    .extracting(Signatory::kind, Signatory::organisationId, Signatory::organisationName)
                    .containsExactly(
                            tuple(PartyKind.CAF, CAF_DU_NORD, "Caisse d'allocations familiales du Nord"),
                            tuple(PartyKind.COMMUNE, VILLE_DE_LILLE, "Ville de Lille"));
            Signatory caf = terms.signatories().get(0);
            assertThat(caf.representatives())
                    .extracting(Representative::name, Representative::role, Representative::title)
                    .containsExactly(
                            tuple(
                                    "Lydie LIBRIZZI",
                                    RepresentativeRole.BOARD_CHAIR,
                                    "Présidente du conseil d'administration"),
                            tuple("Luc GRARD", RepresentativeRole.DIRECTOR, "Directeur général"));
            assertThat(caf.needsCouncilDeliberation()).isFalse();
            Signatory lille = terms.signatories().get(1);
            assertThat(lille.representatives())
                    .extracting(Representative::name, Representative::role)
                    .containsExactly(tuple("Martine AUBRY", RepresentativeRole.MAYOR));
            assertThat(lille.needsCouncilDeliberation()).isTrue();
            assertThat(lille.authorisations())
                    .extracting(a -> a.adoptedOn().firstDay(), AuthorisingAct::reference)
                    .containsExactly(
                            tuple(LocalDate.of(2021, 6, 29), null), tuple(LocalDate.of(2021, 6, 23), "2021/58"));
        }

        @Test
        void coversTheTenDomainsAndTheFourMissionsWithTheirTenEnjeux() {
            assertThat(terms.domains()).hasSize(10).allMatch(DomainCode::isStandard);
            assertThat(terms.missions())
                    .extracting(RetainedMission::missionCode)
                    .containsExactly("M1", "M2", "M3", "M4");
            assertThat(terms.missions())
                    .flatExtracting(RetainedMission::enjeuCodes)
                    .containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10");
        }

        @Test
        void listsTheFourteenFieldsOfArticle3() {
            assertThat(terms.collectiviteFields())
                    .hasSize(14)
                    .startsWith("Éducation", "Jeunesse")
                    .endsWith("Santé");
        }

        @Test
        void followsTheCej2016To2019ExtendedTo31December2020() {
            assertThat(terms.predecessorContract()).hasValueSatisfying(cej -> {
                assertThat(cej.kind()).isEqualTo(PredecessorKind.CEJ);
                assertThat(cej.start().french())
                        .as("known by its year, as the text gives it")
                        .isEqualTo("2016");
                assertThat(cej.end().french()).isEqualTo("2019");
                assertThat(cej.extendedTo().french()).isEqualTo("31/12/2020");
                assertThat(cej.actualEnd().lastDay().plusDays(1))
                        .as("no gap before the CTG")
                        .isEqualTo(terms.period().start());
                assertThat(cej.label()).contains("20/466");
            });
        }

        @Test
        void isReadyForSignatureAndSignsWithLillesDeliberation() {
            assertThat(terms.problemsBeforeSignature()).isEmpty();
            Convention convention = SeedConventions.lilleLommeHellemmes2021(
                    ConventionId.random(), CAF_DU_NORD, VILLE_DE_LILLE, LocalDate.of(2021, 7, 5));
            assertThat(convention.status()).isEqualTo(ConventionStatus.SIGNED);
            assertThat(convention.statusOn(LocalDate.of(2021, 1, 1)))
                    .as("retroactive effect")
                    .isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.statusOn(LocalDate.of(2025, 1, 1))).isEqualTo(ConventionStatus.EXPIRED);
            assertThat(convention.refresh(LocalDate.of(2025, 1, 1))).isEqualTo(ConventionStatus.EXPIRED);
        }
    }

    @Nested
    class Armentieres {

        private final ConventionTerms terms = SeedConventions.armentieres2023Terms(CAF_DU_NORD, ARMENTIERES);

        @Test
        void runsFrom1January2023To31December2026() {
            assertThat(terms.period()).isEqualTo(Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)));
            assertThat(terms.communes()).extracting(InseeCode::value).containsExactly("59017");
        }

        @Test
        void isSignedByTheCafDuNordAndTheCommuneAsPrinted() {
            assertThat(terms.signatories())
                    .extracting(Signatory::kind, Signatory::organisationId)
                    .containsExactly(tuple(PartyKind.CAF, CAF_DU_NORD), tuple(PartyKind.COMMUNE, ARMENTIERES));
            assertThat(terms.signatories().get(0).representatives())
                    .extracting(Representative::name, Representative::role, Representative::title)
                    .containsExactly(
                            tuple(
                                    "Véronique DELCOURT",
                                    RepresentativeRole.BOARD_CHAIR,
                                    "Présidente du conseil d'administration"),
                            tuple("Audrey MATHON-DEBETENCOURT", RepresentativeRole.DIRECTOR, "Directrice par intérim"));
            assertThat(terms.signatories().get(1).representatives())
                    .extracting(Representative::name)
                    .containsExactly("Bernard HAESEBROECK");
            assertThat(terms.signatories().get(1).authorisations())
                    .singleElement()
                    .satisfies(act -> {
                        assertThat(act.adoptedOn().firstDay()).isEqualTo(LocalDate.of(2023, 2, 9));
                        assertThat(act.reference()).isEqualTo("059-215900176-20230209-DE23027-DE");
                    });
            assertThat(terms.partners()).as("the MSA line is a template prompt").isEmpty();
        }

        @Test
        void followsTheFirstCtg2020To2022() {
            assertThat(terms.predecessor().kind()).isEqualTo(PredecessorKind.CTG);
            assertThat(terms.predecessor().start().french()).isEqualTo("2020");
            assertThat(terms.predecessor().end().french()).isEqualTo("2022");
            assertThat(terms.predecessor().wasExtended()).isFalse();
            assertThat(terms.domains()).hasSize(10);
            assertThat(terms.missions()).hasSize(4);
            assertThat(terms.collectiviteFields()).isEmpty();
        }

        @Test
        void wasSignedOn18January2023BeforeItsDeliberationOf9February2023() {
            Convention convention = SeedConventions.armentieres2023(ConventionId.random(), CAF_DU_NORD, ARMENTIERES);
            assertThat(convention.signedOn()).contains(LocalDate.of(2023, 1, 18));
            assertThat(convention.status()).isEqualTo(ConventionStatus.SIGNED);
            LocalDate deliberation = convention
                    .currentTerms()
                    .signatory(ARMENTIERES)
                    .orElseThrow()
                    .authorisations()
                    .get(0)
                    .adoptedOn()
                    .firstDay();
            assertThat(convention.signedOn().orElseThrow()).isBefore(deliberation);
            assertThat(convention.statusOn(LocalDate.of(2023, 1, 2))).isEqualTo(ConventionStatus.ACTIVE);
            convention.activate(LocalDate.of(2023, 1, 18));
            assertThat(convention.status()).isEqualTo(ConventionStatus.ACTIVE);
            assertThat(convention.daysToExpiryAt(LocalDate.of(2026, 7, 4))).isEqualTo(180);
        }

        @Test
        void aSixMonthNoticeOn15March2024EndsItOn15September2024() {
            Convention convention = SeedConventions.armentieres2023(ConventionId.random(), CAF_DU_NORD, ARMENTIERES);
            assertThat(convention
                            .terminateWithNotice(LocalDate.of(2024, 3, 15), ARMENTIERES)
                            .effectiveOn())
                    .isEqualTo(LocalDate.of(2024, 9, 15));
        }
    }
}
