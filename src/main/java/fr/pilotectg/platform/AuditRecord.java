package fr.pilotectg.platform;

import java.util.List;

/**
 * A change of state to write in the audit trail: which entity, what was done (a verb: {@code created},
 * {@code updated}, {@code signed}…), a one-line summary in French, the fields that changed and where the entity
 * stands (so that the trail is shown to exactly those who may see the entity).
 */
public record AuditRecord(
        String entityType,
        String entityId,
        String action,
        String summary,
        List<AuditChange> changes,
        Footprint footprint) {

    public AuditRecord {
        if (entityType == null || entityType.isBlank()) throw new IllegalArgumentException("entityType");
        if (entityId == null || entityId.isBlank()) throw new IllegalArgumentException("entityId");
        if (action == null || action.isBlank()) throw new IllegalArgumentException("action");
        changes = changes == null ? List.of() : List.copyOf(changes);
        summary = summary == null ? "" : summary;
    }
}
