package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;

/**
 * A person who signs for a party, with the title printed in the convention: "Lydie LIBRIZZI", BOARD_CHAIR,
 * "Présidente du conseil d'administration". Names are kept as printed (the same mayor is HAESEBROECK in the
 * Armentières CTG and HAESBROECK in its deliberation); contact details do not belong here.
 */
public record Representative(String name, RepresentativeRole role, String title) {

    public Representative {
        name = ConventionErrors.requireText(name, ConventionErrors.REPRESENTATIVE_NAME_REQUIRED);
        if (role == null) throw DomainException.invalid(ConventionErrors.REPRESENTATIVE_ROLE_REQUIRED);
        title = ConventionErrors.optionalText(title);
    }

    public static Representative of(String name, RepresentativeRole role, String title) {
        return new Representative(name, role, title);
    }
}
