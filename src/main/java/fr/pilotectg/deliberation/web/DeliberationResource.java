package fr.pilotectg.deliberation.web;

import fr.pilotectg.deliberation.domain.Severity;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deliberation as the API returns it and its page shows it: the fields a client sends back to correct it (same
 * names as {@link DeliberationRequest}), then what is computed from them — figures, decoded ACTES identifier, findings.
 */
@Schema(name = "Deliberation", description = "Une délibération, ses chiffres calculés et les anomalies relevées")
record DeliberationResource(
        UUID id,
        UUID organisationId,
        String issuerName,
        String issuerSiren,
        String body,
        String number,
        String object,
        LocalDate seanceDate,
        @Schema(example = "18:00") String seanceTime,
        String seancePlace,
        LocalDate convocationDate,
        String rapporteur,
        @Schema(example = "9.1") String matiere,
        Integer membersInOffice,
        List<String> present,
        List<ProxyItem> proxies,
        List<String> excused,
        List<String> absent,
        String president,
        String secretary,
        Integer declaredPresent,
        boolean reconvenedWithoutQuorum,
        @Schema(allowableValues = {"UNANIMITY", "COUNTED"}) String vote,
        Integer inFavour,
        Integer against,
        Integer abstention,
        Integer notTakingPart,
        String actesId,
        LocalDate sentToPrefectureOn,
        LocalDate receivedByPrefectureOn,
        LocalDate publishedOn,

        @Schema(description = "À renvoyer avec une modification (verrouillage optimiste)")
        int version,

        Instant createdAt,
        Instant updatedAt,
        Figures figures,
        ActesSegments actes,
        List<FindingItem> findings) {

    /** A written proxy: {@code giver} (mandant) is represented by {@code holder} (mandataire). */
    record ProxyItem(String giver, String holder) {}

    /**
     * What the record's figures give.
     *
     * @param present members counted as physically present (the president included, each member once)
     * @param quorum members who must be present (more than half of those in office, CGCT L2121-17)
     * @param quorumReached true also when no quorum applies (séance reconvened after a failed quorum)
     * @param votesCast votants: the figures, or for a unanimity without figures the members present or represented
     * @param outcome ADOPTED, REJECTED or TIE
     * @param presidentOutsideList the president is counted present although the list of present members omits him or her
     */
    record Figures(
            Integer membersInOffice,
            Integer quorum,
            Boolean quorumReached,
            Integer present,
            Integer represented,
            Integer excused,
            Integer absent,
            Integer accountedFor,
            Integer votesCast,
            String outcome,
            boolean adopted,
            boolean unanimous,
            boolean presidentOutsideList) {}

    /** The five segments of the ACTES identifier. */
    record ActesSegments(
            String departement,
            String siren,
            LocalDate actDate,
            String internalNumber,
            String nature,
            int natureCode) {}

    /** One anomaly found by the checks, with its French message. */
    record FindingItem(String code, Severity severity, String message) {}
}
