package fr.pilotectg.governance.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A governance body of a convention. Refuses an incoherent composition; flags (without refusing) a broken parity.
 * {@code ownerId}: the organisation it belongs to, null for a body of the whole convention (ADR 0003).
 */
public record Body(UUID id, UUID conventionId, BodyData data, UUID ownerId) {

    /** A body of the whole convention (no owning organisation). */
    public Body(UUID id, UUID conventionId, BodyData data) {
        this(id, conventionId, data, null);
    }

    /** The same body, belonging to {@code owner} (null: to the whole convention). */
    public Body ownedBy(UUID owner) {
        return new Body(id, conventionId, data, owner);
    }

    /** Checks what needs nothing but the data itself; throws {@code VALIDATION_FAILED} with every field in error. */
    public static Body of(UUID id, UUID conventionId, BodyData data) {
        InputLimits.check()
                .list("missions", data.missions())
                .list("seats", data.seats())
                .list("members", data.members())
                .list("frequency.months", data.frequency().months())
                .throwIfAny();
        InputLimits limits = InputLimits.check()
                .title("name", data.name())
                .name("chairing", data.chairing())
                .name("animation", data.animation())
                .name("secretariat", data.secretariat())
                .titles("missions", data.missions())
                .longText("note", data.note());
        List<FieldProblem> problems = new ArrayList<>();
        if (data.kind() == null) problems.add(FieldProblem.of("kind", GovernanceErrors.KIND_REQUIRED));
        if (data.name().isEmpty()) problems.add(FieldProblem.of("name", GovernanceErrors.NAME_REQUIRED));
        for (int i = 0; i < data.seats().size(); i++) {
            Seat seat = data.seats().get(i);
            if (seat.institution() == null)
                problems.add(
                        FieldProblem.of("seats[" + i + "].institution", GovernanceErrors.SEAT_INSTITUTION_REQUIRED));
            if (seat.count() != null && seat.count() < 0) {
                problems.add(
                        FieldProblem.of("seats[" + i + "].count", GovernanceErrors.SEAT_COUNT_INVALID, seat.count()));
            } else {
                limits.number("seats[" + i + "].count", seat.count(), 0, InputLimits.PLACES_MAX);
            }
            limits.title("seats[" + i + "].role", seat.role());
        }
        for (int i = 0; i < data.members().size(); i++) {
            Member member = data.members().get(i);
            if (member.name().isEmpty())
                problems.add(FieldProblem.of("members[" + i + "].name", GovernanceErrors.MEMBER_NAME_REQUIRED));
            if (member.organisationId() == null) {
                problems.add(FieldProblem.of(
                        "members[" + i + "].organisationId",
                        GovernanceErrors.MEMBER_ORGANISATION_REQUIRED,
                        member.name()));
            }
            limits.name("members[" + i + "].name", member.name())
                    .name("members[" + i + "].function", member.function());
        }
        FrequencyRule f = data.frequency();
        for (Integer month : f.months()) {
            if (month < 1 || month > 12)
                problems.add(FieldProblem.of("frequency.months", GovernanceErrors.FREQUENCY_MONTH_INVALID, month));
        }
        if (f.months().isEmpty()
                && f.perYear() != null
                && f.perYear() != 0
                && !FrequencyRule.PER_YEAR_ALLOWED.contains(f.perYear())) {
            problems.add(
                    FieldProblem.of("frequency.perYear", GovernanceErrors.FREQUENCY_PER_YEAR_INVALID, f.perYear()));
        }
        problems.addAll(limits.problems());
        for (int i = 0; i < f.exceptions().size(); i++) {
            FrequencyRule.YearException e = f.exceptions().get(i);
            boolean count = e.perYear() != null
                    && (e.atMost()
                            ? e.perYear() >= 1 && e.perYear() <= 12
                            : FrequencyRule.PER_YEAR_ALLOWED.contains(e.perYear()));
            if (!count || (!e.renewalYear() && e.year() == null)) {
                problems.add(FieldProblem.of(
                        "frequency.exceptions[" + i + "]",
                        GovernanceErrors.FREQUENCY_EXCEPTION_INVALID,
                        e.perYear() == null ? "" : e.perYear()));
            }
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new Body(id, conventionId, data);
    }

    /** Deliberative seats per institution, named members counted when no seat is set for it. */
    public int deliberative(Institution institution) {
        int seats = data.seats().stream()
                .filter(s -> s.institution() == institution && s.voice() == Voice.DELIBERATIVE)
                .mapToInt(Seat::seats)
                .sum();
        if (seats > 0) return seats;
        return (int) data.members().stream()
                .filter(m -> m.institution() == institution && m.voice() == Voice.DELIBERATIVE)
                .count();
    }

    /** The convention requires parity and the Caf and the collectivité do not have as many deliberative seats. */
    public boolean parityBroken() {
        return data.parity() && deliberative(Institution.CAF) != deliberative(Institution.COLLECTIVITE);
    }

    public int cafSeats() {
        return deliberative(Institution.CAF);
    }

    public int collectiviteSeats() {
        return deliberative(Institution.COLLECTIVITE);
    }

    public int totalSeats() {
        return data.seats().stream().mapToInt(Seat::seats).sum();
    }
}
