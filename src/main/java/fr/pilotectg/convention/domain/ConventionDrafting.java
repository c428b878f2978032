package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.domain.ConventionChanges.Change;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From a draft to a signed convention: create, revise the draft, send it for signature (or back to draft) and record
 * the signature once every council that must deliberate has adopted a linked deliberation. A convention signed outside
 * the application is entered from its text by {@link ConventionRecording}. Each change takes the
 * version the user read and returns the new one (see {@link ConventionChanges}).
 */
@Service
@Transactional
public class ConventionDrafting {

    private final ConventionChanges changes;
    private final ConventionFootprints footprints;
    private final TermsPreparation preparation;
    private final ConventionLinks links;
    private final ConventionAuditTexts texts;
    private final AccessControl access;

    ConventionDrafting(
            ConventionChanges changes,
            ConventionFootprints footprints,
            TermsPreparation preparation,
            ConventionLinks links,
            ConventionAuditTexts texts,
            AccessControl access) {
        this.changes = changes;
        this.footprints = footprints;
        this.preparation = preparation;
        this.links = links;
        this.texts = texts;
        this.access = access;
    }

    /**
     * A new draft. A convention that names nobody yet may be drafted by an agent whose role drafts conventions; it then
     * stands with the drafter's organisation (its owner). Returns its id.
     */
    public UUID create(TermsData data) {
        ConventionTerms terms = preparation.prepare(data);
        Convention convention = Convention.draft(terms);
        return changes.insert(
                convention,
                new Change(
                        "created",
                        texts.summary("created", terms.title()),
                        List.of(texts.statusChange(null, ConventionStatus.DRAFT))));
    }

    /** Replaces the draft's terms; the user must still be able to change the convention they leave. */
    public int reviseDraft(UUID id, int version, TermsData data) {
        return changes.change(id, version, (convention, owner) -> {
            ConventionTerms before = convention.currentTerms();
            ConventionTerms after = preparation.prepare(data);
            convention.reviseDraft(after);
            if (!access.canWrite(footprints.of(convention, owner))) throw AccessControl.denied();
            return new Change("revised", texts.summary("revised"), texts.partsChanged(before, after));
        });
    }

    public int submit(UUID id, int version) {
        return changes.change(id, version, convention -> {
            convention.submitForSignature();
            return statusChange("submitted", texts.summary("submitted"), ConventionStatus.DRAFT, convention);
        });
    }

    public int returnToDraft(UUID id, int version) {
        return changes.change(id, version, convention -> {
            convention.returnToDraft();
            return statusChange(
                    "returned-to-draft", texts.summary("returned-to-draft"), ConventionStatus.IN_SIGNATURE, convention);
        });
    }

    public int sign(UUID id, int version, LocalDate signedOn) {
        return sign(id, version, signedOn, null);
    }

    /** Records the signature in the application, at {@code place} when given (« Fait à … »). */
    public int sign(UUID id, int version, LocalDate signedOn, String place) {
        InputLimits.check().date("signedOn", signedOn).name("place", place).throwIfAny();
        return changes.change(id, version, convention -> {
            convention.sign(signedOn, place, links.adoptedFor(convention.id()));
            convention.refresh(changes.today());
            var signed = new java.util.ArrayList<fr.pilotectg.platform.AuditChange>();
            signed.add(texts.statusChange(ConventionStatus.IN_SIGNATURE, convention.status()));
            signed.addAll(texts.signatureChanges(null, null, convention));
            return new Change("signed", texts.summary("signed", signedOn), List.copyOf(signed));
        });
    }

    private Change statusChange(String action, String summary, ConventionStatus before, Convention convention) {
        return new Change(action, summary, List.of(texts.statusChange(before, convention.status())));
    }
}
