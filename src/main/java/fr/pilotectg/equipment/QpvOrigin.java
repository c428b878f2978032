package fr.pilotectg.equipment;

/** How an entry's QPV was found: from its coordinates in the 2024 QPV polygons, set by hand, or not known. */
public enum QpvOrigin {
    /** Point in polygon on the entry's coordinates; {@code qpvCode} null means outside every QPV. */
    COMPUTED,
    /** Set by a person ("saisi manuellement"); {@code qpvCode} null means declared outside every QPV. */
    MANUAL,
    /** No coordinates and nothing declared. */
    UNKNOWN
}
