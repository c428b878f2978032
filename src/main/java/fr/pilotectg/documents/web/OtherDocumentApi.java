package fr.pilotectg.documents.web;

import fr.pilotectg.documents.domain.other.OtherDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The other documents of a convention through the API (issue 13 point 7): what can be produced, then each produced on
 * demand (a read: readers may; out of reach 404); every production is audited.
 */
@RestController
@Tag(name = "Documents")
class OtherDocumentApi {

    static final String BASE = "/api/v1/conventions/{id}/other-documents";

    private final OtherDocuments documents;

    OtherDocumentApi(OtherDocuments documents) {
        this.documents = documents;
    }

    record FormatView(String label, String href) {}

    record ItemView(String label, String description, List<FormatView> formats) {}

    @GetMapping(BASE)
    @Operation(
            summary =
                    "Autres documents d’une convention : dossier COPIL (revues annuelles, bilan final), plan d’actions,"
                            + " projets de délibération, comptes rendus, état de financement ; vide sans données")
    List<ItemView> catalog(@PathVariable UUID id) {
        return documents.catalog(id).stream()
                .map(i -> new ItemView(
                        i.label(),
                        i.description(),
                        i.formats().stream()
                                .map(f -> new FormatView(f.label(), f.api()))
                                .toList()))
                .toList();
    }

    @GetMapping(BASE + "/annual-review/{year}/pdf")
    @Operation(summary = "La revue annuelle d’une année (dossier COPIL) en PDF, avec ses tableaux et graphiques")
    ResponseEntity<byte[]> annualReview(@PathVariable UUID id, @PathVariable int year) {
        return DocumentApi.file(documents.annualReview(id, year));
    }

    @GetMapping(BASE + "/action-plan/pdf")
    @Operation(
            summary = "Le plan d’actions imprimable en PDF : les axes, puis une fiche par page avec tous ses champs (le"
                    + " classeur XLSX : /api/v1/conventions/{id}/plan/export)")
    ResponseEntity<byte[]> actionPlan(@PathVariable UUID id) {
        return DocumentApi.file(documents.actionPlan(id));
    }

    @GetMapping(BASE + "/deliberation/{position}/{format}")
    @Operation(
            summary =
                    "Le projet de délibération du conseil d’une partie (position dans l’ordre des parties, à partir de"
                            + " 1) en DOCX ou PDF, « [à compléter : …] » là où les données manquent")
    ResponseEntity<byte[]> deliberation(
            @PathVariable UUID id, @PathVariable int position, @PathVariable String format) {
        return DocumentApi.file(documents.deliberation(id, position, format));
    }

    @GetMapping(BASE + "/minutes/{meetingId}/{format}")
    @Operation(
            summary =
                    "Le compte rendu d’une réunion de gouvernance (participants, ordre du jour, décisions) en DOCX ou PDF")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id, @PathVariable UUID meetingId, @PathVariable String format) {
        return DocumentApi.file(documents.minutes(id, meetingId, format));
    }

    @GetMapping(BASE + "/financing-statement/pdf")
    @Operation(
            summary = "L’état de financement par structure en PDF (échéancier, calcul de chaque ligne, paramètres"
                    + " utilisés, « non renseigné » là où une donnée manque)")
    ResponseEntity<byte[]> financingStatement(@PathVariable UUID id) {
        return DocumentApi.file(documents.financingStatement(id));
    }

    @GetMapping(BASE + "/final-bilan/pdf")
    @Operation(summary = "Le bilan final (dossier COPIL) en PDF, avec ses tableaux et graphiques")
    ResponseEntity<byte[]> finalBilan(@PathVariable UUID id) {
        return DocumentApi.file(documents.finalBilan(id));
    }
}
