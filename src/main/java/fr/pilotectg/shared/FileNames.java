package fr.pilotectg.shared;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Names of downloaded files that say what they hold and survive every file system and mail client: « echeancier-ctg-
 * armentieres-2023-2026-2026-06-15.xlsx » — lower case, accents dropped, every other character a hyphen, bounded.
 */
public final class FileNames {

    private static final int MAX_SLUG = 60;

    private FileNames() {}

    /** {@code prefix-<slug of title>-<day>.<extension>}. */
    public static String of(String prefix, String title, LocalDate day, String extension) {
        String slug = slug(title);
        return prefix + (slug.isEmpty() ? "" : "-" + slug) + "-" + day + "." + extension;
    }

    public static String slug(String text) {
        if (text == null) return "";
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > MAX_SLUG) ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
        return ascii;
    }
}
