package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.domain.ConventionChanges.Change;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From a draft to a signed convention: create, revise the draft, send it for signature (or back to draft) and record
 * the signature once every council that must deliberate has adopted a linked deliberation. Each change takes the
 * version the user read and returns the new one (see {@link ConventionChanges}).
 */
@Service
@Transactional
public class ConventionDrafting {

    private final ConventionChanges changes;
    private final ConventionRepository repository;
    private final ConventionFootprints footprints;
    private final TermsPreparation preparation;
    private final ConventionLinks links;
    private final ConventionAuditTexts texts;
    private final AccessControl access;

    ConventionDrafting(
            ConventionChanges changes,
            ConventionRepository repository,
            ConventionFootprints footprints,
            TermsPreparation preparation,
            ConventionLinks links,
            ConventionAuditTexts texts,
            AccessControl access) {
        this.changes = changes;
        this.repository = repository;
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
        PiloteUser user = CurrentUser.optional().orElseThrow(AccessControl::denied);
        Footprint parties = footprints.of(convention, null);
        boolean allowed = parties.isEmpty() ? user.role().draftsConventions() : access.canWrite(parties);
        if (!allowed) throw AccessControl.denied();
        UUID owner = user.isAdmin() ? null : user.organisationId();
        Footprint footprint = footprints.of(convention, owner);
        repository.insert(convention, owner, footprint, ConventionChanges.actor());
        changes.record(
                convention,
                footprint,
                new Change(
                        "created",
                        texts.summary("created", terms.title()),
                        List.of(texts.statusChange(null, ConventionStatus.DRAFT))));
        return convention.id().value();
    }

    /**
     * Records a convention signed outside the application, from its published text (see
     * {@link Convention#recordAsSigned}): who may draft it may record it. Audited with everything it says and the
     * findings it leaves. Returns its id.
     */
    public UUID recordAsSigned(TermsData data, LocalDate signedOn, String place) {
        InputLimits.check().date("signedOn", signedOn).name("place", place).throwIfAny();
        ConventionTerms terms = preparation.prepare(data);
        Convention convention =
                Convention.recordAsSigned(ConventionId.random(), terms, signedOn, place, changes.today());
        PiloteUser user = CurrentUser.optional().orElseThrow(AccessControl::denied);
        Footprint parties = footprints.of(convention, null);
        boolean allowed = parties.isEmpty() ? user.role().draftsConventions() : access.canWrite(parties);
        if (!allowed) throw AccessControl.denied();
        UUID owner = user.isAdmin() ? null : user.organisationId();
        Footprint footprint = footprints.of(convention, owner);
        repository.insert(convention, owner, footprint, ConventionChanges.actor());
        var recorded = new java.util.ArrayList<fr.pilotectg.platform.AuditChange>();
        recorded.add(texts.statusChange(null, convention.status()));
        recorded.addAll(texts.signatureChanges(null, null, convention));
        recorded.addAll(texts.partsChanged(null, terms));
        recorded.add(texts.findings(ConventionFindings.of(convention)));
        changes.record(
                convention,
                footprint,
                new Change(
                        "recorded-as-signed",
                        texts.summary(
                                "recorded-as-signed",
                                terms.title(),
                                ConventionAuditTexts.date(signedOn),
                                convention.signaturePlace().orElse(texts.unknown())),
                        List.copyOf(recorded)));
        return convention.id().value();
    }

    /**
     * Corrects a convention recorded from its text (terms as entered, signature date and place) while no avenant
     * changed it; every corrected part is audited with its value before and after.
     */
    public int correctRecord(UUID id, int version, TermsData data, LocalDate signedOn, String place) {
        InputLimits.check().date("signedOn", signedOn).name("place", place).throwIfAny();
        return changes.change(id, version, (convention, owner) -> {
            ConventionTerms before = convention.currentTerms();
            LocalDate signedBefore = convention.signedOn().orElse(null);
            String placeBefore = convention.signaturePlace().orElse(null);
            ConventionStatus statusBefore = convention.status();
            ConventionTerms after = preparation.prepare(data);
            convention.correctRecord(after, signedOn, place, changes.today());
            if (!access.canWrite(footprints.of(convention, owner))) throw AccessControl.denied();
            var corrected = new java.util.ArrayList<fr.pilotectg.platform.AuditChange>();
            if (statusBefore != convention.status())
                corrected.add(texts.statusChange(statusBefore, convention.status()));
            corrected.addAll(texts.signatureChanges(signedBefore, placeBefore, convention));
            corrected.addAll(texts.partsChanged(before, after));
            corrected.add(texts.findings(ConventionFindings.of(convention)));
            return new Change("record-corrected", texts.summary("record-corrected"), List.copyOf(corrected));
        });
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
