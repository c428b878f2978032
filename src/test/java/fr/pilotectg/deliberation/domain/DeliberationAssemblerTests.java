package fr.pilotectg.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import fr.pilotectg.deliberation.demo.SeedDeliberations;
import fr.pilotectg.deliberation.domain.DeliberationInput.ProxyInput;
import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** From what a form or API call typed to the aggregate: every impossible value refused at once, nothing else. */
class DeliberationAssemblerTests {

    private static final OrganisationView LENS = new OrganisationView(
            UUID.fromString("00000000-0000-0000-0000-000000000062"),
            OrganisationKind.COMMUNE,
            "Ville de Lens",
            "Lens",
            "216204982",
            List.of(),
            List.of("62498"),
            List.of(),
            0);
    private static final OrganisationView LOMME = new OrganisationView(
            UUID.fromString("00000000-0000-0000-0000-000000059355"),
            OrganisationKind.COMMUNE,
            "Commune associée de Lomme",
            "Lomme",
            null,
            List.of(),
            List.of("59355"),
            List.of(),
            0);

    private static DeliberationInput input(String seanceDate, String membersInOffice, String inFavour, String actesId) {
        return new DeliberationInput(
                LENS.id(),
                null,
                null,
                "CONSEIL_MUNICIPAL",
                "DEL2024_12",
                "Convention territoriale globale",
                seanceDate,
                "18h00",
                "Hôtel de ville",
                "2024-03-07",
                "Bruno BLANC",
                "09.01",
                membersInOffice,
                List.of("Bruno BLANC", "Claire COLIN", "David DUVAL"),
                List.of(new ProxyInput("Emma EVRARD", "Bruno BLANC")),
                List.of("Fanny FABRE"),
                List.of("Gilles GIRARD"),
                "Anne AUBERT",
                "Claire COLIN",
                null,
                false,
                "COUNTED",
                inFavour,
                "0",
                "0",
                null,
                actesId,
                "2024-03-15",
                "15/03/2024",
                null);
    }

    private static DeliberationInput valid() {
        return input("2024-03-14", "7", "5", "062-216204982-20240314-DEL2024_12-DE");
    }

    private static DomainException refusal(DeliberationInput input) {
        return catchThrowableOfType(
                DomainException.class, () -> DeliberationAssembler.assemble(UUID.randomUUID(), input, LENS, List.of()));
    }

    private static List<String> fields(DomainException e) {
        return e.fields().stream().map(FieldProblem::field).toList();
    }

    @Test
    void aFlawlessInputGivesTheDeliberationWithTheOrganisationsIssuer() {
        Deliberation d = DeliberationAssembler.assemble(UUID.randomUUID(), valid(), LENS, List.of());

        assertThat(d.issuer().name()).isEqualTo("Ville de Lens");
        assertThat(d.issuer().siren().value()).isEqualTo("216204982");
        assertThat(d.seance()).isEqualTo(new Seance(LocalDate.of(2024, 3, 14), LocalTime.of(18, 0), "Hôtel de ville"));
        assertThat(d.matiere().map(ActesMatiere::code)).contains("9.1");
        assertThat(d.attendance().orElseThrow().counts()).isEqualTo(new Attendance.Counts(4, 1, 1, 1));
        assertThat(d.vote()).contains(Vote.counted(5, 0, 0));
        assertThat(d.transmission().orElseThrow().receivedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(new DeliberationChecker().check(d)).isEmpty();
    }

    @Test
    void everyImpossibleValueIsReportedInOneRefusal() {
        DomainException e = refusal(input("2023-02-30", "-3", "-2", null));

        assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(e.fields())
                .extracting(FieldProblem::field, FieldProblem::code)
                .contains(
                        tuple("seanceDate", ErrorCodes.DELIBERATION_DATE_INVALID),
                        tuple("membersInOffice", ErrorCodes.MEMBERS_IN_OFFICE_TOO_FEW),
                        tuple("inFavour", ErrorCodes.DELIBERATION_COUNT_NEGATIVE));
        assertThat(fields(e)).doesNotHaveDuplicates();
    }

    @Test
    void aMalformedActesIdentifierNamesTheWrongSegment() {
        DomainException e = refusal(input("2024-03-14", "7", "5", "62-216204982-20240314-DEL2024_12-XX"));

        assertThat(e.code()).isEqualTo(ErrorCodes.ACTES_ID_INVALID);
        assertThat(e.args()).containsExactly("62-216204982-20240314-DEL2024_12-XX", 1);
        assertThat(e.fields())
                .extracting(FieldProblem::code)
                .containsExactly(ErrorCodes.ACTES_DEPARTEMENT_MALFORMED, ErrorCodes.ACTES_NATURE_UNKNOWN);

        DomainException count = refusal(input("2024-03-14", "7", "5", "062-216204982-20240314"));
        assertThat(count.args()).containsExactly("062-216204982-20240314", 0);
        assertThat(count.fields().get(0).code()).isEqualTo(ErrorCodes.ACTES_SEGMENT_COUNT);
    }

    @Test
    void anActesIdentifierThatDoesNotMatchTheRecordIsOnlyAFinding() {
        Deliberation d = DeliberationAssembler.assemble(
                UUID.randomUUID(),
                input("2024-03-14", "7", "5", "062-215900176-20240315-DEL2024_12-DE"),
                LENS,
                List.of());

        assertThat(new DeliberationChecker().check(d))
                .extracting(Finding::code)
                .containsExactly(FindingCode.ACTES_SIREN_MISMATCH, FindingCode.ACTES_DATE_MISMATCH);
    }

    @Test
    void dateTimeAndNumberFormats() {
        DeliberationInput french = new DeliberationInput(
                LENS.id(),
                "Ville de Lens",
                "216 204 982",
                "conseil_municipal",
                "12",
                "Objet",
                "14/03/2024",
                "9:05",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        Deliberation d = DeliberationAssembler.assemble(UUID.randomUUID(), french, LENS, List.of());
        assertThat(d.seance().time()).isEqualTo(LocalTime.of(9, 5));
        assertThat(d.attendance()).isEmpty();
        assertThat(d.vote()).isEmpty();
        assertThat(d.transmission()).isEmpty();

        DomainException e = refusal(new DeliberationInput(
                LENS.id(),
                null,
                "123456789",
                "CONSEIL_NATIONAL",
                "12",
                "Objet",
                "14/13/2024",
                "25:00",
                null,
                null,
                null,
                "10.1",
                "sept",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                "MAJORITY",
                "3",
                null,
                null,
                null,
                null,
                null,
                null,
                "1899-12-31"));
        assertThat(e.fields())
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("issuerSiren", "SIREN_INVALID"),
                        tuple("body", ErrorCodes.DELIBERATION_BODY_UNKNOWN),
                        tuple("seanceDate", ErrorCodes.DELIBERATION_DATE_INVALID),
                        tuple("seanceTime", ErrorCodes.DELIBERATION_TIME_INVALID),
                        tuple("matiere", ErrorCodes.ACTES_MATIERE_MALFORMED),
                        tuple("membersInOffice", ErrorCodes.DELIBERATION_NUMBER_INVALID),
                        tuple("present", ErrorCodes.ATTENDANCE_NOBODY_PRESENT),
                        tuple("vote", ErrorCodes.DELIBERATION_VOTE_KIND_INVALID),
                        tuple("publishedOn", ErrorCodes.DELIBERATION_DATE_INVALID));
    }

    @Test
    void countsAreReadAsFrenchRecordsPrintThem() {
        Deliberation d = DeliberationAssembler.assemble(
                UUID.randomUUID(), input("2024-03-14", " 7 ", "5,0", null), LENS, List.of());
        assertThat(d.attendance().orElseThrow().membersInOffice()).isEqualTo(7);
        assertThat(d.vote()).contains(Vote.counted(5, 0, 0));

        DomainException e = refusal(input("2024-03-14", "7,5", "12345678901", null));
        assertThat(e.fields())
                .extracting(FieldProblem::field, FieldProblem::code)
                .contains(
                        tuple("membersInOffice", ErrorCodes.DELIBERATION_NUMBER_INVALID),
                        tuple("inFavour", ErrorCodes.DELIBERATION_NUMBER_INVALID));
    }

    @Test
    void attendanceAndVoteRulesSayWhatIsMissing() {
        DomainException e = refusal(new DeliberationInput(
                LENS.id(),
                null,
                null,
                "CONSEIL_MUNICIPAL",
                "12",
                "Objet",
                "2024-03-14",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("Bruno BLANC"),
                List.of(new ProxyInput("Emma EVRARD", " "), new ProxyInput("Anne AUBERT", "Anne AUBERT")),
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                "4",
                null,
                null,
                null,
                null,
                null,
                null,
                null));

        assertThat(e.fields())
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("membersInOffice", ErrorCodes.REQUIRED),
                        tuple("proxies[0]", ErrorCodes.DELIBERATION_PROXY_INCOMPLETE),
                        tuple("proxies[1].holder", ErrorCodes.PROXY_TO_SELF),
                        tuple("vote", ErrorCodes.DELIBERATION_VOTE_KIND_INVALID));
        assertThat(e.fields().stream()
                        .filter(p -> p.field().equals("proxies[0]"))
                        .findFirst()
                        .orElseThrow()
                        .args())
                .containsExactly(1, "Emma EVRARD");
    }

    @Test
    void anUnknownOrganisationIsReportedWithTheOtherProblems() {
        List<FieldProblem> earlier =
                List.of(FieldProblem.of("organisationId", ErrorCodes.DELIBERATION_ORGANISATION_UNKNOWN, "x"));
        DomainException e = catchThrowableOfType(
                DomainException.class,
                () -> DeliberationAssembler.assemble(
                        UUID.randomUUID(), input("2024-03-14", "7", "x", null), null, earlier));

        assertThat(fields(e)).containsExactly("organisationId", "inFavour");
    }

    @Test
    void theSeedsSurviveTheRoundTripThroughTheirInput() {
        for (Deliberation seed : List.of(
                SeedDeliberations.lens(LENS.id()),
                SeedDeliberations.armentieres(LENS.id()),
                SeedDeliberations.lomme(LOMME.id()))) {
            DeliberationInput typed = DeliberationInput.of(seed);
            Deliberation again = DeliberationAssembler.assemble(
                    seed.id(), typed, LENS.id().equals(seed.organisationId()) ? LENS : LOMME, List.of());

            assertThat(DeliberationInput.of(again)).isEqualTo(typed);
            assertThat(new DeliberationChecker().check(again)).isEqualTo(new DeliberationChecker().check(seed));
            assertThat(again.votesCast()).isEqualTo(seed.votesCast());
        }
    }
}
