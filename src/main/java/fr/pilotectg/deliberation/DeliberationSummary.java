package fr.pilotectg.deliberation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What another module shows of a deliberation: who deliberated, when, on what, the outcome of the vote, the ACTES
 * identifier and the préfecture stamp, and how many anomalies the checks found.
 *
 * @param body the council body code ({@code CONSEIL_MUNICIPAL}…); label {@code deliberation.body.<CODE>}
 * @param unanimous whether the vote was unanimous; the figures may then be null
 * @param votesCast votes cast (present and represented voting) when known
 * @param warnings number of anomalies (warnings) the checks found in the record
 */
public record DeliberationSummary(
        UUID id,
        UUID organisationId,
        String issuerName,
        String body,
        String number,
        String object,
        LocalDate seanceDate,
        boolean adopted,
        boolean unanimous,
        Integer inFavour,
        Integer against,
        Integer abstention,
        Integer votesCast,
        String actesId,
        LocalDate sentToPrefectureOn,
        LocalDate receivedByPrefectureOn,
        LocalDate publishedOn,
        int warnings) {

    public boolean receivedByPrefecture() {
        return receivedByPrefectureOn != null;
    }
}
