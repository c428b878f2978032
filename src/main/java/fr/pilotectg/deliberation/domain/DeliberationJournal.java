package fr.pilotectg.deliberation.domain;

import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit step of every change to a deliberation, in French from {@code messages/deliberation.properties}: the
 * summary ({@code audit.deliberation.<action>}, with the number of findings), the changed fields under their form labels
 * ({@code deliberation.field.<name>}) and the assembly under its label. Public for the demo loader, which records its
 * seeds the same way.
 */
@Component
public class DeliberationJournal {

    static final String ENTITY_TYPE = "deliberation";

    private final AuditTrail audit;
    private final MessageSource messages;
    private final DeliberationChecker checker = new DeliberationChecker();

    DeliberationJournal(AuditTrail audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    /** A deliberation recorded (by a user, or by a start-up task). */
    public void created(Deliberation deliberation, Footprint footprint) {
        record(deliberation, "created", AuditChange.between(null, snapshot(deliberation)), footprint);
    }

    /** A deliberation corrected: the fields that differ between the two records. */
    void updated(Deliberation before, Deliberation after, Footprint footprint) {
        record(after, "updated", AuditChange.between(snapshot(before), snapshot(after)), footprint);
    }

    private void record(Deliberation deliberation, String action, List<AuditChange> changes, Footprint footprint) {
        List<AuditChange> labelled = changes.stream()
                .map(c -> new AuditChange(message("deliberation.field." + c.field(), c.field()), c.before(), c.after()))
                .toList();
        audit.record(new AuditRecord(
                ENTITY_TYPE, deliberation.id().toString(), action, summary(deliberation, action), labelled, footprint));
    }

    /** "Délibération n° DE23.027 du 09/02/2023 (Ville d'Armentières) enregistrée — 1 anomalie signalée". */
    String summary(Deliberation deliberation, String action) {
        String text = messages.getMessage(
                "audit.deliberation." + action,
                new Object[] {
                    deliberation.number(),
                    deliberation.seance().date(),
                    deliberation.issuer().name()
                },
                Locale.FRANCE);
        int findings = checker.check(deliberation).size();
        if (findings == 0) return text;
        return messages.getMessage(
                findings == 1 ? "audit.deliberation.findings.one" : "audit.deliberation.findings.many",
                new Object[] {text, String.valueOf(findings)},
                Locale.FRANCE);
    }

    private AuditSnapshot snapshot(Deliberation deliberation) {
        AuditSnapshot snapshot = AuditSnapshot.of(deliberation);
        return snapshot.withBody(message("deliberation.body." + snapshot.body(), snapshot.body()));
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Locale.FRANCE);
    }
}
