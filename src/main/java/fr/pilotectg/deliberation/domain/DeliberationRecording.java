package fr.pilotectg.deliberation.domain;

import fr.pilotectg.deliberation.domain.DeliberationRepository.Stored;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and correcting council deliberations, on the house flow: load → check access → check version → build the
 * record ({@link DeliberationAssembler}) → save → audit ({@link DeliberationJournal}). Impossible values are refused
 * (negative counts, a nonexistent date, a malformed ACTES identifier…); what {@link DeliberationChecker} finds never
 * prevents saving: the record is kept as signed and its findings shown with it.
 * <p>
 * There is no deletion: a deliberation is a public act that conventions refer to; a wrong record is corrected.
 */
@Service
@Transactional
public class DeliberationRecording {

    private final DeliberationRepository deliberations;
    private final DeliberationReads reads;
    private final DeliberationJournal journal;
    private final Directory directory;
    private final AccessControl access;

    DeliberationRecording(
            DeliberationRepository deliberations,
            DeliberationReads reads,
            DeliberationJournal journal,
            Directory directory,
            AccessControl access) {
        this.deliberations = deliberations;
        this.reads = reads;
        this.journal = journal;
        this.directory = directory;
        this.access = access;
    }

    /**
     * Records a deliberation of an organisation the current user may change. Refused: an unknown organisation, impossible
     * values (every wrong field at once). Returned with its findings.
     */
    public DeliberationDetails record(DeliberationInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationView organisation =
                writableOrganisation(input.organisationId(), problems).orElse(null);
        Deliberation deliberation = DeliberationAssembler.assemble(UUID.randomUUID(), input, organisation, problems);
        Footprint footprint = Directory.footprintOf(organisation);
        deliberations.insert(deliberation, footprint);
        journal.created(deliberation, footprint);
        return reads.get(deliberation.id());
    }

    /**
     * Replaces every field of a deliberation read at {@code expectedVersion}; a stale version is refused with an
     * {@link OptimisticLockingFailureException}. Moving it to another organisation needs the right to change both.
     */
    public DeliberationDetails update(UUID id, int expectedVersion, DeliberationInput input) {
        Stored stored = deliberations.find(id).orElseThrow(() -> DeliberationReads.notFound(id));
        access.requireWrite(stored.footprint(), () -> DeliberationReads.notFound(id));
        if (stored.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("deliberation " + id + " is at version " + stored.version());
        }
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationView organisation =
                writableOrganisation(input.organisationId(), problems).orElse(null);
        Deliberation deliberation = DeliberationAssembler.assemble(id, input, organisation, problems);
        Footprint footprint = Directory.footprintOf(organisation);
        deliberations.update(deliberation, expectedVersion, footprint);
        journal.updated(stored.deliberation(), deliberation, footprint);
        return reads.get(id);
    }

    /**
     * The organisation a deliberation is recorded for: unknown or invisible is a field problem (reported with the
     * others), visible but not changeable by the current user is {@code ACCESS_DENIED}.
     */
    private Optional<OrganisationView> writableOrganisation(UUID organisationId, List<FieldProblem> problems) {
        if (organisationId == null) {
            problems.add(FieldProblem.of("organisationId", ErrorCodes.REQUIRED));
            return Optional.empty();
        }
        Optional<OrganisationView> organisation =
                directory.findOrganisation(organisationId).filter(view -> access.canRead(Directory.footprintOf(view)));
        // An organisation out of reach is not found, for a new deliberation as for reading one (ADR 0003).
        if (organisation.isEmpty()) throw DomainException.notFound("ORGANISATION_NOT_FOUND", organisationId);
        if (!access.canWrite(Directory.footprintOf(organisation.get()))) throw AccessControl.denied();
        return organisation;
    }
}
