package fr.pilotectg.deliberation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The deliberation module's front door for other modules. Summaries are returned without an access check: the caller
 * shows them inside something the user may already read (a convention), and a council deliberation is a public act.
 */
public interface Deliberations {

    Optional<DeliberationSummary> findSummary(UUID deliberationId);

    /** The summaries of the given deliberations that exist, in no particular order. */
    List<DeliberationSummary> summaries(Collection<UUID> deliberationIds);

    /** The deliberations recorded for these organisations, newest séance first (to pick one to link). */
    List<DeliberationSummary> ofOrganisations(Collection<UUID> organisationIds);
}
