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

    ConventionAuditTexts(MessageSource messages) {
        this.messages = messages;
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

    /** The parts of the terms that differ, each with its French name and its text before and after. */
    List<AuditChange> partsChanged(ConventionTerms before, ConventionTerms after) {
        var changes = new ArrayList<AuditChange>();
        for (TermsPart part : after.changesFrom(before)) {
            changes.add(new AuditChange(
                    messages.getMessage(part.messageKey(), null, part.name(), Locale.FRANCE),
                    describe(part, before),
                    describe(part, after)));
        }
        return changes;
    }

    private String describe(TermsPart part, ConventionTerms terms) {
        return switch (part) {
            case TITLE -> terms.title();
            case PERIOD ->
                value("period", terms.period().start(), terms.period().end());
            case TERRITORY ->
                terms.communes().stream().map(c -> c.value()).collect(Collectors.joining(", "))
                        + (terms.epcis().isEmpty()
                                ? ""
                                : value(
                                        "epcis",
                                        terms.epcis().stream()
                                                .map(e -> e.value())
                                                .collect(Collectors.joining(", "))));
            case SIGNATORIES ->
                terms.signatories().stream()
                        .map(s -> s.organisationName() + " ("
                                + s.representatives().stream()
                                        .map(Representative::name)
                                        .collect(Collectors.joining(", "))
                                + ")")
                        .collect(Collectors.joining(" ; "));
            case PARTNERS -> terms.partners().stream().map(Partner::name).collect(Collectors.joining(", "));
            case DOMAINS -> terms.domains().stream().map(DomainCode::value).collect(Collectors.joining(", "));
            case MISSIONS ->
                terms.missions().stream()
                        .map(m -> m.missionCode() + " " + m.enjeuCodes())
                        .collect(Collectors.joining(" ; "));
            case COLLECTIVITE_FIELDS -> String.join(", ", terms.collectiviteFields());
            case PREDECESSOR ->
                terms.predecessorContract().map(PredecessorContract::label).orElse("");
        };
    }

    /** A date as a value of its own (in a message, a {@link LocalDate} argument is formatted by the message source). */
    static String date(LocalDate date) {
        return date == null ? "" : FRENCH_DATE.format(date);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.FRANCE);
    }
}
