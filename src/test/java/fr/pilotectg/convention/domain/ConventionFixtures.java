package fr.pilotectg.convention.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.InseeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Shared test data: a complete 2021-2024 convention between a Caf and a commune, and a helper for refusals. */
final class ConventionFixtures {

    static final UUID CAF_ID = UUID.fromString("00000000-0000-0000-0000-0000000000ca");
    static final UUID COMMUNE_ID = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID OTHER_COMMUNE_ID = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final UUID STRANGER_ID = UUID.fromString("00000000-0000-0000-0000-0000000000ff");

    static final LocalDate START = LocalDate.of(2021, 1, 1);
    static final LocalDate END = LocalDate.of(2024, 12, 31);
    static final LocalDate SIGNED_ON = LocalDate.of(2021, 7, 15);

    private ConventionFixtures() {}

    static Signatory caf() {
        return Signatory.of(
                PartyKind.CAF,
                CAF_ID,
                "Caisse d'allocations familiales du Nord",
                Representative.of(
                        "Présidente Test", RepresentativeRole.BOARD_CHAIR, "Présidente du conseil d'administration"),
                Representative.of("Directeur Test", RepresentativeRole.DIRECTOR, "Directeur général"));
    }

    static Signatory commune() {
        return Signatory.of(
                PartyKind.COMMUNE,
                COMMUNE_ID,
                "Ville de Lille",
                Representative.of("Maire Test", RepresentativeRole.MAYOR, "Maire"));
    }

    static Signatory otherCommune() {
        return Signatory.of(
                PartyKind.COMMUNE_ASSOCIEE,
                OTHER_COMMUNE_ID,
                "Commune associée de Lomme",
                Representative.of("Maire délégué Test", RepresentativeRole.MAYOR, "Maire"));
    }

    static ConventionTerms terms() {
        return ConventionTerms.of("CTG de test 2021-2024", Period.of(START, END))
                .withTerritory(List.of(new InseeCode("59350")), List.of())
                .withSignatories(List.of(caf(), commune()))
                .withDomains(List.of(
                        DomainCode.PETITE_ENFANCE, DomainCode.ENFANCE, DomainCode.JEUNESSE, DomainCode.PARENTALITE))
                .withMissions(List.of(RetainedMission.of("M1", "E1", "E2")));
    }

    static Convention draft() {
        return Convention.draft(ConventionId.random(), terms());
    }

    static Convention inSignature() {
        Convention convention = draft();
        convention.submitForSignature();
        return convention;
    }

    /** Signed on 15 July 2021, i.e. after its start date: recorded SIGNED, in force by its dates. */
    static Convention signed() {
        Convention convention = inSignature();
        convention.sign(SIGNED_ON, Set.of(COMMUNE_ID));
        return convention;
    }

    static Convention active() {
        Convention convention = signed();
        convention.activate(SIGNED_ON);
        return convention;
    }

    static Convention expired() {
        Convention convention = active();
        convention.expire(END.plusDays(1));
        return convention;
    }

    /** Runs {@code action}, expects a DomainException of that kind and code, and returns it. */
    static DomainException refused(Runnable action, ErrorKind kind, String code) {
        try {
            action.run();
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(kind);
            return e;
        }
        return fail("expected %s to be refused", code);
    }

    static DomainException ruleViolation(Runnable action, String code) {
        return refused(action, ErrorKind.RULE_VIOLATION, code);
    }

    static DomainException invalid(Runnable action, String code) {
        return refused(action, ErrorKind.INVALID, code);
    }
}
