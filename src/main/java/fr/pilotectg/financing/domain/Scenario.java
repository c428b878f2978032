package fr.pilotectg.financing.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A named what-if over a convention's financing: the changes it makes to the current inputs (a delta, so that it follows
 * the later corrections of the plan), who made it and when, where it came from (entered, or generated from the schéma de
 * développement), active or discarded (kept, with who and when). Computed on read beside the plan; never changes it.
 */
public record Scenario(
        UUID id,
        UUID conventionId,
        String name,
        List<ScenarioChange> changes,
        Origin origin,
        Status status,
        int version,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime discardedAt,
        String discardedBy) {

    public Scenario {
        changes = List.copyOf(changes);
    }

    public enum Origin {
        ENTERED,
        SCHEMA
    }

    public enum Status {
        ACTIVE,
        DISCARDED
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
