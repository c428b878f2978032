package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import java.util.Optional;

/**
 * A person who signs for a party: civility (null while unknown), name as printed (null while unknown: « le Maire »
 * without a name), the role category the rules use and the role as printed in the convention: "Lydie LIBRIZZI",
 * BOARD_CHAIR, "Présidente du conseil d'administration". Names are kept as printed (the same mayor is HAESEBROECK in
 * the Armentières CTG and HAESBROECK in its deliberation); contact details do not belong here. The same person may
 * sign for one party and appear for another in another role. A role printed without a category takes the one it
 * names ({@link RepresentativeRole#fromPrinted}).
 */
public record Representative(String name, RepresentativeRole role, String title, Civility civility) {

    public Representative {
        name = ConventionErrors.optionalText(name);
        title = ConventionErrors.optionalText(title);
        if (role == null && title != null) role = RepresentativeRole.fromPrinted(title);
        if (role == null) throw DomainException.invalid(ConventionErrors.REPRESENTATIVE_ROLE_REQUIRED);
    }

    public Representative(String name, RepresentativeRole role, String title) {
        this(name, role, title, null);
    }

    public static Representative of(String name, RepresentativeRole role, String title) {
        return new Representative(name, role, title, null);
    }

    public static Representative of(Civility civility, String name, RepresentativeRole role, String title) {
        return new Representative(name, role, title, civility);
    }

    public Optional<String> knownName() {
        return Optional.ofNullable(name);
    }

    public boolean isNamed() {
        return name != null;
    }
}
