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
    ETP;

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
            default -> null;
        };
    }
}
