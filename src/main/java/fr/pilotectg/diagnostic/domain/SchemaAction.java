package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A row of the schéma de développement (aggregate root): what is planned, where it stands and when it was realised.
 * Realising it is the business verb the register listens to (its capacity history gets the capacity after).
 */
public final class SchemaAction {

    private final UUID id;
    private final UUID conventionId;
    private final int position;
    private ActionData data;
    private ActionStatus status;
    private LocalDate realisedOn;
    private String statusReason;

    public SchemaAction(
            UUID id, UUID conventionId, int position, ActionData data, ActionStatus status, LocalDate realisedOn) {
        this(id, conventionId, position, data, status, realisedOn, null);
    }

    public SchemaAction(
            UUID id,
            UUID conventionId,
            int position,
            ActionData data,
            ActionStatus status,
            LocalDate realisedOn,
            String statusReason) {
        this.statusReason = statusReason;
        this.id = id;
        this.conventionId = conventionId;
        this.position = position;
        this.data = data;
        this.status = status;
        this.realisedOn = realisedOn;
    }

    public static SchemaAction plan(UUID conventionId, int position, ActionData data) {
        return new SchemaAction(UUID.randomUUID(), conventionId, position, data, ActionStatus.PLANNED, null);
    }

    public void revise(ActionData next) {
        data = next;
    }

    /** Realised on {@code on}: not in the future, not twice, not once abandoned. */
    public void realise(LocalDate on, LocalDate today) {
        if (status == ActionStatus.REALISED) throw DomainException.rule("SCHEMA_ALREADY_REALISED");
        if (status == ActionStatus.ABANDONED) throw DomainException.rule("SCHEMA_ABANDONED");
        if (on == null)
            throw DomainException.invalidFields(List.of(FieldProblem.of("realisedOn", "SCHEMA_REALISED_ON_REQUIRED")));
        InputLimits.check().date("realisedOn", on).throwIfAny();
        if (on.isAfter(today))
            throw DomainException.invalidFields(List.of(FieldProblem.of("realisedOn", "DATE_IN_FUTURE")));
        status = ActionStatus.REALISED;
        realisedOn = on;
    }

    /** Planned, in progress or abandoned; a realised row stays realised. */
    public void moveTo(ActionStatus next) {
        moveTo(next, null);
    }

    /**
     * Planned, in progress or abandoned, with the reason why (required to abandon, kept for information otherwise); a
     * realised row stays realised.
     */
    public void moveTo(ActionStatus next, String reason) {
        if (next == null)
            throw DomainException.invalidFields(List.of(FieldProblem.of("status", "SCHEMA_STATUS_REQUIRED")));
        if (next == ActionStatus.REALISED) throw DomainException.rule("SCHEMA_REALISE_WITH_DATE");
        if (status == ActionStatus.REALISED) throw DomainException.rule("SCHEMA_ALREADY_REALISED");
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        if (next == ActionStatus.ABANDONED && stripped == null) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("reason", "SCHEMA_ABANDON_REASON_REQUIRED")));
        }
        if (stripped != null && stripped.length() > 1000) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("reason", "SCHEMA_REASON_TOO_LONG", 1000)));
        }
        status = next;
        statusReason = stripped;
    }

    /** Why the row was abandoned (or moved), if said. */
    public String statusReason() {
        return statusReason;
    }

    public UUID id() {
        return id;
    }

    public UUID conventionId() {
        return conventionId;
    }

    public int position() {
        return position;
    }

    public ActionData data() {
        return data;
    }

    public ActionStatus status() {
        return status;
    }

    public LocalDate realisedOn() {
        return realisedOn;
    }
}
