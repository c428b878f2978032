package fr.pilotectg.equipment.domain;

import fr.pilotectg.platform.AuditChange;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How the register's changes read in the audit trail: summaries, field names and values (type, category and QPV origin
 * labels, dates dd/MM/yyyy, yes/no) from {@code messages/equipment.properties} ({@code equipment.audit.*}), in French.
 */
@Component
class EquipmentAudit {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    EquipmentAudit(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code equipment.audit.<key>} with its arguments (a date argument reads dd/MM/yyyy). */
    String text(String key, Object... args) {
        return messages.getMessage("equipment.audit." + key, args, Locale.FRANCE);
    }

    /** The changes between two {@link EquipmentService.Snapshot}s, with French field names and values. */
    List<AuditChange> changes(EquipmentService.Snapshot before, EquipmentService.Snapshot after) {
        return AuditChange.between(before, after).stream()
                .map(c -> new AuditChange(field(c.field()), value(c.field(), c.before()), value(c.field(), c.after())))
                .toList();
    }

    String field(String name) {
        return messages.getMessage("equipment.audit.field." + name, null, name, Locale.FRANCE);
    }

    String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    private String value(String field, String value) {
        if (value == null) return null;
        return switch (field) {
            case "type" -> label("equipment.type." + value, value);
            case "operatorCategory" -> label("equipment.category." + value, value);
            case "qpvOrigin" -> label("equipment.qpv.origin." + value, value);
            case "openedOn", "closedOn" -> day(LocalDate.parse(value));
            case "supportedByCollectivite" -> label("equipment.audit.value." + value, value);
            default -> value;
        };
    }

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Locale.FRANCE);
    }
}
