package fr.pilotectg.platform;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One field that changed, with its value before and after (as text, for people to read). */
public record AuditChange(
        String field, @Nullable String before, @Nullable String after) {

    private static final String VERSION = "version";

    /**
     * The fields whose values differ between two snapshots of the same record type; a null {@code before} means a
     * creation (every non-null field is listed), a null {@code after} a deletion. A {@code version} component (the
     * optimistic-locking counter) changes with every save and tells people nothing, so it is never listed.
     */
    public static <T extends Record> List<AuditChange> between(@Nullable T before, @Nullable T after) {
        Record sample = after != null ? after : before;
        if (sample == null) return List.of();
        List<AuditChange> changes = new ArrayList<>();
        for (RecordComponent component : sample.getClass().getRecordComponents()) {
            if (component.getName().equals(VERSION)) continue;
            String was = before == null ? null : text(read(component, before));
            String now = after == null ? null : text(read(component, after));
            if (!Objects.equals(was, now)) changes.add(new AuditChange(component.getName(), was, now));
        }
        return List.copyOf(changes);
    }

    private static @Nullable Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) return null;
        if (value instanceof Collection<?> collection) {
            return collection.stream()
                    .map(String::valueOf)
                    .sorted()
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
        }
        return String.valueOf(value);
    }
}
