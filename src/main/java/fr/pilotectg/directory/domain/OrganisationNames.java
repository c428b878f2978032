package fr.pilotectg.directory.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name an organisation takes from the reference data, with its proper article: « Commune de Lille »,
 * « Commune d'Armentières », « Commune du Cateau-Cambrésis », « Commune des Rues-des-Vignes », « Commune de La
 * Madeleine »; an EPCI keeps its reference name, its abbreviated nature written out (« CC du Pays Solesmois » →
 * « Communauté de communes du Pays Solesmois »).
 */
public final class OrganisationNames {

    private OrganisationNames() {}

    public static String ofCommune(String name) {
        return withArticle("Commune", name);
    }

    /** « Commune associée de Lomme », « Commune déléguée d'Hellemmes »: {@code noun} followed by the name and its article. */
    public static String withArticle(String noun, String name) {
        String trimmed = name.trim();
        if (trimmed.startsWith("Le ")) return noun + " du " + trimmed.substring(3);
        if (trimmed.startsWith("Les ")) return noun + " des " + trimmed.substring(4);
        if (trimmed.startsWith("La ") || trimmed.startsWith("L'") || trimmed.startsWith("L’"))
            return noun + " de " + trimmed;
        return noun + (elides(trimmed) ? " d'" : " de ") + trimmed;
    }

    public static String ofEpci(String name) {
        String trimmed = name.trim();
        if (trimmed.startsWith("CC ")) return "Communauté de communes " + trimmed.substring(3);
        if (trimmed.startsWith("CA ")) return "Communauté d'agglomération " + trimmed.substring(3);
        if (trimmed.startsWith("CU ")) return "Communauté urbaine " + trimmed.substring(3);
        return trimmed;
    }

    /** « de » becomes « d' » before a vowel (accented or not) or a mute h: Armentières, Écaillon, Hellemmes, Ytres. */
    private static boolean elides(String name) {
        if (name.isEmpty()) return false;
        String first = Normalizer.normalize(name.substring(0, 1), Normalizer.Form.NFD)
                .substring(0, 1)
                .toLowerCase(Locale.ROOT);
        return "aeiouyh".contains(first);
    }
}
