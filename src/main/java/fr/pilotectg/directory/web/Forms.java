package fr.pilotectg.directory.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Small helpers shared by the directory's forms. */
final class Forms {

    private Forms() {}

    /** "59350, 59355 59298" → {59350, 59355, 59298}. */
    static Set<String> codes(String text) {
        if (text == null || text.isBlank()) return Set.of();
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT))
                .forEach(codes::add);
        return codes;
    }
}
