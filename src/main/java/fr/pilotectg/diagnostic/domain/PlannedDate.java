package fr.pilotectg.diagnostic.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planned date as the schéma prints it ("2021", "SEPTEMBRE 2022", "2022-2023", "A voir"): the text as written and the
 * first year it names, if any.
 */
public record PlannedDate(String text, Integer year) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");

    public static PlannedDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        String clean = text.strip();
        Matcher m = YEAR.matcher(clean);
        return new PlannedDate(clean, m.find() ? Integer.valueOf(m.group(1)) : null);
    }

    public static String textOf(PlannedDate date) {
        return date == null ? "" : date.text();
    }
}
