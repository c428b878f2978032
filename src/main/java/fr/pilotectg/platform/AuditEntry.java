package fr.pilotectg.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded change, as shown in an entity's history and in the journal. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        UUID actorId,
        String actorName,
        String entityType,
        String entityId,
        String action,
        String summary,
        List<AuditChange> changes) {}
