package fr.pilotectg.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a text for accent- and case-insensitive search: "Armentières" and "ARMENTIERES" both give "armentieres";
 * hyphens, apostrophes, underscores, dots and slashes become spaces so that "villeneuve d ascq" finds
 * "Villeneuve-d'Ascq". Plain ASCII text (most of an import file) takes a loop without regular expressions: imports fold
 * several texts per line and 100 000 lines must be checked in seconds.
 */
public final class SearchText {

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) return "";
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) return foldUnicode(text);
        }
        return separatorsAndCase(text);
    }

    /** Runs of white space (non-breaking spaces included) as one space, trimmed: "  a \t b " → "a b". Case and accents kept. */
    public static String collapseSpaces(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) out.append(' ');
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return trimEnd(out);
    }

    private static String foldUnicode(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("œ", "oe")
                .replace("Œ", "OE")
                .replace("æ", "ae")
                .replace("Æ", "AE")
                .replace('’', '\'');
        return separatorsAndCase(decomposed.toLowerCase(Locale.ROOT));
    }

    private static String separatorsAndCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if (c == '-'
                    || c == '\''
                    || c == '_'
                    || c == '.'
                    || c == '/'
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)) {
                if (!space) out.append(' ');
                space = true;
                continue;
            }
            out.append(c);
            space = false;
        }
        return trimEnd(out);
    }

    private static String trimEnd(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        out.setLength(end);
        return out.toString();
    }
}
