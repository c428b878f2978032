package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionAvenants;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The avenants of a convention with the parts of the terms each changes, worded as the audit words them. */
@Component
@Transactional(readOnly = true)
public class AmendmentReads {

    private final ConventionReads reads;
    private final ConventionAuditTexts texts;

    AmendmentReads(ConventionReads reads, ConventionAuditTexts texts) {
        this.reads = reads;
        this.texts = texts;
    }

    /** The convention's avenants; "not found" out of reach (the caller checked the guard first). */
    public ConventionAvenants of(UUID id) {
        Convention convention = reads.get(id).convention();
        List<ConventionVersion> versions = convention.versions();
        var avenants = convention.amendments().stream()
                .map(a -> {
                    ConventionVersion produced = versions.stream()
                            .filter(v -> v.amendmentNumber() != null && v.amendmentNumber() == a.number())
                            .findFirst()
                            .orElse(null);
                    ConventionTerms before = produced == null
                            ? convention.currentTerms()
                            : versions.stream()
                                    .filter(v -> v.number() == produced.number() - 1)
                                    .findFirst()
                                    .map(ConventionVersion::terms)
                                    .orElse(convention.currentTerms());
                    var changes = texts.partsChanged(before, a.terms()).stream()
                            .map(c -> new ConventionAvenants.Change(c.field(), c.before(), c.after()))
                            .toList();
                    return new ConventionAvenants.Avenant(
                            a.number(),
                            a.title(),
                            a.draftedOn(),
                            a.signedOn(),
                            a.effectiveFrom(),
                            a.withdrawn(),
                            produced == null ? null : produced.number(),
                            changes);
                })
                .toList();
        int current = convention.currentVersion().map(ConventionVersion::number).orElse(0);
        return new ConventionAvenants(current, avenants);
    }
}
