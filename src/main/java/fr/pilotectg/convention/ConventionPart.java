package fr.pilotectg.convention;

/**
 * The parts of a shared convention that are changed by different people (ADR 0003, "Within a convention"): its terms,
 * the fiches of its action plan, and its governance (bodies, their meetings, posts). Each part refuses with its own
 * stable code (403), whose French message lives in the file of the module that owns the part.
 */
public enum ConventionPart {
    /** The convention itself (period, parties, avenants, termination, deliberation links) and the plan's structure. */
    TERMS("CONVENTION_TERMS_RESERVED"),
    /** One fiche action. */
    FICHE("FICHE_NOT_YOURS"),
    /** One governance body (with its meetings) or post. */
    GOVERNANCE("GOVERNANCE_NOT_YOURS");

    private final String refusal;

    ConventionPart(String refusal) {
        this.refusal = refusal;
    }

    /** The code of the 403 when the user reads the object but may not change it. */
    public String refusal() {
        return refusal;
    }
}
