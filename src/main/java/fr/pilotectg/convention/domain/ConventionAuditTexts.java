package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.platform.AuditChange;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the audit trail says of a convention, in French, from {@code messages/convention.properties}: the summaries
 * ({@code audit.convention.<action>}), the names of the fields that changed ({@code audit.convention.field.<name>})
 * and their values as people read them (status and termination labels, dates dd/MM/yyyy).
 */
@Component
class ConventionAuditTexts {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final ReferenceCatalog catalog;

    ConventionAuditTexts(MessageSource messages, ReferenceCatalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    /** The summary {@code audit.convention.<key>}; dates among the arguments read dd/MM/yyyy. */
    String summary(String key, Object... args) {
        return message("audit.convention." + key, args);
    }

    /** A field's French name, {@code audit.convention.field.<key>}. */
    String field(String key, Object... args) {
        return message("audit.convention.field." + key, args);
    }

    /** A value's French wording, {@code audit.convention.value.<key>}. */
    String value(String key, Object... args) {
        return message("audit.convention.value." + key, args);
    }

    String status(ConventionStatus status) {
        return status == null ? null : messages.getMessage(status.messageKey(), null, status.name(), Locale.FRANCE);
    }

    String kind(TerminationKind kind) {
        return messages.getMessage(kind.messageKey(), null, kind.name(), Locale.FRANCE);
    }

    /** The status change, {@code before} null for a creation. */
    AuditChange statusChange(ConventionStatus before, ConventionStatus after) {
        return new AuditChange(field("status"), status(before), status(after));
    }

    /**
     * The parts of the terms that differ, each with its French name and its text before and after; {@code before} null
     * for a record: every part that says something.
     */
    List<AuditChange> partsChanged(ConventionTerms before, ConventionTerms after) {
        var changes = new ArrayList<AuditChange>();
        for (TermsPart part : TermsPart.values()) {
            if (before != null && !after.changesFrom(before).contains(part)) continue;
            String now = describe(part, after);
            if (before == null && (now == null || now.isBlank())) continue;
            changes.add(new AuditChange(
                    messages.getMessage(part.messageKey(), null, part.name(), Locale.FRANCE),
                    before == null ? null : describe(part, before),
                    now));
        }
        return changes;
    }

    /** The signature date and place when they changed ({@code signedBefore} and {@code placeBefore} null: recorded). */
    List<AuditChange> signatureChanges(LocalDate signedBefore, String placeBefore, Convention convention) {
        var changes = new ArrayList<AuditChange>();
        LocalDate signedAfter = convention.signedOn().orElse(null);
        if (!java.util.Objects.equals(signedBefore, signedAfter))
            changes.add(new AuditChange(field("signedOn"), nullable(date(signedBefore)), date(signedAfter)));
        String placeAfter = convention.signaturePlace().orElse(null);
        if (!java.util.Objects.equals(placeBefore, placeAfter) || signedBefore == null)
            changes.add(new AuditChange(
                    field("signaturePlace"),
                    signedBefore == null ? null : orUnknown(placeBefore),
                    orUnknown(placeAfter)));
        return changes;
    }

    /** The findings the record leaves, as one line (« aucun » when complete). */
    AuditChange findings(List<fr.pilotectg.convention.ConventionFinding> findings) {
        String text = findings.isEmpty()
                ? value("findings.none")
                : findings.stream()
                        .map(f -> messages.getMessage(f.messageKey(), f.argArray(), Locale.FRANCE))
                        .collect(Collectors.joining(" ; "));
        return new AuditChange(field("findings"), null, text);
    }

    /**
     * A party as the audit trail says it: « Communauté de communes X (EPCI) ci-après « la Communauté » », a collective
     * party with its member communes, a party not identified said so.
     */
    private String party(Signatory s) {
        var text = new StringBuilder(s.organisationName())
                .append(" (")
                .append(messages.getMessage(
                        s.kind().messageKey(), null, s.kind().name(), Locale.FRANCE))
                .append(')');
        if (s.alias() != null) text.append(value("alias", s.alias()));
        if (s.collective())
            text.append(value(
                    "members",
                    s.members().isEmpty()
                            ? unknown()
                            : s.members().stream().map(c -> c.value()).collect(Collectors.joining(", "))));
        if (!s.isIdentified()) text.append(value("unidentified"));
        // Issue 16: a nested part that changes must show in the text, or the change reads « X → X ».
        if (s.needsCouncilDeliberation()) text.append(value("deliberationRequired"));
        return text.toString();
    }

    /** « Madame Marie DUPONT, 1re vice-Présidente (vice-président(e) ou adjoint(e)) »; unknown parts said so. */
    private String person(Representative r) {
        String civility =
                r.civility() == null ? "" : messages.getMessage(r.civility().messageKey(), null, Locale.FRANCE) + " ";
        String name = r.knownName().orElse(value("name.unknown"));
        String category =
                messages.getMessage(r.role().messageKey(), null, r.role().name(), Locale.FRANCE);
        return civility + name + ", " + (r.title() == null ? category : r.title() + " (" + category + ")");
    }

    /** « non renseigné ». */
    String unknown() {
        return value("unknown");
    }

    private String orUnknown(String text) {
        return text == null ? unknown() : text;
    }

    private static String nullable(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private String describe(TermsPart part, ConventionTerms terms) {
        return switch (part) {
            case TITLE -> terms.title();
            case PERIOD ->
                value("period", terms.period().label(), terms.period().durationLabel());
            case TERRITORY ->
                terms.communes().stream().map(c -> c.value()).collect(Collectors.joining(", "))
                        + (terms.epcis().isEmpty()
                                ? ""
                                : value(
                                        "epcis",
                                        terms.epcis().stream()
                                                .map(e -> e.value())
                                                .collect(Collectors.joining(", "))))
                        + (terms.declaredCommunes() == null ? "" : value("declaredCommunes", terms.declaredCommunes()))
                        + (terms.territoryIncomplete() ? value("territoryIncomplete") : "");
            case SIGNATORIES ->
                terms.signatories().stream()
                        .map(s -> party(s)
                                + " ("
                                + (s.representatives().isEmpty()
                                        ? value("representatives.unknown")
                                        : s.representatives().stream()
                                                .map(this::person)
                                                .collect(Collectors.joining(", ")))
                                + ")"
                                + s.authorisations().stream()
                                        .map(a -> value(
                                                "act",
                                                a.description(),
                                                a.adoptedOn() == null
                                                        ? value("act.undated")
                                                        : a.adoptedOn().french()))
                                        .collect(Collectors.joining()))
                        .collect(Collectors.joining(" ; "));
            case PARTNERS -> terms.partners().stream().map(Partner::name).collect(Collectors.joining(", "));
            case DOMAINS -> domains(terms);
            case OBJECTIVES -> objectives(terms);
            case MISSIONS ->
                terms.missions().stream()
                        .map(m -> m.missionCode() + " " + m.enjeuCodes())
                        .collect(Collectors.joining(" ; "));
            case COLLECTIVITE_FIELDS -> String.join(", ", terms.collectiviteFields());
            case PREDECESSOR ->
                terms.predecessorContract().map(PredecessorContract::label).orElse("");
        };
    }

    /** The domains by their labels, never their codes, then the convention's own themes as typed, « ; » between. */
    private String domains(ConventionTerms terms) {
        var labels = catalog.labels(ReferenceItem.Kind.DOMAIN);
        var entries = new ArrayList<String>();
        terms.domains().forEach(d -> entries.add(labels.getOrDefault(d.value(), d.value())));
        entries.addAll(terms.themes());
        return String.join(" ; ", entries);
    }

    /** The tagline, then the objectives numbered in their order. */
    private String objectives(ConventionTerms terms) {
        var parts = new ArrayList<String>();
        if (terms.tagline() != null) parts.add("« " + terms.tagline() + " »");
        for (int i = 0; i < terms.objectives().size(); i++)
            parts.add((i + 1) + ". " + terms.objectives().get(i));
        return String.join(" ; ", parts);
    }

    /** A date as a value of its own (in a message, a {@link LocalDate} argument is formatted by the message source). */
    static String date(LocalDate date) {
        return date == null ? "" : FRENCH_DATE.format(date);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.FRANCE);
    }
}
