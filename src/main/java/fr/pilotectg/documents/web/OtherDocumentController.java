package fr.pilotectg.documents.web;

import fr.pilotectg.documents.domain.other.OtherDocuments;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The « Autres documents » of the convention's « Documents » page: the section's list (read by the page's template
 * through {@code @otherDocumentsSection}) and the downloads, the same as the API's.
 */
@Controller("otherDocumentsSection")
class OtherDocumentController {

    static final String BASE = "/conventions/{id}/documents/other";

    private final OtherDocuments documents;

    OtherDocumentController(OtherDocuments documents) {
        this.documents = documents;
    }

    /** What the section lists (empty: the section says there is nothing to produce yet). */
    public List<OtherDocuments.Item> items(UUID conventionId) {
        return documents.catalog(conventionId);
    }

    @GetMapping(BASE + "/annual-review/{year}/pdf")
    ResponseEntity<byte[]> annualReview(@PathVariable UUID id, @PathVariable int year) {
        return DocumentApi.file(documents.annualReview(id, year));
    }

    @GetMapping(BASE + "/action-plan/pdf")
    ResponseEntity<byte[]> actionPlan(@PathVariable UUID id) {
        return DocumentApi.file(documents.actionPlan(id));
    }

    @GetMapping(BASE + "/deliberation/{position}/{format}")
    ResponseEntity<byte[]> deliberation(
            @PathVariable UUID id, @PathVariable int position, @PathVariable String format) {
        return DocumentApi.file(documents.deliberation(id, position, format));
    }

    @GetMapping(BASE + "/minutes/{meetingId}/{format}")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id, @PathVariable UUID meetingId, @PathVariable String format) {
        return DocumentApi.file(documents.minutes(id, meetingId, format));
    }

    @GetMapping(BASE + "/financing-statement/pdf")
    ResponseEntity<byte[]> financingStatement(@PathVariable UUID id) {
        return DocumentApi.file(documents.financingStatement(id));
    }

    @GetMapping(BASE + "/final-bilan/pdf")
    ResponseEntity<byte[]> finalBilan(@PathVariable UUID id) {
        return DocumentApi.file(documents.finalBilan(id));
    }
}
