package fr.pilotectg.platform;

import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;

/**
 * The audit trail every module writes to, inside the transaction of the change it records (so a rolled-back
 * change leaves no trace and a committed one always has its entry). Who and when come from the current request.
 */
public interface AuditTrail {

    void record(AuditRecord record);

    /**
     * Writes every record as {@link #record} would, one by one in this order, but in one batch of statements (a bulk
     * import writes thousands): same rows, same texts, same transaction.
     */
    default void recordAll(java.util.List<AuditRecord> records) {
        records.forEach(this::record);
    }

    /** An entity's history, newest first, if the current user may see it (empty otherwise). */
    PageResult<AuditEntry> history(String entityType, String entityId, PageQuery page);

    /** Every entry the current user may see, newest first, optionally for one entity type. */
    PageResult<AuditEntry> journal(String entityType, PageQuery page);

    /** Every entry the current user may see matching the filters, newest first, paged and counted in SQL. */
    PageResult<AuditEntry> journal(AuditJournalFilter filter, PageQuery page);
}
