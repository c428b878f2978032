package fr.pilotectg.deliberation.domain;

/**
 * How serious a {@link Finding} is. Neither blocks saving the record.
 * Labels: {@code deliberation.severity.<NAME>}.
 */
public enum Severity {
    /** An inconsistency to review (lists that do not add up, an identifier that does not match). */
    WARNING,
    /** As recorded, the deliberation was not validly taken or the record cannot be right (no quorum, dates out of order). */
    ERROR
}
