package fr.pilotectg.equipment.domain;

import fr.pilotectg.shared.SearchText;

/**
 * The same folding as {@link SearchText#fold} (accents and case removed, hyphens, apostrophes, underscores, dots and
 * slashes as spaces, spaces collapsed), without regular expressions: an import folds several texts per line, and
 * 100 000 lines must be checked in seconds. Texts outside plain ASCII letters go through {@link SearchText#fold}.
 */
final class Fold {

    private Fold() {}

    /** Runs of white space as one space, trimmed ("  a \t b " → "a b"). */
    static String spaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space) out.append(' ');
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        out.setLength(end);
        return out.toString();
    }

    static String text(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) return SearchText.fold(text);
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if (c == '-' || c == '\'' || c == '_' || c == '.' || c == '/' || Character.isWhitespace(c)) {
                if (!space) out.append(' ');
                space = true;
                continue;
            }
            out.append(c);
            space = false;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        out.setLength(end);
        return out.toString();
    }
}
