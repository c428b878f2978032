package fr.pilotectg.diagnostic.domain;

/** How a figure came in: typed by someone (shown as such) or imported from a file or a reference dataset. */
public enum FigureOrigin {
    ENTERED,
    IMPORTED
}
