package fr.pilotectg.financing.domain;

import fr.pilotectg.shared.Euros;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A funding line the Caf has notified or paid: its amount frozen at notification with the parameter versions it used.
 * Estimated lines have no status row.
 */
public record LineStatus(
        Key key,
        Status status,
        Euros amount,
        List<UUID> parameterIds,
        OffsetDateTime notifiedAt,
        String notifiedBy,
        OffsetDateTime paidAt,
        String paidBy) {

    /** Where a line stands: computed only (« estimé »), announced to the gestionnaire (« notifié »), paid (« payé »). */
    public enum Status {
        ESTIMATED,
        NOTIFIED,
        PAID
    }

    /** One line of a convention: a structure, a year, a kind of funding. */
    public record Key(String structureId, int year, FundingKind kind) {

        public Key {
            Objects.requireNonNull(structureId, "structureId");
            Objects.requireNonNull(kind, "kind");
        }

        public static Key of(FundingLine line) {
            return new Key(line.structureId(), line.year(), line.kind());
        }
    }

    public LineStatus {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        if (status == Status.ESTIMATED) throw new IllegalArgumentException("an estimated line has no status row");
        parameterIds = List.copyOf(parameterIds);
    }
}
