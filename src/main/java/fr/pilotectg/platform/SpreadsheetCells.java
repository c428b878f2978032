package fr.pilotectg.platform;

import org.jspecify.annotations.Nullable;

/**
 * Text as a spreadsheet cell can hold it: Excel and POI refuse a cell over 32 767 characters, so a longer stored text
 * (one recorded before the input limits, or a long analysis) is cut there with a visible mark rather than making the
 * whole export fail.
 */
public final class SpreadsheetCells {

    /** The most characters one XLSX cell holds. */
    public static final int MAX_CELL = 32_767;

    private static final String CUT = " […] (texte tronqué : voir la fiche dans Pilote CTG)";

    private SpreadsheetCells() {}

    public static String text(@Nullable String value) {
        if (value == null) return "";
        if (value.length() <= MAX_CELL) return value;
        int end = MAX_CELL - CUT.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) end--;
        return value.substring(0, end) + CUT;
    }
}
