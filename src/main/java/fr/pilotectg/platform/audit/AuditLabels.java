package fr.pilotectg.platform.audit;

import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditEntry;
import fr.pilotectg.platform.AuditNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Puts the audit rows in plain French when they are shown (issue 16, ADR « audit rows labelled at display time »): what
 * a module recorded stays as recorded — old rows too —, the history and journal pages read it through this layer:
 *
 * <ul>
 *   <li>a field recorded under its code name ({@code organisationId}, {@code seanceDate}) reads its French label, from
 *       {@code audit.field.<type>.<field>}, {@code audit.field.<field>}, {@code <type>.field.<field>} or
 *       {@code <type>.audit.field.<field>}, else the name split into words;
 *   <li>a value that is a code ({@code CONSEIL_MUNICIPAL}) reads its label ({@code audit.value.<field>.<CODE>}, then the
 *       labels of the modules' enumerations), {@code true}/{@code false} « oui »/« non », an ISO date JJ/MM/AAAA (also
 *       inside a text), an organisation's id its name ({@link AuditNames}, one question per page);
 *   <li>a list part (« A ; B ; C ») shows only its items that changed, never « X → X »;
 *   <li>a change made by no one signed in reads « Pilote CTG (traitement automatique) ».
 * </ul>
 */
@Component("auditLabels")
public class AuditLabels {

    /** The actor name written for changes made with no user signed in (start-up tasks, nightly jobs). */
    static final String SYSTEM_ACTOR = "Système";

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})?)?\\b");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,}");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z]+(?:[A-Z][a-z0-9]*)*");
    private static final String PARTS = " ; ";

    /** Where the modules label their enumerations, tried in order for a code value. */
    private static final List<String> VALUE_PREFIXES = List.of(
            "deliberation.body.",
            "directory.kind.",
            "role.",
            "convention.status.",
            "convention.representative.role.",
            "convention.party.",
            "actionplan.status.",
            "governance.kind.",
            "diagnostic.status.",
            "territory.kind.");

    private final MessageSource messages;
    private final ObjectProvider<AuditNames> names;

    AuditLabels(MessageSource messages, ObjectProvider<AuditNames> names) {
        this.messages = messages;
        this.names = names;
    }

    /** A change as shown: French label, values in words, only what differs. */
    public record ShownChange(
            String field, @Nullable String before, @Nullable String after) {}

    /** An entry as shown. */
    public record ShownEntry(
            Instant occurredAt,
            String actor,
            String entityType,
            String entityId,
            String summary,
            List<ShownChange> changes) {}

    /** The entries of a page in plain French; the ids among their values are named in one question per source. */
    public List<ShownEntry> entries(List<AuditEntry> entries) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (AuditEntry e : entries)
            for (AuditChange c : e.changes()) {
                collectIds(c.before(), ids);
                collectIds(c.after(), ids);
            }
        Map<UUID, String> named = names(ids);
        List<ShownEntry> shown = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            List<ShownChange> changes = new ArrayList<>();
            for (AuditChange c : e.changes()) changes.add(change(e.entityType(), c, named));
            shown.add(new ShownEntry(
                    e.occurredAt(), actor(e), e.entityType(), e.entityId(), dates(e.summary()), List.copyOf(changes)));
        }
        return shown;
    }

    /** The names of these ids, from every source (one question each). */
    public Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> named = new HashMap<>();
        if (!ids.isEmpty()) names.orderedStream().forEach(source -> named.putAll(source.namesOf(ids)));
        return named;
    }

    /** Who acted: the name recorded, or « Pilote CTG (traitement automatique) » for the application itself. */
    public String actor(AuditEntry entry) {
        if (entry.actorId() == null && (entry.actorName() == null || SYSTEM_ACTOR.equals(entry.actorName())))
            return message("audit.actor.system", "Pilote CTG (traitement automatique)");
        return entry.actorName();
    }

    ShownChange change(String entityType, AuditChange change, Map<UUID, String> named) {
        String field = field(entityType, change.field());
        String before = value(entityType, change.field(), change.before(), named);
        String after = value(entityType, change.field(), change.after(), named);
        if (before != null && after != null && (before.contains(PARTS) || after.contains(PARTS))) {
            List<String> was = new ArrayList<>(List.of(before.split(PARTS)));
            List<String> now = new ArrayList<>(List.of(after.split(PARTS)));
            List<String> common = new ArrayList<>(was);
            common.retainAll(now);
            was.removeAll(common);
            now.removeAll(common);
            if (!was.isEmpty() || !now.isEmpty()) {
                before = was.isEmpty() ? null : String.join(PARTS, was);
                after = now.isEmpty() ? null : String.join(PARTS, now);
            }
        }
        if (before != null && Objects.equals(before, after)) {
            after = messageWith("audit.change.unrecorded", before);
            before = null;
        }
        return new ShownChange(field, before, after);
    }

    /** A field's French label. */
    String field(String entityType, String field) {
        if (field == null) return "";
        if (!IDENTIFIER.matcher(field).matches()) return field;
        for (String key : List.of(
                "audit.field." + entityType + "." + field,
                "audit.field." + field,
                entityType + ".field." + field,
                entityType + ".audit.field." + field)) {
            String label = find(key);
            if (label != null) return label;
        }
        return words(field);
    }

    /** A value in words. */
    @Nullable
    String value(String entityType, String field, @Nullable String value, Map<UUID, String> named) {
        if (value == null) return null;
        String text = value.strip();
        if (text.equals("true") || text.equals("false")) return message("audit.value." + text, text);
        if (CODE.matcher(text).matches()) return code(entityType, field, text);
        if (text.contains(",") && !text.isEmpty()) {
            String[] items = text.split(",\\s*");
            boolean allCodes = items.length > 1;
            for (String item : items)
                allCodes &=
                        CODE.matcher(item).matches() || UUID_TEXT.matcher(item).matches();
            if (allCodes) {
                List<String> labelled = new ArrayList<>();
                for (String item : items)
                    labelled.add(
                            UUID_TEXT.matcher(item).matches()
                                    ? named.getOrDefault(UUID.fromString(item), item)
                                    : code(entityType, field, item));
                return String.join(", ", labelled);
            }
        }
        Matcher ids = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
            String name = named.get(UUID.fromString(ids.group()));
            ids.appendReplacement(out, Matcher.quoteReplacement(name == null ? ids.group() : name));
        }
        ids.appendTail(out);
        return dates(out.toString());
    }

    private String code(String entityType, String field, String code) {
        List<String> keys = new ArrayList<>(List.of(
                "audit.value." + field + "." + code, "audit.value." + code, entityType + "." + field + "." + code));
        VALUE_PREFIXES.forEach(prefix -> keys.add(prefix + code));
        for (String key : keys) {
            String label = find(key);
            if (label != null) return label;
        }
        return capitalised(code.replace('_', ' ').toLowerCase(Locale.FRENCH));
    }

    /** ISO dates, alone or inside a text, as JJ/MM/AAAA (with « à HH:MM » when a time is given). */
    static String dates(String text) {
        Matcher m = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String day = m.group(3) + "/" + m.group(2) + "/" + m.group(1);
            if (m.group(4) != null) day += " à " + m.group(4) + ":" + m.group(5);
            m.appendReplacement(out, Matcher.quoteReplacement(day));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** « seanceDate » → « Seance date »: never shown as a code name, when no label says better. */
    static String words(String identifier) {
        return capitalised(identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.FRENCH));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void collectIds(@Nullable String value, Set<UUID> ids) {
        if (value == null) return;
        Matcher m = UUID_TEXT.matcher(value);
        while (m.find()) ids.add(UUID.fromString(m.group()));
    }

    private @Nullable String find(String key) {
        try {
            return messages.getMessage(key, null, Locale.FRANCE);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }

    private String message(String key, String fallback) {
        String found = find(key);
        return found == null ? fallback : found;
    }

    private String messageWith(String key, Object arg) {
        String text = messages.getMessage(key, new Object[] {arg}, String.valueOf(arg), Locale.FRANCE);
        return text == null ? String.valueOf(arg) : text;
    }
}
