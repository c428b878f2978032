package fr.pilotectg.deliberation.domain;

/**
 * What {@link DeliberationChecker} can find, each with its severity. Messages:
 * {@code deliberation.finding.<NAME>}, with the arguments documented here. Never rename a constant: codes are stable.
 */
public enum FindingCode {
    /** {0} present, {1} quorum, {2} members in office (CGCT L2121-17). */
    QUORUM_NOT_REACHED(Severity.ERROR),
    /** {0} holder, {1} number of proxies held, {2} their givers (L2121-20: one proxy per member). */
    PROXY_HOLDER_HOLDS_SEVERAL(Severity.ERROR),
    /** {0} holder, {1} giver: the holder is not among the members present. */
    PROXY_HOLDER_NOT_PRESENT(Severity.ERROR),
    /** {0} giver, {1} number of proxies he or she gave. */
    PROXY_GIVEN_SEVERAL_TIMES(Severity.WARNING),
    /** {0} member listed present, {1} the holder of his or her proxy. Counted as represented. */
    MEMBER_PRESENT_AND_REPRESENTED(Severity.WARNING),
    /** {0} member, {1} number of mentions: listed twice in the lists of present, excused or absent members. */
    MEMBER_LISTED_SEVERAL_TIMES(Severity.WARNING),
    /** {0} members accounted for, {1} members in office, {2} present, {3} represented, {4} excused, {5} absent. */
    ATTENDANCE_TOTAL_MISMATCH(Severity.WARNING),
    /** {0} printed number of present members, {1} present members counted from the list. */
    PRESENT_COUNT_MISMATCH(Severity.WARNING),
    /** {0} secretary: not among the members present (L2121-15). */
    SECRETARY_NOT_PRESENT(Severity.WARNING),
    /** {0} rapporteur: not among the members present. */
    RAPPORTEUR_NOT_PRESENT(Severity.WARNING),
    /** {0} votes cast, {1} not taking part, {2} present, {3} represented. */
    VOTE_COUNT_MISMATCH(Severity.WARNING),
    /** {0} SIREN in the ACTES identifier, {1} SIREN of the issuer. */
    ACTES_SIREN_MISMATCH(Severity.WARNING),
    /** {0} date in the ACTES identifier, {1} séance date (dd/MM/yyyy). */
    ACTES_DATE_MISMATCH(Severity.WARNING),
    /** {0} number in the ACTES identifier, {1} number of the deliberation. */
    ACTES_NUMBER_MISMATCH(Severity.WARNING),
    /** {0} nature in the ACTES identifier (a deliberation is DE). */
    ACTES_NATURE_NOT_DELIBERATION(Severity.WARNING),
    /** {0} convocation date, {1} séance date. */
    CONVOCATION_NOT_BEFORE_SEANCE(Severity.ERROR),
    /** {0} clear days between convocation and séance, {1} minimum expected. */
    CONVOCATION_NOTICE_SHORT(Severity.WARNING),
    /** {0} sending date, {1} séance date. */
    PREFECTURE_SENT_BEFORE_SEANCE(Severity.ERROR),
    /** {0} reception date, {1} séance date. */
    PREFECTURE_RECEIVED_BEFORE_SEANCE(Severity.ERROR),
    /** {0} reception date, {1} sending date. */
    PREFECTURE_RECEIVED_BEFORE_SENT(Severity.ERROR),
    /** {0} publication date, {1} séance date. */
    PUBLISHED_BEFORE_SEANCE(Severity.ERROR);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
