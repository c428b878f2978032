package fr.pilotectg.platform;

/** What a user may do; the organisation they belong to decides where. */
public enum Role {
    /** Everything, everywhere, including organisations and users. */
    ADMIN,
    /** Agent of a Caf: reads and changes what lies on the territory (départements) of their Caf. */
    CAF_AGENT,
    /** Agent of a commune or EPCI: reads and changes what their organisation takes part in. */
    COLLECTIVITE_AGENT,
    /** Partner (Département, MSA, association…): reads what their organisation takes part in, changes only its own contributions. */
    PARTNER,
    /** Reads what their organisation takes part in, changes nothing. */
    READER;

    /** Agents and administrators draft conventions; partners and readers take part in those of others. */
    public boolean draftsConventions() {
        return this == ADMIN || this == CAF_AGENT || this == COLLECTIVITE_AGENT;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
