package fr.pilotectg.governance.domain;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How governance changes read in the audit trail: summaries, field names and values (labels, dates dd/MM/yyyy) from
 * {@code messages/governance.properties} ({@code governance.audit.*}), in French.
 */
@Component
public class GovernanceAudit {

    /** The audit entity types of the module. */
    public static final String BODY_ENTITY = "instance-gouvernance";

    public static final String MEETING_ENTITY = "reunion-gouvernance";
    public static final String POST_ENTITY = "poste-cooperation";

    private final MessageSource messages;

    GovernanceAudit(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code governance.audit.<key>} with its arguments (a date argument reads dd/MM/yyyy). */
    String text(String key, Object... args) {
        return messages.getMessage("governance.audit." + key, args, Locale.FRANCE);
    }

    /** A field that changed, named as people read it ({@code governance.audit.field.<field>}); none if equal. */
    void change(List<AuditChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) changes.add(new AuditChange(label(field), before, after));
    }

    String label(String field) {
        return messages.getMessage("governance.audit.field." + field, null, field, Locale.FRANCE);
    }

    /** A frequency rule as its wording, followed by its exceptions (« 1 par an ; exception : jusqu'à 3, renouvellement »). */
    String frequency(FrequencyRule rule) {
        StringBuilder text = new StringBuilder(rule.text());
        for (FrequencyRule.YearException e : rule.exceptions()) {
            text.append(text(
                    "frequency.exception",
                    e.atMost() ? text("frequency.exception.atMost") : "",
                    e.perYear(),
                    e.renewalYear() ? text("frequency.exception.renewal") : "en " + e.year()));
        }
        return text.toString();
    }

    String status(FicheStatus status) {
        return messages.getMessage(status.messageKey(), null, status.name(), Locale.FRANCE);
    }

    /** Post fields whose absence means « non renseigné » (issue 12), not « none ». */
    private static final java.util.Set<String> UNKNOWN_WHEN_EMPTY = java.util.Set.of("etp", "status");

    /** The fields of a post that changed, with French names and values. */
    List<AuditChange> post(PostData before, PostData after) {
        return AuditChange.between(before, after).stream()
                .map(c -> new AuditChange(
                        label("post." + c.field()), postValue(c.field(), c.before()), postValue(c.field(), c.after())))
                .toList();
    }

    private String postValue(String field, String value) {
        if ((value == null || value.isEmpty()) && UNKNOWN_WHEN_EMPTY.contains(field)) return text("value.unknown");
        if (value == null || value.isEmpty()) return value;
        return switch (field) {
            case "role", "status" ->
                messages.getMessage("governance.post." + field + "." + value, null, value, Locale.FRANCE);
            case "etp", "requestedEtp", "cafShare" -> FrenchNumbers.plain(new BigDecimal(value));
            case "targetDate" -> date(LocalDate.parse(value));
            default -> value;
        };
    }

    static String date(LocalDate date) {
        return date == null ? null : date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
