package fr.pilotectg.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a text for accent- and case-insensitive search: "Armentières" and "ARMENTIERES" both give "armentieres";
 * hyphens and apostrophes become spaces so that "villeneuve d ascq" finds "Villeneuve-d'Ascq".
 */
public final class SearchText {

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) return "";
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[-'’_./]+", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
