package fr.pilotectg.convention.domain;

import static fr.pilotectg.convention.domain.ConventionFixtures.CAF_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.COMMUNE_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.OTHER_COMMUNE_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.caf;
import static fr.pilotectg.convention.domain.ConventionFixtures.commune;
import static fr.pilotectg.convention.domain.ConventionFixtures.invalid;
import static fr.pilotectg.convention.domain.ConventionFixtures.otherCommune;
import static fr.pilotectg.convention.domain.ConventionFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.shared.PartialDate;
import fr.pilotectg.shared.Siren;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConventionTermsTests {

    @Test
    void aSignatoryNeedsItsOrganisation() {
        var e = invalid(
                () -> Signatory.of(PartyKind.COMMUNE, null, "Ville de Lille"),
                ConventionErrors.SIGNATORY_ORGANISATION_REQUIRED);
        assertThat(e.args()).containsExactly("Ville de Lille");
        invalid(() -> Signatory.of(null, COMMUNE_ID, "Ville de Lille"), ConventionErrors.SIGNATORY_KIND_REQUIRED);
        invalid(() -> Signatory.of(PartyKind.COMMUNE, COMMUNE_ID, " "), ConventionErrors.SIGNATORY_NAME_REQUIRED);
    }

    @Test
    void councilDeliberationFollowsThePartyKindUnlessOverridden() {
        assertThat(caf().needsCouncilDeliberation()).isFalse();
        assertThat(commune().needsCouncilDeliberation()).isTrue();
        assertThat(otherCommune().needsCouncilDeliberation()).isTrue();
        assertThat(Signatory.of(PartyKind.EPCI, UUID.randomUUID(), "MEL").needsCouncilDeliberation())
                .isTrue();
        assertThat(Signatory.of(PartyKind.DEPARTEMENT, UUID.randomUUID(), "Département du Nord")
                        .needsCouncilDeliberation())
                .isTrue();
        assertThat(Signatory.of(PartyKind.MSA, UUID.randomUUID(), "MSA Nord-Pas de Calais")
                        .needsCouncilDeliberation())
                .isFalse();
        assertThat(Signatory.of(PartyKind.ETAT, UUID.randomUUID(), "Préfecture du Nord")
                        .needsCouncilDeliberation())
                .isFalse();
        assertThat(caf().needingCouncilDeliberation(true).needsCouncilDeliberation())
                .isTrue();
    }

    @Test
    void representativesAndActsValidateThemselves() {
        assertThat(Representative.of("", RepresentativeRole.MAYOR, "Maire").name())
                .as("a name stays unknown until the text gives it")
                .isNull();
        assertThat(Representative.of("Martine AUBRY", null, "Maire").role())
                .as("a role printed without a category takes the one it names")
                .isEqualTo(RepresentativeRole.MAYOR);
        assertThat(Representative.of(null, null, "1er vice-Président").role())
                .isEqualTo(RepresentativeRole.VICE_PRESIDENT);
        assertThat(Representative.of(null, null, "Première adjointe au Maire").role())
                .isEqualTo(RepresentativeRole.VICE_PRESIDENT);
        assertThat(Representative.of(null, null, "Directrice par intérim").role())
                .isEqualTo(RepresentativeRole.DIRECTOR);
        invalid(() -> Representative.of("Martine AUBRY", null, null), ConventionErrors.REPRESENTATIVE_ROLE_REQUIRED);
        invalid(
                () -> AuthorisingAct.of(" ", LocalDate.of(2021, 6, 29), null),
                ConventionErrors.AUTHORISING_ACT_DESCRIPTION_REQUIRED);
        invalid(() -> Partner.of(null, PartyKind.OTHER), ConventionErrors.PARTNER_NAME_REQUIRED);
        assertThat(Partner.of("Éducation nationale", null).kind()).isEqualTo(PartyKind.OTHER);
        assertThat(Representative.of("  Martine AUBRY ", RepresentativeRole.MAYOR, " ")
                        .name())
                .isEqualTo("Martine AUBRY");
        assertThat(Representative.of("Martine AUBRY", RepresentativeRole.MAYOR, " ")
                        .title())
                .isNull();
    }

    @Test
    void codesValidateThemselves() {
        assertThat(DomainCode.of("SANTE").isStandard()).isFalse();
        assertThat(DomainCode.PARENTALITE.isStandard()).isTrue();
        invalid(() -> DomainCode.of("petite enfance"), ConventionErrors.DOMAIN_CODE_INVALID);
        invalid(() -> DomainCode.of("PARENTALITÉ"), ConventionErrors.DOMAIN_CODE_INVALID);
        invalid(() -> RetainedMission.of("m1", "E1"), ConventionErrors.MISSION_CODE_INVALID);
        invalid(() -> RetainedMission.of("M1", "E1", "e2"), ConventionErrors.ENJEU_CODE_INVALID);
        invalid(() -> RetainedMission.of("M1", "E1", "E1"), ConventionErrors.ENJEU_DUPLICATE);
    }

    @Test
    void refusesDuplicates() {
        var e = invalid(
                () -> terms().withSignatories(List.of(caf(), commune(), commune())),
                ConventionErrors.SIGNATORY_DUPLICATE);
        assertThat(e.args()).containsExactly("Ville de Lille");
        invalid(
                () -> terms().withTerritory(List.of(new InseeCode("59350"), new InseeCode("59350")), List.of()),
                ConventionErrors.COMMUNE_DUPLICATE);
        invalid(
                () -> terms().withTerritory(List.of(), List.of(new Siren("200093201"), new Siren("200093201"))),
                ConventionErrors.EPCI_DUPLICATE);
        invalid(
                () -> terms().withDomains(List.of(DomainCode.ENFANCE, DomainCode.of("ENFANCE"))),
                ConventionErrors.DOMAIN_DUPLICATE);
        invalid(
                () -> terms().withMissions(List.of(RetainedMission.of("M1", "E1"), RetainedMission.of("M1", "E2"))),
                ConventionErrors.MISSION_DUPLICATE);
        var enjeu = invalid(
                () -> terms().withMissions(List.of(RetainedMission.of("M1", "E1"), RetainedMission.of("M2", "E1"))),
                ConventionErrors.ENJEU_DUPLICATE);
        assertThat(enjeu.args()).containsExactly("E1");
    }

    @Test
    void titleAndPeriodAreRequired() {
        invalid(() -> ConventionTerms.of(" ", Period.usual(LocalDate.of(2021, 1, 1))), ConventionErrors.TITLE_REQUIRED);
        invalid(() -> ConventionTerms.of("CTG", null), ConventionErrors.PERIOD_REQUIRED);
    }

    @Test
    void customDomainsAndBlankFieldsAreHandled() {
        var custom = terms().withDomains(List.of(DomainCode.PETITE_ENFANCE, DomainCode.of("SANTE")))
                .withCollectiviteFields(List.of(" Culture ", "", "Santé"));
        assertThat(custom.domains()).extracting(DomainCode::value).containsExactly("PETITE_ENFANCE", "SANTE");
        assertThat(custom.collectiviteFields()).containsExactly("Culture", "Santé");
    }

    @Test
    void predecessorContractValidatesItsDates() {
        var cej = new PredecessorContract(
                PredecessorKind.CEJ,
                "CEJ 2016-2019",
                PartialDate.ofYear(2016),
                PartialDate.ofYear(2019),
                PartialDate.of(LocalDate.of(2020, 12, 31)));
        assertThat(cej.actualEnd()).isEqualTo(PartialDate.of(LocalDate.of(2020, 12, 31)));
        assertThat(cej.wasExtended()).isTrue();
        // the same year at both ends is a contract of one year, not an end before its start
        assertThat(new PredecessorContract(
                                PredecessorKind.CEJ,
                                "CEJ 2019",
                                PartialDate.ofYear(2019),
                                PartialDate.ofYear(2019),
                                null)
                        .end()
                        .lastDay())
                .isEqualTo(LocalDate.of(2019, 12, 31));
        invalid(
                () -> new PredecessorContract(
                        PredecessorKind.CEJ, "CEJ", PartialDate.ofYear(2019), PartialDate.ofMonth(2016, 6), null),
                ConventionErrors.PREDECESSOR_PERIOD_INVALID);
        invalid(
                () -> new PredecessorContract(
                        PredecessorKind.CEJ,
                        "CEJ",
                        PartialDate.ofYear(2016),
                        PartialDate.ofYear(2019),
                        PartialDate.of(LocalDate.of(2019, 12, 31))),
                ConventionErrors.PREDECESSOR_EXTENSION_INVALID);
        invalid(
                () -> new PredecessorContract(null, "CEJ", PartialDate.ofYear(2016), PartialDate.ofYear(2019), null),
                ConventionErrors.PREDECESSOR_INCOMPLETE);
    }

    @Test
    void completeTermsHaveNoProblemBeforeSignature() {
        assertThat(terms().problemsBeforeSignature()).isEmpty();
    }

    @Test
    void listsWhatIsMissingBeforeSignature() {
        var bare = ConventionTerms.of("CTG", Period.usual(LocalDate.of(2021, 1, 1)));
        assertThat(bare.problemsBeforeSignature())
                .extracting(FieldProblem::code)
                .containsExactly(
                        ConventionErrors.CAF_SIGNATORY_REQUIRED,
                        ConventionErrors.COLLECTIVITE_SIGNATORY_REQUIRED,
                        ConventionErrors.TERRITORY_REQUIRED);

        var cafWithOnePerson = caf().withRepresentatives(
                        Representative.of("Luc GRARD", RepresentativeRole.DIRECTOR, "Directeur général"));
        var mayorless = Signatory.of(PartyKind.COMMUNE, COMMUNE_ID, "Ville de Lille");
        var problems =
                terms().withSignatories(List.of(cafWithOnePerson, mayorless)).problemsBeforeSignature();
        assertThat(problems)
                .extracting(FieldProblem::code)
                .containsExactly(
                        ConventionErrors.CAF_REPRESENTATIVES_REQUIRED, ConventionErrors.REPRESENTATIVE_REQUIRED);
        assertThat(problems.get(1).args()).containsExactly("Ville de Lille");
        assertThat(problems).extracting(FieldProblem::field).containsOnly("signatories");
    }

    @Test
    void theCafMaySignThroughAVicePresidentOrADelegate() {
        var director = Representative.of("Luc GRARD", RepresentativeRole.DIRECTOR, "Directeur général");
        var vicePresident = Representative.of(Civility.MONSIEUR, "Jean MARTIN", null, "1er vice-Président");
        var delegate = Representative.of(
                Civility.MADAME, "Anne PETIT", RepresentativeRole.DELEGATE, "Directrice adjointe, par délégation");
        assertThat(caf().withRepresentatives(vicePresident, director).cafRepresentedBoardAndDirection())
                .isTrue();
        assertThat(caf().withRepresentatives(vicePresident, delegate).cafRepresentedBoardAndDirection())
                .isTrue();
        assertThat(caf().withRepresentatives(delegate).cafRepresentedBoardAndDirection())
                .isFalse();
        assertThat(caf().withRepresentatives(vicePresident).cafRepresentedBoardAndDirection())
                .isFalse();
    }

    @Test
    void anUnidentifiedPartyIsKeptButBlocksTheSignatureOfANewConvention() {
        var unknown = new Signatory(PartyKind.COMMUNE, null, "Commune de …", List.of(), List.of(), true);
        var problems =
                terms().withSignatories(List.of(caf(), commune(), unknown)).problemsBeforeSignature();
        assertThat(problems).extracting(FieldProblem::code).containsExactly(ConventionErrors.PARTY_UNIDENTIFIED);
        assertThat(problems.get(0).field()).isEqualTo("signatories[2].organisationId");
        var collective = new Signatory(
                PartyKind.COMMUNE,
                null,
                "Les communes membres",
                List.of(Representative.of("Les maires", RepresentativeRole.MAYOR, null)),
                List.of(),
                true,
                null,
                true,
                List.of(new InseeCode("59017")));
        assertThat(collective.isIdentified()).isTrue();
        invalid(
                () -> new Signatory(
                        PartyKind.COMMUNE, COMMUNE_ID, "X", List.of(), List.of(), true, null, true, List.of()),
                ConventionErrors.COLLECTIVE_PARTY_WITH_ORGANISATION);
    }

    @Test
    void anEpciAloneIsATerritory() {
        var epciOnly = terms().withTerritory(List.of(), List.of(new Siren("200093201")));
        assertThat(epciOnly.problemsBeforeSignature()).isEmpty();
    }

    @Test
    void findsSignatoriesMissingTheirDeliberation() {
        var three = terms().withSignatories(List.of(caf(), commune(), otherCommune()));
        assertThat(three.missingDeliberations(Set.of(COMMUNE_ID)))
                .extracting(Signatory::organisationId)
                .containsExactly(OTHER_COMMUNE_ID);
        assertThat(three.missingDeliberations(Set.of()))
                .extracting(Signatory::organisationName)
                .containsExactly("Ville de Lille", "Commune associée de Lomme");
        assertThat(three.missingDeliberations(null)).hasSize(2);
        assertThat(three.missingDeliberations(Set.of(COMMUNE_ID, OTHER_COMMUNE_ID)))
                .isEmpty();
        assertThat(three.caf()).map(Signatory::organisationId).contains(CAF_ID);
    }

    @Test
    void tellsWhichPartsChanged() {
        var base = terms();
        assertThat(base.changesFrom(base)).isEmpty();
        var extended = base.withPeriod(base.period().withEnd(LocalDate.of(2025, 12, 31)));
        assertThat(extended.changesFrom(base)).containsExactly(TermsPart.PERIOD);
        var wider = extended.withTerritory(List.of(new InseeCode("59350"), new InseeCode("59355")), List.of())
                .withDomains(List.of(DomainCode.LOGEMENT))
                .withTitle("CTG modifiée");
        assertThat(wider.changesFrom(base))
                .containsExactlyInAnyOrder(TermsPart.TITLE, TermsPart.PERIOD, TermsPart.TERRITORY, TermsPart.DOMAINS);
    }
}
