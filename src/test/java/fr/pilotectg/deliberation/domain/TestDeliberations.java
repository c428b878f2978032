package fr.pilotectg.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.Siren;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** A small, flawless deliberation that each test spoils in one way. */
final class TestDeliberations {

    static final UUID ORGANISATION = UUID.fromString("00000000-0000-0000-0000-000000000062");
    static final LocalDate SEANCE = LocalDate.of(2024, 3, 14);
    static final String ACTES_ID = "062-216204982-20240314-DEL2024_12-DE";

    private TestDeliberations() {}

    /** A council of 7: 4 present (the president outside the list), 1 represented, 1 excused, 1 absent. */
    static Attendance.Builder attendance() {
        return Attendance.builder(7)
                .president("Anne AUBERT")
                .secretary("Claire COLIN")
                .present("Bruno BLANC", "Claire COLIN", "David DUVAL")
                .proxy("Emma EVRARD", "Bruno BLANC")
                .excused("Fanny FABRE")
                .absent("Gilles GIRARD");
    }

    static Deliberation unrecorded() {
        return Deliberation.record(
                UUID.randomUUID(),
                ORGANISATION,
                new Issuer("Ville de Lens", new Siren("216204982")),
                CouncilBody.CONSEIL_MUNICIPAL,
                "DEL2024_12",
                "Convention territoriale globale 2024-2027",
                new Seance(SEANCE, LocalTime.of(18, 0), "Hôtel de ville"));
    }

    static Deliberation flawless() {
        var deliberation = unrecorded();
        deliberation.recordConvocation(SEANCE.minusDays(7));
        deliberation.assignRapporteur(MemberName.of("Bruno BLANC"));
        deliberation.recordAttendance(attendance().build());
        deliberation.recordVote(Vote.counted(5, 0, 0));
        deliberation.recordTransmission(
                new PrefectureTransmission(ActesIdentifier.parse(ACTES_ID), SEANCE.plusDays(1), SEANCE.plusDays(1)));
        deliberation.publish(SEANCE.plusDays(2));
        return deliberation;
    }

    /** The DomainException {@code call} throws; fails the test if it throws none. */
    static DomainException refusalOf(ThrowingCallable call) {
        var refusal = catchThrowableOfType(DomainException.class, call);
        assertThat(refusal).as("a DomainException").isNotNull();
        return refusal;
    }
}
