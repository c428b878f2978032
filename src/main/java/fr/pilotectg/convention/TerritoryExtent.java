package fr.pilotectg.convention;

/**
 * How much of a convention's territory its terms list: the communes listed, the number the text declares (null when it
 * gives none) and whether the list is partial (marked incomplete, or fewer communes than declared). Figures summed over
 * the listed communes (population, counts) must then say that they cover those only.
 */
public record TerritoryExtent(int listedCommunes, Integer declaredCommunes, boolean partial) {}
