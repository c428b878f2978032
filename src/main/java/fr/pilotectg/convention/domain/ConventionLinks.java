package fr.pilotectg.convention.domain;

import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.Deliberations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The deliberations linked to a convention's signatories, as the reads and the signatures need them. */
@Component
class ConventionLinks {

    private final ConventionRepository repository;
    private final Deliberations deliberations;

    ConventionLinks(ConventionRepository repository, Deliberations deliberations) {
        this.repository = repository;
        this.deliberations = deliberations;
    }

    /** The linked deliberations' ids by signatory (organisation id), in the order they were linked. */
    Map<UUID, List<UUID>> bySignatory(ConventionId id) {
        Map<UUID, List<UUID>> links = new LinkedHashMap<>();
        repository
                .links(id)
                .forEach(l -> links.computeIfAbsent(l.signatoryId(), k -> new ArrayList<>())
                        .add(l.deliberationId()));
        return links;
    }

    Map<UUID, DeliberationSummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) return Map.of();
        return deliberations.summaries(ids).stream()
                .collect(Collectors.toMap(DeliberationSummary::id, d -> d, (a, b) -> a));
    }

    /** Signatories (organisation ids) with at least one adopted deliberation linked. */
    Set<UUID> adoptedFor(ConventionId id) {
        Map<UUID, List<UUID>> links = bySignatory(id);
        Map<UUID, DeliberationSummary> summaries =
                summaries(links.values().stream().flatMap(List::stream).toList());
        return links.entrySet().stream()
                .filter(e -> e.getValue().stream().map(summaries::get).anyMatch(d -> d != null && d.adopted()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
