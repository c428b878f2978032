package fr.pilotectg.diagnostic.domain;

/** Which territory a figure describes: the convention's own, or the EPCI or département it is compared with. */
public enum FigureScope {
    TERRITORY,
    EPCI,
    DEPARTEMENT
}
