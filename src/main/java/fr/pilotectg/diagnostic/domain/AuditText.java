package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.FrenchNumbers;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The French of the diagnostic's audit trail, from {@code messages/diagnostic.properties}: summaries, field labels and
 * values as people read them (labels instead of enum names, dates as 31/12/2023, numbers the French way).
 */
@Component
class AuditText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    AuditText(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code key} with {@code args} (dates become 31/12/2023). */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.FRANCE);
    }

    /** A value as people read it: an enum by its label, a date, a number, yes/no, a list. */
    String value(Object value) {
        if (value == null) return null;
        if (value instanceof LocalDate day) return DAY.format(day);
        if (value instanceof BigDecimal number) return FrenchNumbers.plain(number);
        if (value instanceof Boolean yes) return yes ? "oui" : "non";
        if (value instanceof Thematic t) return text("schema.thematic." + t.name());
        if (value instanceof ActionNature n) return text("schema.nature." + n.name());
        if (value instanceof ActionStatus s) return text("schema.statusName." + s.name());
        if (value instanceof CapacityUnit u) return text("schema.unit." + u.name());
        if (value instanceof EquipmentType t) return text("equipment.type." + t.name());
        if (value instanceof MilestoneKind k) return text("schema.step." + k.name());
        if (value instanceof FigureKind k) return text("diagnostic.kind." + k.name());
        if (value instanceof FigureScope s) return text("diagnostic.scope." + s.name());
        if (value instanceof AnalysisSection s) return text("diagnostic.section." + s.name());
        if (value instanceof AnalysisStatus s) return text("diagnostic.status." + s.name());
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> value(e.getKey()) + " : " + value(e.getValue()))
                    .sorted()
                    .collect(Collectors.joining(" ; "));
        }
        if (value instanceof Collection<?> list)
            return list.stream().map(this::value).collect(Collectors.joining(" ; "));
        return String.valueOf(value);
    }

    /** The components of two records of one type that differ, labelled by {@code labelPrefix + component name}. */
    <T extends Record> List<AuditChange> changes(T before, T after, String labelPrefix) {
        Record sample = after != null ? after : before;
        if (sample == null) return List.of();
        List<AuditChange> changes = new ArrayList<>();
        for (RecordComponent component : sample.getClass().getRecordComponents()) {
            String was = before == null ? null : value(read(component, before));
            String now = after == null ? null : value(read(component, after));
            if (!Objects.equals(blank(was), blank(now)))
                changes.add(new AuditChange(text(labelPrefix + component.getName()), was, now));
        }
        return changes;
    }

    /** The changes of a diagnostic: its figures, analyses, priority fields, milestones and validation, in French. */
    List<AuditChange> changes(DiagnosticData before, DiagnosticData after) {
        List<AuditChange> changes = new ArrayList<>();
        for (FigureScope scope : FigureScope.values()) {
            for (FigureKind kind : FigureKind.values()) {
                String was = figure(before, scope, kind);
                String now = figure(after, scope, kind);
                if (!Objects.equals(was, now))
                    changes.add(new AuditChange(
                            text("diagnostic.audit.field.figure", value(kind), value(scope)), was, now));
            }
        }
        for (AnalysisSection section : AnalysisSection.values()) {
            String was = analysis(before, section);
            String now = analysis(after, section);
            if (!Objects.equals(was, now))
                changes.add(new AuditChange(text("diagnostic.audit.field.analysis", value(section)), was, now));
        }
        add(changes, "diagnostic.audit.field.priorities", priorities(before), priorities(after));
        add(changes, "diagnostic.audit.field.milestones", milestones(before), milestones(after));
        add(
                changes,
                "diagnostic.audit.field.validatedOn",
                value(before.validatedByCopilOn()),
                value(after.validatedByCopilOn()));
        return changes;
    }

    private void add(List<AuditChange> changes, String labelKey, String was, String now) {
        if (!Objects.equals(blank(was), blank(now))) changes.add(new AuditChange(text(labelKey), was, now));
    }

    private String figure(DiagnosticData data, FigureScope scope, FigureKind kind) {
        return data.figures().stream()
                .filter(f -> f.sameSlot(scope, kind))
                .findFirst()
                .map(f -> text("diagnostic.audit.value.figure", value(f.value()), f.year(), f.source()))
                .orElse(null);
    }

    private String analysis(DiagnosticData data, AnalysisSection section) {
        return data.analyses().stream()
                .filter(a -> a.section() == section)
                .findFirst()
                .map(a -> text(
                        "diagnostic.audit.value.analysis",
                        value(a.status()),
                        a.text() == null ? 0 : a.text().length(),
                        a.dataSources().size()))
                .orElse(null);
    }

    private String priorities(DiagnosticData data) {
        return data.priorities().stream()
                .map(p -> p.field() + " (" + p.domain()
                        + (p.enjeux().isEmpty() ? "" : ", " + String.join(", ", p.enjeux())) + ")")
                .collect(Collectors.joining(" ; "));
    }

    private String milestones(DiagnosticData data) {
        return data.milestones().stream()
                .map(m -> value(m.dueOn()) + " " + m.deliverable()
                        + (m.doneOn() == null ? "" : " (" + text("diagnostic.audit.value.done", m.doneOn()) + ")"))
                .collect(Collectors.joining(" ; "));
    }

    private static String blank(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
