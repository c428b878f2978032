package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import java.util.regex.Pattern;

/**
 * Code of a domaine d'intervention: one of the ten standard ones of the Caf list (see
 * {@link NationalReferenceData#DOMAINS}) or a custom one added by an administrator ("etc." in the seeds), written
 * in UPPER_SNAKE_CASE without accents.
 */
public record DomainCode(String value) {

    static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public static final DomainCode PETITE_ENFANCE = new DomainCode("PETITE_ENFANCE");
    public static final DomainCode ENFANCE = new DomainCode("ENFANCE");
    public static final DomainCode JEUNESSE = new DomainCode("JEUNESSE");
    public static final DomainCode PARENTALITE = new DomainCode("PARENTALITE");
    public static final DomainCode ACCES_AUX_DROITS_ET_SERVICES = new DomainCode("ACCES_AUX_DROITS_ET_SERVICES");
    public static final DomainCode INCLUSION_NUMERIQUE = new DomainCode("INCLUSION_NUMERIQUE");
    public static final DomainCode ANIMATION_VIE_SOCIALE = new DomainCode("ANIMATION_VIE_SOCIALE");
    public static final DomainCode LOGEMENT = new DomainCode("LOGEMENT");
    public static final DomainCode HANDICAP = new DomainCode("HANDICAP");
    public static final DomainCode ACCOMPAGNEMENT_SOCIAL = new DomainCode("ACCOMPAGNEMENT_SOCIAL");

    public DomainCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid(ConventionErrors.DOMAIN_CODE_INVALID, String.valueOf(value));
        }
    }

    public static DomainCode of(String value) {
        return new DomainCode(value);
    }

    /** Whether this is one of the ten domains of the national Caf list. */
    public boolean isStandard() {
        return NationalReferenceData.standardDomain(this).isPresent();
    }

    public String messageKey() {
        return "convention.domain." + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
