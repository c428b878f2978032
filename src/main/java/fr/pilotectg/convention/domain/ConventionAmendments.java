package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.domain.ConventionChanges.Change;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Avenants: a signed convention's terms change only through one, drafted, then signed (a new version in force from its
 * effective date) or withdrawn. Each change takes the version the user read and returns the new one.
 */
@Service
@Transactional
public class ConventionAmendments {

    private final ConventionChanges changes;
    private final TermsPreparation preparation;
    private final ConventionLinks links;
    private final ConventionAuditTexts texts;

    ConventionAmendments(
            ConventionChanges changes,
            TermsPreparation preparation,
            ConventionLinks links,
            ConventionAuditTexts texts) {
        this.changes = changes;
        this.preparation = preparation;
        this.links = links;
        this.texts = texts;
    }

    public int draftAmendment(UUID id, int version, String title, TermsData data, LocalDate draftedOn) {
        InputLimits.check().title("title", title).date("draftedOn", draftedOn).throwIfAny();
        return changes.change(id, version, convention -> {
            ConventionTerms amended = preparation.prepare(data);
            Amendment amendment = convention.draftAmendment(title, amended, draftedOn);
            var audited = new ArrayList<>(texts.partsChanged(convention.currentTerms(), amended));
            String number = String.valueOf(amendment.number());
            audited.add(
                    0,
                    new AuditChange(
                            texts.field("amendment"), null, texts.value("amendment", number, amendment.title())));
            return new Change(
                    "amendment-drafted", texts.summary("amendment-drafted", number, amendment.title()), audited);
        });
    }

    /** Signs the pending avenant {@code number}; its terms take effect on {@code effectiveFrom} (default: the signature). */
    public int signAmendment(UUID id, int version, int number, LocalDate signedOn, LocalDate effectiveFrom) {
        InputLimits.check()
                .date("signedOn", signedOn)
                .date("effectiveFrom", effectiveFrom)
                .throwIfAny();
        return changes.change(id, version, convention -> {
            ConventionStatus before = convention.status();
            ConventionTerms previous = convention.currentTerms();
            ConventionVersion created = convention.signAmendment(
                    number,
                    signedOn,
                    effectiveFrom == null ? signedOn : effectiveFrom,
                    links.adoptedFor(convention.id()));
            convention.refresh(changes.today());
            var audited = new ArrayList<>(texts.partsChanged(previous, created.terms()));
            audited.add(
                    0,
                    new AuditChange(
                            texts.field("version"),
                            String.valueOf(created.number() - 1),
                            String.valueOf(created.number())));
            if (before != convention.status()) audited.add(texts.statusChange(before, convention.status()));
            return new Change(
                    "amendment-signed",
                    texts.summary(
                            "amendment-signed",
                            String.valueOf(number),
                            signedOn,
                            String.valueOf(created.number()),
                            created.effectiveFrom()),
                    audited);
        });
    }

    public int withdrawAmendment(UUID id, int version, int number) {
        return changes.change(id, version, convention -> {
            convention.withdrawAmendment(number);
            return new Change(
                    "amendment-withdrawn",
                    texts.summary("amendment-withdrawn", String.valueOf(number)),
                    List.of(new AuditChange(
                            texts.field("amendment.numbered", String.valueOf(number)),
                            texts.value("amendment.pending"),
                            texts.value("amendment.withdrawn"))));
        });
    }
}
