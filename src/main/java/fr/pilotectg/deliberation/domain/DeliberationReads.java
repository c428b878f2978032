package fr.pilotectg.deliberation.domain;

import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.domain.DeliberationRepository.Stored;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading council deliberations: the list, one deliberation with its findings, and the organisations the user sees or
 * may record for. A deliberation stands where its organisation stands ({@link Directory#footprintOf}).
 */
@Service
@Transactional(readOnly = true)
public class DeliberationReads {

    /** Enough for the organisation picker: more than any Caf's communes with their associated ones. */
    private static final int MAX_ORGANISATIONS = PageQuery.MAX_SIZE;

    private final DeliberationRepository deliberations;
    private final Directory directory;
    private final AccessControl access;
    private final DeliberationChecker checker = new DeliberationChecker();

    DeliberationReads(DeliberationRepository deliberations, Directory directory, AccessControl access) {
        this.deliberations = deliberations;
        this.directory = directory;
        this.access = access;
    }

    /** The deliberations the current user may see, newest séance first. */
    public PageResult<DeliberationSummary> search(DeliberationQuery query, PageQuery page) {
        return deliberations
                .search(access.currentReach(), query, page)
                .map(stored ->
                        DeliberationDetails.summaryOf(stored.deliberation(), checker.check(stored.deliberation())));
    }

    /** The deliberation with its findings, if the current user may see it; otherwise {@code DELIBERATION_NOT_FOUND}. */
    public DeliberationDetails get(UUID id) {
        Stored stored = deliberations.find(id).orElseThrow(() -> notFound(id));
        access.requireRead(stored.footprint(), () -> notFound(id));
        return new DeliberationDetails(
                stored.deliberation(),
                checker.check(stored.deliberation()),
                stored.version(),
                stored.createdAt(),
                stored.updatedAt());
    }

    /** What the checks find in the deliberation (CGCT rules, consistency of the record). */
    public List<Finding> findings(UUID id) {
        return get(id).findings();
    }

    /** Whether the current user may correct this deliberation. */
    public boolean canEdit(UUID id) {
        return deliberations
                .find(id)
                .map(stored -> access.canWrite(stored.footprint()))
                .orElse(false);
    }

    /** The organisations for which the current user may record a deliberation, by kind and name. */
    public List<OrganisationView> writableOrganisations() {
        return visibleOrganisations().stream()
                .filter(organisation -> access.canWrite(Directory.footprintOf(organisation)))
                .toList();
    }

    /** The organisations the current user sees, for the list's filter. */
    public List<OrganisationView> visibleOrganisations() {
        return directory
                .visibleOrganisations(access.currentReach(), PageQuery.first(MAX_ORGANISATIONS))
                .content();
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCodes.DELIBERATION_NOT_FOUND, id);
    }
}
