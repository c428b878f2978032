package fr.pilotectg.territory;

import org.jspecify.annotations.Nullable;

/** An établissement public de coopération intercommunale (METRO, CU, CA, CC). */
public record EpciView(
        String siren,
        String name,
        String kind,
        @Nullable String financingMode,
        @Nullable Integer populationTotale,
        @Nullable Integer populationMunicipale,
        @Nullable Integer communeCount) {}
