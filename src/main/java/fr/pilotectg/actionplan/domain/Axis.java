package fr.pilotectg.actionplan.domain;

import java.util.List;
import java.util.UUID;

/**
 * An axis of a convention's plan: a title, the convention's domains and the Caf enjeux (E1…E10) it serves and,
 * when the plan has one part per commune (Lille, Lomme, Hellemmes), the commune's INSEE code.
 */
public record Axis(
        UUID id,
        UUID conventionId,
        int position,
        String title,
        String commune,
        List<String> domains,
        List<String> enjeux) {

    public Axis {
        title = title == null ? "" : title.strip();
        commune = commune == null || commune.isBlank() ? null : commune.strip();
        domains = domains == null ? List.of() : List.copyOf(domains);
        enjeux = enjeux == null ? List.of() : List.copyOf(enjeux);
    }
}
