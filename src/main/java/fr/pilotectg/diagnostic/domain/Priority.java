package fr.pilotectg.diagnostic.domain;

import java.util.List;

/**
 * A champ d'intervention prioritaire that comes out of the diagnostic, with its development axes, linked to one of the
 * convention's domains (e.g. {@code PETITE_ENFANCE}) and to enjeux (e.g. {@code E1}).
 */
public record Priority(String field, String domain, List<String> enjeux, List<String> axes) {

    public Priority {
        field = field == null ? "" : field.strip();
        enjeux = enjeux == null
                ? List.of()
                : enjeux.stream()
                        .filter(e -> e != null && !e.isBlank())
                        .map(String::strip)
                        .toList();
        axes = axes == null
                ? List.of()
                : axes.stream()
                        .filter(a -> a != null && !a.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
