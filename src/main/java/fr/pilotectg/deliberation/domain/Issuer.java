package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.Siren;
import java.util.List;

/**
 * The collectivité (or Caf) whose council deliberated, as named on the record at the time (SCDL {@code COLL_NOM});
 * kept with the record because a deliberation never changes author, whatever later happens to the organisation.
 *
 * @param siren null when unknown (a commune associée such as Lomme has none of its own)
 */
public record Issuer(String name, Siren siren) {

    public static final int MAX_NAME_LENGTH = 200;

    public Issuer {
        if (name == null || name.isBlank()) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("issuerName", ErrorCodes.REQUIRED)));
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of("issuerName", ErrorCodes.DELIBERATION_TEXT_TOO_LONG, MAX_NAME_LENGTH)));
        }
    }
}
