package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.domain.ConventionChanges.Change;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A convention signed outside the application, entered from its published text: recorded as signed (and so in force or
 * expired by the calendar) with whatever the text says, then corrected while no avenant changed it. Both go through
 * the one flow of {@link ConventionChanges} and are audited with everything they say and the findings they leave.
 */
@Service
@Transactional
public class ConventionRecording {

    private final ConventionChanges changes;
    private final ConventionFootprints footprints;
    private final TermsPreparation preparation;
    private final ConventionAuditTexts texts;
    private final AccessControl access;

    ConventionRecording(
            ConventionChanges changes,
            ConventionFootprints footprints,
            TermsPreparation preparation,
            ConventionAuditTexts texts,
            AccessControl access) {
        this.changes = changes;
        this.footprints = footprints;
        this.preparation = preparation;
        this.texts = texts;
        this.access = access;
    }

    /**
     * Records a convention signed outside the application, from its published text (see
     * {@link Convention#recordAsSigned}): who may draft it may record it. Returns its id.
     */
    public UUID recordAsSigned(TermsData data, LocalDate signedOn, String place) {
        InputLimits.check().date("signedOn", signedOn).name("place", place).throwIfAny();
        ConventionTerms terms = preparation.prepare(data);
        Convention convention =
                Convention.recordAsSigned(ConventionId.random(), terms, signedOn, place, changes.today());
        var recorded = new ArrayList<AuditChange>();
        recorded.add(texts.statusChange(null, convention.status()));
        recorded.addAll(texts.signatureChanges(null, null, convention));
        recorded.addAll(texts.partsChanged(null, terms));
        recorded.add(texts.findings(ConventionFindings.of(convention)));
        return changes.insert(
                convention,
                new Change(
                        "recorded-as-signed",
                        texts.summary(
                                "recorded-as-signed",
                                terms.title(),
                                ConventionAuditTexts.date(signedOn),
                                convention.signaturePlace().orElse(texts.unknown())),
                        List.copyOf(recorded)));
    }

    /**
     * Corrects a convention recorded from its text (terms as entered, signature date and place) while no avenant
     * changed it; every corrected part is audited with its value before and after. Returns the new version.
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
            var corrected = new ArrayList<AuditChange>();
            if (statusBefore != convention.status())
                corrected.add(texts.statusChange(statusBefore, convention.status()));
            corrected.addAll(texts.signatureChanges(signedBefore, placeBefore, convention));
            corrected.addAll(texts.partsChanged(before, after));
            corrected.add(texts.findings(ConventionFindings.of(convention)));
            return new Change("record-corrected", texts.summary("record-corrected"), List.copyOf(corrected));
        });
    }
}
