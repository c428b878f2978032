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

    /**
     * {@code prefix-<convention>-<day>.<extension>} where the convention is its title without the words every CTG's
     * title shares: « Convention territoriale globale (CTG) entre la Caf du Nord et la Ville de Lille … » →
     * « ville-de-lille-… ».
     */
    public static String ofConvention(String prefix, String title, LocalDate day, String extension) {
        String slug = conventionSlug(title);
        return prefix + (slug.isEmpty() ? "" : "-" + slug) + "-" + day + "." + extension;
    }

    /** The part of a convention's title that names it, as a slug (the whole title's slug when nothing is left). */
    public static String conventionSlug(String title) {
        if (title == null) return "";
        String named = title.strip()
                .replaceFirst("(?iu)^convention\\s+territoriale\\s+globale\\s*(\\(ctg\\))?\\s*", "")
                .replaceFirst("(?iu)^(ctg\\s+)?entre\\s+.*?\\s+et\\s+", "")
                .replaceFirst("(?iu)^(la|le|les)\\s+|^l['’]", "");
        String slug = slug(named);
        return slug.isEmpty() ? slug(title) : slug;
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
