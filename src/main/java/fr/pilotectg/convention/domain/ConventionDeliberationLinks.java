package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.domain.ConventionChanges.Change;
import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.Deliberations;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a signatory's council deliberation to a convention (what signature requires), or removes the link while the
 * convention is not yet signed. A link changes the convention's version: each takes the version the user read.
 */
@Service
@Transactional
public class ConventionDeliberationLinks {

    private final ConventionChanges changes;
    private final ConventionRepository repository;
    private final ConventionFootprints footprints;
    private final Deliberations deliberations;
    private final Directory directory;
    private final ConventionAuditTexts texts;

    ConventionDeliberationLinks(
            ConventionChanges changes,
            ConventionRepository repository,
            ConventionFootprints footprints,
            Deliberations deliberations,
            Directory directory,
            ConventionAuditTexts texts) {
        this.changes = changes;
        this.repository = repository;
        this.footprints = footprints;
        this.deliberations = deliberations;
        this.directory = directory;
        this.texts = texts;
    }

    /** Links a deliberation of a party or of a body on the convention's territory to the signatory {@code signatoryId}. */
    public int linkDeliberation(UUID id, int version, UUID signatoryId, UUID deliberationId) {
        return changes.changeAround(id, version, (convention, owner) -> {
            Signatory signatory = convention
                    .currentTerms()
                    .signatory(signatoryId)
                    .orElseThrow(() -> DomainException.invalidFields(
                            List.of(FieldProblem.of("signatoryId", ConventionErrorCodes.LINK_NOT_SIGNATORY))));
            DeliberationSummary deliberation =
                    deliberations.findSummary(deliberationId).orElseThrow(() -> unknown());
            if (!belongsTo(deliberation, footprints.of(convention, owner))) throw unknown();
            repository.link(convention.id(), signatoryId, deliberationId, ConventionChanges.actor());
            return new Change(
                    "deliberation-linked",
                    texts.summary(
                            "deliberation-linked",
                            deliberation.issuerName(),
                            deliberation.number(),
                            signatory.organisationName()),
                    List.of(new AuditChange(
                            texts.field("deliberation"),
                            null,
                            texts.value("deliberation", deliberation.number(), deliberation.seanceDate()))));
        });
    }

    public int unlinkDeliberation(UUID id, int version, UUID deliberationId) {
        return changes.changeAround(id, version, (convention, owner) -> {
            if (convention.status().isSigned()) throw DomainException.rule(ConventionErrorCodes.LINK_LOCKED);
            if (!repository.unlink(convention.id(), deliberationId))
                throw DomainException.notFound(ConventionErrorCodes.LINK_NOT_FOUND);
            return new Change(
                    "deliberation-unlinked",
                    texts.summary("deliberation-unlinked"),
                    List.of(new AuditChange(texts.field("deliberation"), deliberationId.toString(), null)));
        });
    }

    private boolean belongsTo(DeliberationSummary deliberation, Footprint footprint) {
        if (footprint.organisations().contains(deliberation.organisationId())) return true;
        return directory
                .findOrganisation(deliberation.organisationId())
                .map(o -> ConventionFootprints.overlap(Directory.footprintOf(o), footprint))
                .orElse(false);
    }

    private static DomainException unknown() {
        return DomainException.invalidFields(
                List.of(FieldProblem.of("deliberationId", ConventionErrorCodes.DELIBERATION_UNKNOWN)));
    }
}
