package fr.pilotectg.platform;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The journal's filters (issue 16), each optional, applied in SQL: the convention the changes concern, the author (part
 * of the name as recorded, case ignored), the period (days, French time, both included) and the kind of
 * object (entity type).
 */
public record AuditJournalFilter(
        @Nullable UUID conventionId,
        @Nullable String author,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String entityType) {

    public AuditJournalFilter {
        author = blankToNull(author);
        entityType = blankToNull(entityType);
    }

    public static AuditJournalFilter ofType(@Nullable String entityType) {
        return new AuditJournalFilter(null, null, null, null, entityType);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
