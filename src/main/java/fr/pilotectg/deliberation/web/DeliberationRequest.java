package fr.pilotectg.deliberation.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.pilotectg.deliberation.domain.DeliberationInput;
import fr.pilotectg.deliberation.domain.DeliberationInput.ProxyInput;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * A deliberation as a client sends it. Dates are {@code yyyy-MM-dd} strings so that an impossible one ("2023-02-30")
 * is refused with the field's name and a French message; {@code version} is required to change one. The computed
 * parts of {@link DeliberationResource} are ignored, so a client may send back what it read.
 */
@Schema(name = "DeliberationRequest", description = "Une délibération à enregistrer ou à corriger")
@JsonIgnoreProperties(
        value = {"id", "createdAt", "updatedAt", "figures", "actes", "findings"},
        allowGetters = true)
record DeliberationRequest(
        @Schema(description = "Organisation de la délibération (annuaire)", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID organisationId,

        @Schema(description = "Collectivité telle que nommée sur l'acte ; par défaut le nom de l'organisation")
        String issuerName,

        @Schema(description = "SIREN de la collectivité ; par défaut celui de l'organisation", example = "216204982")
        String issuerSiren,

        @Schema(
                allowableValues = {
                    "CONSEIL_MUNICIPAL",
                    "CONSEIL_COMMUNAL",
                    "CONSEIL_COMMUNAUTAIRE",
                    "CONSEIL_ADMINISTRATION_CAF",
                    "OTHER"
                },
                requiredMode = Schema.RequiredMode.REQUIRED)
        String body,

        @Schema(example = "DLB13_14122022", requiredMode = Schema.RequiredMode.REQUIRED)
        String number,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String object,

        @Schema(format = "date", example = "2022-12-14", requiredMode = Schema.RequiredMode.REQUIRED)
        String seanceDate,

        @Schema(example = "18:00") String seanceTime,
        String seancePlace,
        @Schema(format = "date", example = "2022-12-07") String convocationDate,
        String rapporteur,

        @Schema(description = "Matière ACTES", example = "9.1")
        String matiere,

        @Schema(
                description = "Membres en exercice ; obligatoire dès qu'une information de présence est donnée",
                example = "39")
        Integer membersInOffice,

        @Schema(description = "Présents, noms tels qu'imprimés")
        List<String> present,

        @Schema(description = "Pouvoirs : mandant (giver) représenté par mandataire (holder)")
        List<ProxyRequest> proxies,

        @Schema(description = "Excusés sans pouvoir") List<String> excused,
        List<String> absent,
        String president,
        String secretary,

        @Schema(description = "Nombre de présents imprimé sur l'acte, s'il y en a un")
        Integer declaredPresent,

        Boolean reconvenedWithoutQuorum,

        @Schema(
                description = "Absent : vote non indiqué",
                allowableValues = {"UNANIMITY", "COUNTED"})
        String vote,

        Integer inFavour,
        Integer against,
        Integer abstention,
        Integer notTakingPart,

        @Schema(description = "Identifiant unique d'acte", example = "062-216204982-20221214-DLB13_14122022-DE")
        String actesId,

        @Schema(format = "date") String sentToPrefectureOn,
        @Schema(format = "date", example = "2022-12-19") String receivedByPrefectureOn,
        @Schema(format = "date", example = "2022-12-15") String publishedOn,

        @Schema(description = "Version lue ; obligatoire pour une modification")
        Integer version) {

    record ProxyRequest(String giver, String holder) {}

    DeliberationInput input() {
        return new DeliberationInput(
                organisationId,
                issuerName,
                issuerSiren,
                body,
                number,
                object,
                seanceDate,
                seanceTime,
                seancePlace,
                convocationDate,
                rapporteur,
                matiere,
                text(membersInOffice),
                present,
                proxies == null
                        ? List.of()
                        : proxies.stream()
                                .map(p ->
                                        p == null ? new ProxyInput(null, null) : new ProxyInput(p.giver(), p.holder()))
                                .toList(),
                excused,
                absent,
                president,
                secretary,
                text(declaredPresent),
                Boolean.TRUE.equals(reconvenedWithoutQuorum),
                vote,
                text(inFavour),
                text(against),
                text(abstention),
                text(notTakingPart),
                actesId,
                sentToPrefectureOn,
                receivedByPrefectureOn,
                publishedOn);
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
