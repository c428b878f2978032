package fr.pilotectg.convention.domain;

import java.util.List;

/** Codes of the refusals raised by the convention use cases (the aggregate's own are in {@link ConventionErrors}). */
final class ConventionErrorCodes {

    static final String NOT_FOUND = "CONVENTION_NOT_FOUND";
    static final String COMMUNE_UNKNOWN = "CONVENTION_COMMUNE_UNKNOWN";
    static final String EPCI_UNKNOWN = "CONVENTION_EPCI_UNKNOWN";
    static final String ORGANISATION_UNKNOWN = "CONVENTION_ORGANISATION_UNKNOWN";
    /** Raised by the terms forms (web.ConventionController): an organisation typed by a name none or several bear. */
    static final String ORGANISATION_NAME_UNKNOWN = "CONVENTION_ORGANISATION_NAME_UNKNOWN";

    static final String ORGANISATION_NAME_AMBIGUOUS = "CONVENTION_ORGANISATION_NAME_AMBIGUOUS";
    /** A party's kind contradicts the kind of the organisation chosen (an EPCI saved as a commune). */
    static final String PARTY_KIND_MISMATCH = "PARTY_KIND_MISMATCH";

    static final String DOMAIN_UNKNOWN = "CONVENTION_DOMAIN_UNKNOWN";
    static final String MISSION_UNKNOWN = "CONVENTION_MISSION_UNKNOWN";
    static final String ENJEU_NOT_UNDER_MISSION = "CONVENTION_ENJEU_NOT_UNDER_MISSION";
    static final String DELIBERATION_UNKNOWN = "CONVENTION_DELIBERATION_UNKNOWN";
    static final String LINK_NOT_SIGNATORY = "CONVENTION_LINK_NOT_SIGNATORY";
    static final String LINK_LOCKED = "CONVENTION_LINK_LOCKED";
    static final String LINK_NOT_FOUND = "CONVENTION_LINK_NOT_FOUND";
    static final String TERMINATION_KIND_REQUIRED = "CONVENTION_TERMINATION_KIND_REQUIRED";
    /** Within a shared convention, its terms are the Caf's and the lead collectivité's (403). */
    static final String TERMS_RESERVED = fr.pilotectg.convention.ConventionPart.TERMS.refusal();

    /** Refusals of the national list's administration ({@link ReferenceCatalog}). */
    static final List<String> REFERENCE = List.of(
            "REFERENCE_ITEM_NOT_FOUND",
            "REFERENCE_MISSION_UNKNOWN",
            "REFERENCE_MISSIONS_FIXED",
            "REFERENCE_LABEL_REQUIRED",
            "REFERENCE_LABEL_TOO_LONG");

    static final List<String> ALL = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                            NOT_FOUND,
                            COMMUNE_UNKNOWN,
                            EPCI_UNKNOWN,
                            ORGANISATION_UNKNOWN,
                            ORGANISATION_NAME_UNKNOWN,
                            ORGANISATION_NAME_AMBIGUOUS,
                            PARTY_KIND_MISMATCH,
                            DOMAIN_UNKNOWN,
                            MISSION_UNKNOWN,
                            ENJEU_NOT_UNDER_MISSION,
                            DELIBERATION_UNKNOWN,
                            LINK_NOT_SIGNATORY,
                            LINK_LOCKED,
                            LINK_NOT_FOUND,
                            TERMINATION_KIND_REQUIRED,
                            TERMS_RESERVED),
                    REFERENCE.stream())
            .toList();

    private ConventionErrorCodes() {}
}
