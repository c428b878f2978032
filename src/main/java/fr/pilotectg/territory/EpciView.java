package fr.pilotectg.territory;

/** An établissement public de coopération intercommunale (METRO, CU, CA, CC). */
public record EpciView(String siren, String name, String kind, String financingMode, Integer populationTotale,
        Integer populationMunicipale, Integer communeCount) {}
