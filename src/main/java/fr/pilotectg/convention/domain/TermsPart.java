package fr.pilotectg.convention.domain;

/** The parts of a convention's terms an avenant may change. Labels: {@code convention.terms.part.<NAME>}. */
public enum TermsPart {
    TITLE,
    PERIOD,
    TERRITORY,
    SIGNATORIES,
    PARTNERS,
    DOMAINS,
    MISSIONS,
    COLLECTIVITE_FIELDS,
    PREDECESSOR,
    OBJECTIVES;

    public String messageKey() {
        return "convention.terms.part." + name();
    }
}
