package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import java.util.List;

/**
 * The stable error codes of the convention module. Each one has an {@code error.<CODE>} message in
 * {@code messages/convention.properties}; API clients rely on the codes, so never rename one.
 */
public final class ConventionErrors {

    // Values that validate themselves (ErrorKind.INVALID)
    public static final String PERIOD_REQUIRED = "CONVENTION_PERIOD_REQUIRED";
    public static final String PERIOD_INVALID = "CONVENTION_PERIOD_INVALID";
    public static final String TITLE_REQUIRED = "CONVENTION_TITLE_REQUIRED";
    public static final String ID_REQUIRED = "CONVENTION_ID_REQUIRED";
    public static final String SIGNATORY_ORGANISATION_REQUIRED = "SIGNATORY_ORGANISATION_REQUIRED";
    public static final String SIGNATORY_KIND_REQUIRED = "SIGNATORY_KIND_REQUIRED";
    public static final String SIGNATORY_NAME_REQUIRED = "SIGNATORY_NAME_REQUIRED";
    public static final String REPRESENTATIVE_NAME_REQUIRED = "REPRESENTATIVE_NAME_REQUIRED";
    public static final String REPRESENTATIVE_ROLE_REQUIRED = "REPRESENTATIVE_ROLE_REQUIRED";
    public static final String AUTHORISING_ACT_DESCRIPTION_REQUIRED = "AUTHORISING_ACT_DESCRIPTION_REQUIRED";
    public static final String PARTNER_NAME_REQUIRED = "PARTNER_NAME_REQUIRED";
    public static final String DOMAIN_CODE_INVALID = "DOMAIN_CODE_INVALID";
    public static final String MISSION_CODE_INVALID = "MISSION_CODE_INVALID";
    public static final String ENJEU_CODE_INVALID = "ENJEU_CODE_INVALID";
    public static final String PREDECESSOR_INCOMPLETE = "PREDECESSOR_INCOMPLETE";
    public static final String PREDECESSOR_PERIOD_INVALID = "PREDECESSOR_PERIOD_INVALID";
    public static final String PREDECESSOR_EXTENSION_INVALID = "PREDECESSOR_EXTENSION_INVALID";
    public static final String SIGNATORY_DUPLICATE = "CONVENTION_SIGNATORY_DUPLICATE";
    public static final String COMMUNE_DUPLICATE = "CONVENTION_COMMUNE_DUPLICATE";
    public static final String EPCI_DUPLICATE = "CONVENTION_EPCI_DUPLICATE";
    public static final String DOMAIN_DUPLICATE = "CONVENTION_DOMAIN_DUPLICATE";
    public static final String THEME_DUPLICATE = "CONVENTION_THEME_DUPLICATE";
    public static final String MISSION_DUPLICATE = "CONVENTION_MISSION_DUPLICATE";
    public static final String ENJEU_DUPLICATE = "CONVENTION_ENJEU_DUPLICATE";
    public static final String DATE_REQUIRED = "CONVENTION_DATE_REQUIRED";
    public static final String COLLECTIVE_PARTY_WITH_ORGANISATION = "CONVENTION_COLLECTIVE_PARTY_WITH_ORGANISATION";
    public static final String TERRITORY_COUNT_INVALID = "CONVENTION_TERRITORY_COUNT_INVALID";
    public static final String TERRITORY_COUNT_BELOW_LIST = "CONVENTION_TERRITORY_COUNT_BELOW_LIST";

    // Completeness before signature (ErrorKind.RULE_VIOLATION, with field problems)
    public static final String INCOMPLETE = "CONVENTION_INCOMPLETE";
    public static final String CAF_SIGNATORY_REQUIRED = "CONVENTION_CAF_SIGNATORY_REQUIRED";
    public static final String COLLECTIVITE_SIGNATORY_REQUIRED = "CONVENTION_COLLECTIVITE_SIGNATORY_REQUIRED";
    public static final String REPRESENTATIVE_REQUIRED = "CONVENTION_REPRESENTATIVE_REQUIRED";
    public static final String CAF_REPRESENTATIVES_REQUIRED = "CONVENTION_CAF_REPRESENTATIVES_REQUIRED";
    public static final String TERRITORY_REQUIRED = "CONVENTION_TERRITORY_REQUIRED";
    public static final String PARTY_UNIDENTIFIED = "CONVENTION_PARTY_UNIDENTIFIED";

    // Life cycle (ErrorKind.RULE_VIOLATION)
    public static final String TRANSITION_NOT_ALLOWED = "CONVENTION_TRANSITION_NOT_ALLOWED";
    public static final String REVISION_NOT_ALLOWED = "CONVENTION_REVISION_NOT_ALLOWED";
    public static final String SUBMISSION_NOT_ALLOWED = "CONVENTION_SUBMISSION_NOT_ALLOWED";
    public static final String RETURN_TO_DRAFT_NOT_ALLOWED = "CONVENTION_RETURN_TO_DRAFT_NOT_ALLOWED";
    public static final String SIGNATURE_NOT_ALLOWED = "CONVENTION_SIGNATURE_NOT_ALLOWED";
    public static final String DELIBERATION_MISSING = "CONVENTION_DELIBERATION_MISSING";
    public static final String ACTIVATION_NOT_ALLOWED = "CONVENTION_ACTIVATION_NOT_ALLOWED";
    public static final String NOT_YET_EFFECTIVE = "CONVENTION_NOT_YET_EFFECTIVE";
    public static final String EXPIRATION_NOT_ALLOWED = "CONVENTION_EXPIRATION_NOT_ALLOWED";
    public static final String NOT_YET_EXPIRED = "CONVENTION_NOT_YET_EXPIRED";
    public static final String AMENDMENT_NOT_ALLOWED = "CONVENTION_AMENDMENT_NOT_ALLOWED";
    public static final String AMENDMENT_PENDING = "CONVENTION_AMENDMENT_PENDING";
    public static final String AMENDMENT_NOT_PENDING = "CONVENTION_AMENDMENT_NOT_PENDING";
    public static final String AMENDMENT_UNCHANGED = "CONVENTION_AMENDMENT_UNCHANGED";
    public static final String AMENDMENT_DATE_INVALID = "CONVENTION_AMENDMENT_DATE_INVALID";
    public static final String AMENDMENT_EFFECTIVE_DATE_INVALID = "CONVENTION_AMENDMENT_EFFECTIVE_DATE_INVALID";
    public static final String TERMINATION_NOT_ALLOWED = "CONVENTION_TERMINATION_NOT_ALLOWED";
    public static final String TERMINATION_ALREADY_PENDING = "CONVENTION_TERMINATION_ALREADY_PENDING";
    public static final String TERMINATION_AFTER_END = "CONVENTION_TERMINATION_AFTER_END";
    public static final String FORMAL_NOTICE_REMEDIED = "CONVENTION_FORMAL_NOTICE_REMEDIED";
    public static final String PARTY_UNKNOWN = "CONVENTION_PARTY_UNKNOWN";
    public static final String RENEWAL_NOT_ALLOWED = "CONVENTION_RENEWAL_NOT_ALLOWED";
    public static final String ALREADY_RENEWED = "CONVENTION_ALREADY_RENEWED";
    public static final String RENEWAL_PERIOD_OVERLAP = "CONVENTION_RENEWAL_PERIOD_OVERLAP";
    public static final String VERSION_NOT_FOUND = "CONVENTION_VERSION_NOT_FOUND";
    public static final String SIGNATURE_IN_FUTURE = "CONVENTION_SIGNATURE_IN_FUTURE";
    public static final String CORRECTION_NOT_ALLOWED = "CONVENTION_CORRECTION_NOT_ALLOWED";

    /** Every code above, for the test that checks each one has a French message. */
    public static final List<String> ALL = List.of(
            PERIOD_REQUIRED,
            PERIOD_INVALID,
            TITLE_REQUIRED,
            ID_REQUIRED,
            SIGNATORY_ORGANISATION_REQUIRED,
            SIGNATORY_KIND_REQUIRED,
            SIGNATORY_NAME_REQUIRED,
            REPRESENTATIVE_NAME_REQUIRED,
            REPRESENTATIVE_ROLE_REQUIRED,
            AUTHORISING_ACT_DESCRIPTION_REQUIRED,
            PARTNER_NAME_REQUIRED,
            DOMAIN_CODE_INVALID,
            MISSION_CODE_INVALID,
            ENJEU_CODE_INVALID,
            PREDECESSOR_INCOMPLETE,
            PREDECESSOR_PERIOD_INVALID,
            PREDECESSOR_EXTENSION_INVALID,
            SIGNATORY_DUPLICATE,
            COMMUNE_DUPLICATE,
            EPCI_DUPLICATE,
            DOMAIN_DUPLICATE,
            THEME_DUPLICATE,
            MISSION_DUPLICATE,
            ENJEU_DUPLICATE,
            DATE_REQUIRED,
            INCOMPLETE,
            CAF_SIGNATORY_REQUIRED,
            COLLECTIVITE_SIGNATORY_REQUIRED,
            REPRESENTATIVE_REQUIRED,
            CAF_REPRESENTATIVES_REQUIRED,
            TERRITORY_REQUIRED,
            TRANSITION_NOT_ALLOWED,
            REVISION_NOT_ALLOWED,
            SUBMISSION_NOT_ALLOWED,
            RETURN_TO_DRAFT_NOT_ALLOWED,
            SIGNATURE_NOT_ALLOWED,
            DELIBERATION_MISSING,
            ACTIVATION_NOT_ALLOWED,
            NOT_YET_EFFECTIVE,
            EXPIRATION_NOT_ALLOWED,
            NOT_YET_EXPIRED,
            AMENDMENT_NOT_ALLOWED,
            AMENDMENT_PENDING,
            AMENDMENT_NOT_PENDING,
            AMENDMENT_UNCHANGED,
            AMENDMENT_DATE_INVALID,
            AMENDMENT_EFFECTIVE_DATE_INVALID,
            TERMINATION_NOT_ALLOWED,
            TERMINATION_ALREADY_PENDING,
            TERMINATION_AFTER_END,
            FORMAL_NOTICE_REMEDIED,
            PARTY_UNKNOWN,
            RENEWAL_NOT_ALLOWED,
            ALREADY_RENEWED,
            RENEWAL_PERIOD_OVERLAP,
            VERSION_NOT_FOUND,
            SIGNATURE_IN_FUTURE,
            CORRECTION_NOT_ALLOWED,
            COLLECTIVE_PARTY_WITH_ORGANISATION,
            PARTY_UNIDENTIFIED,
            TERRITORY_COUNT_INVALID,
            TERRITORY_COUNT_BELOW_LIST);

    private ConventionErrors() {}

    static String requireText(String value, String code) {
        if (value == null || value.isBlank()) throw DomainException.invalid(code);
        return value.strip();
    }

    static <T> T require(T value, String code) {
        if (value == null) throw DomainException.invalid(code);
        return value;
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
