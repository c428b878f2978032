package fr.pilotectg.documents.domain.other;

import java.text.Normalizer;
import java.util.Locale;

/** A convention's title as a file name part: « CTG Lille – Lomme – Hellemmes » → « ctg-lille-lomme-hellemmes ». */
final class Slugs {

    private Slugs() {}

    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
        return slug.isEmpty() ? "convention" : slug;
    }
}
