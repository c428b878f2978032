package fr.pilotectg.deliberation.domain;

import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.Deliberations;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's front door for other modules: summaries of stored deliberations, without an access check (see {@link Deliberations}). */
@Service
@Transactional(readOnly = true)
class DeliberationSummaries implements Deliberations {

    private final DeliberationRepository deliberations;
    private final DeliberationChecker checker = new DeliberationChecker();

    DeliberationSummaries(DeliberationRepository deliberations) {
        this.deliberations = deliberations;
    }

    @Override
    public Optional<DeliberationSummary> findSummary(UUID deliberationId) {
        if (deliberationId == null) return Optional.empty();
        return deliberations.find(deliberationId).map(this::summary);
    }

    @Override
    public List<DeliberationSummary> summaries(Collection<UUID> deliberationIds) {
        return deliberations.findAll(deliberationIds).stream()
                .map(this::summary)
                .toList();
    }

    @Override
    public List<DeliberationSummary> ofOrganisations(Collection<UUID> organisationIds) {
        return deliberations.findByOrganisations(organisationIds).stream()
                .map(this::summary)
                .toList();
    }

    private DeliberationSummary summary(DeliberationRepository.Stored stored) {
        return DeliberationDetails.summaryOf(stored.deliberation(), checker.check(stored.deliberation()));
    }
}
