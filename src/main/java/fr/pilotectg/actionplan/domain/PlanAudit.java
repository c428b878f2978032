package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How the plan's changes read in the audit trail: every summary, field name and status comes from
 * {@code messages/actionplan.properties} in French ({@code actionplan.audit.*}), never from a sentence built here.
 */
@Component
public class PlanAudit {

    /** The audit entity type of a fiche action. */
    public static final String FICHE_ENTITY = "fiche-action";
    /** The audit entity type of an axis. */
    public static final String AXIS_ENTITY = "axe-plan-actions";

    private final AuditTrail audit;
    private final MessageSource messages;

    PlanAudit(AuditTrail audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    /** Records a change of the plan of {@code convention}, under its footprint and filed under it in the journal. */
    void record(
            String entity,
            UUID id,
            String action,
            String summary,
            List<AuditChange> changes,
            ConventionSummary convention) {
        audit.record(entry(entity, id, action, summary, changes, convention));
    }

    /** The record {@link #record} writes, for {@link #recordAll}. */
    AuditRecord entry(
            String entity,
            UUID id,
            String action,
            String summary,
            List<AuditChange> changes,
            ConventionSummary convention) {
        return new AuditRecord(entity, id.toString(), action, summary, changes, convention.footprint())
                .about(convention.id());
    }

    /** Writes many records of the plan in one batch, in this order (the bulk import). */
    void recordAll(List<AuditRecord> records) {
        audit.recordAll(records);
    }

    /** {@code actionplan.audit.<key>} with its arguments, in French. */
    String text(String key, Object... args) {
        return messages.getMessage("actionplan.audit." + key, args, Locale.FRANCE);
    }

    /** A changed field, named as people read it ({@code actionplan.audit.field.<field>}). */
    AuditChange change(String field, String before, String after) {
        return new AuditChange(
                messages.getMessage("actionplan.audit.field." + field, null, field, Locale.FRANCE), before, after);
    }

    /** The status as people read it ({@code actionplan.status.<STATUS>}). */
    String label(FicheStatus status) {
        return status == null ? null : messages.getMessage(status.messageKey(), null, status.name(), Locale.FRANCE);
    }
}
