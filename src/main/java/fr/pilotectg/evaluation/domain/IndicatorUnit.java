package fr.pilotectg.evaluation.domain;

import java.util.Locale;

/** What an indicator counts. Label {@code evaluation.unit.<UNIT>}; symbols a typed value may carry say its unit. */
public enum IndicatorUnit {
    NUMBER,
    PERCENT,
    EUROS,
    PLACES,
    ACTES,
    HOURS,
    ETP,
    /** Points de pourcentage: the difference between two rates (« +3 points »); always signed. */
    POINTS,
    COMMUNES,
    /** A unit of the convention's own, typed by people ({@code IndicatorData.customUnit}). */
    OTHER;

    /** Whether a value of this unit is a difference, shown with its sign, whatever the indicator says. */
    public boolean alwaysSigned() {
        return this == POINTS;
    }

    public String messageKey() {
        return "evaluation.unit." + name();
    }

    /** The unit a suffix typed after a number stands for ("%", "€", "places", "h"…), or null if none is recognised. */
    static IndicatorUnit ofSuffix(String suffix) {
        String s = suffix.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "%", "pourcent", "pour cent" -> PERCENT;
            case "€", "eur", "euro", "euros" -> EUROS;
            case "place", "places" -> PLACES;
            case "acte", "actes" -> ACTES;
            case "h", "heure", "heures" -> HOURS;
            case "etp" -> ETP;
            case "pt", "pts", "point", "points", "points de %", "point de %" -> POINTS;
            case "commune", "communes" -> COMMUNES;
            default -> null;
        };
    }
}
