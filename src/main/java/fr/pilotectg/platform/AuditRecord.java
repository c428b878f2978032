package fr.pilotectg.platform;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A change of state to write in the audit trail: which entity, what was done (a verb: {@code created},
 * {@code updated}, {@code signed}…), a one-line summary in French, the fields that changed and where the entity
 * stands (so that the trail is shown to exactly those who may see the entity), and the convention it concerns if any.
 */
public record AuditRecord(
        String entityType,
        String entityId,
        String action,
        String summary,
        List<AuditChange> changes,
        Footprint footprint,
        @Nullable UUID conventionId) {

    /** A change of an entity that hangs on no convention (or on the convention it is: derived from its id). */
    public AuditRecord(
            String entityType,
            String entityId,
            String action,
            String summary,
            List<AuditChange> changes,
            Footprint footprint) {
        this(entityType, entityId, action, summary, changes, footprint, null);
    }

    /** The same change, said to concern {@code convention} (the journal's convention filter). */
    public AuditRecord about(UUID convention) {
        return new AuditRecord(entityType, entityId, action, summary, changes, footprint, convention);
    }

    public AuditRecord {
        if (entityType == null || entityType.isBlank()) throw new IllegalArgumentException("entityType");
        if (entityId == null || entityId.isBlank()) throw new IllegalArgumentException("entityId");
        if (action == null || action.isBlank()) throw new IllegalArgumentException("action");
        changes = changes == null ? List.of() : List.copyOf(changes);
        summary = summary == null ? "" : summary;
    }
}
