package fr.pilotectg.shared;

/** How an edge (HTTP, page) should treat a {@link DomainException}; the domain itself knows no HTTP. */
public enum ErrorKind {
    INVALID,
    NOT_FOUND,
    FORBIDDEN,
    CONFLICT,
    RULE_VIOLATION,
    /** A request or an uploaded file over a size limit. */
    TOO_LARGE
}
