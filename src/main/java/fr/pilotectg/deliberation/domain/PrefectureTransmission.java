package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.time.LocalDate;
import java.util.List;

/**
 * What the préfecture stamp says: the ACTES identifier, "Envoyé en préfecture le", "Reçu en préfecture le" (or
 * "Réception par le préfet"). Any of them may be missing from a record, not all.
 */
public record PrefectureTransmission(ActesIdentifier actesId, LocalDate sentOn, LocalDate receivedOn) {

    public PrefectureTransmission {
        if (actesId == null && sentOn == null && receivedOn == null) {
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of(ActesIdentifier.FIELD, ErrorCodes.TRANSMISSION_EMPTY)));
        }
    }
}
