package fr.pilotectg.shared;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Codes typed in one text field (INSEE codes, SIREN, département codes): "59350, 59355 59298" → {59350, 59355, 59298}.
 * Commas, semicolons and any white space separate them; they are upper-cased (2a004 → 2A004) and kept in the order
 * typed, without repeats.
 */
public final class Codes {

    private Codes() {}

    public static Set<String> split(String text) {
        if (text == null || text.isBlank()) return Set.of();
        Set<String> codes = new LinkedHashSet<>();
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isEmpty()) codes.add(part.toUpperCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(codes);
    }
}
