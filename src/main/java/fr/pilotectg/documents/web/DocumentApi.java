package fr.pilotectg.documents.web;

import fr.pilotectg.documents.domain.DocumentErrors;
import fr.pilotectg.documents.domain.DocumentGeneration;
import fr.pilotectg.documents.domain.DocumentGeneration.Kind;
import fr.pilotectg.documents.domain.DocumentRepository;
import fr.pilotectg.documents.domain.Gap;
import fr.pilotectg.documents.domain.TemplateUploads;
import fr.pilotectg.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents API: what a generation would leave blank and the documents generated; generate a draft or a final
 * version (422 {@code DOCUMENT_GAPS_REMAIN} while gaps remain); download DOCX or PDF.
 */
@RestController
@Tag(name = "Documents")
class DocumentApi {

    private final DocumentGeneration generation;
    private final TemplateUploads uploads;

    DocumentApi(DocumentGeneration generation, TemplateUploads uploads) {
        this.generation = generation;
        this.uploads = uploads;
    }

    record TemplateVersion(String version) {}

    @GetMapping("/api/v1/document-templates/current")
    @Operation(
            summary = "Télécharger le modèle Word des conventions en vigueur pour sa Caf (ou la Caf cafId), pour le"
                    + " modifier dans Word")
    ResponseEntity<byte[]> currentTemplate(@RequestParam(name = "cafId", required = false) UUID cafId) {
        return templateFile(uploads.current(cafId));
    }

    /** A Word template as a download named after its version (the API and the template page). */
    static ResponseEntity<byte[]> templateFile(fr.pilotectg.documents.domain.DocumentTemplates.Template template) {
        return file(new DocumentGeneration.Download(
                "modele-convention-" + template.version() + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                template.content()));
    }

    @PostMapping(path = "/api/v1/document-templates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Déposer une nouvelle version du modèle Word de sa Caf (un administrateur indique cafId) ; refusé"
                    + " entier si le fichier est illisible ou contient un champ inconnu ou mal formé")
    ResponseEntity<TemplateVersion> uploadTemplate(
            @RequestPart("file") MultipartFile file, @RequestParam(name = "cafId", required = false) UUID cafId)
            throws java.io.IOException {
        if (file.getSize() > TemplateUploads.MAX_BYTES)
            throw DomainException.invalid(DocumentErrors.TEMPLATE_TOO_LARGE);
        String name = file.getOriginalFilename() == null ? "modele.docx" : file.getOriginalFilename();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new TemplateVersion(uploads.upload(cafId, name, file.getBytes())));
    }

    record GapView(String label, String marker, String link) {}

    record DocumentView(
            UUID id,
            String kind,
            String title,
            String templateVersion,
            int conventionVersion,
            int gaps,
            int docxSize,
            int pdfSize,
            Instant createdAt,
            String createdBy,
            String docx,
            String pdf) {
        static DocumentView of(DocumentRepository.Generated g) {
            String base = "/api/v1/conventions/" + g.conventionId() + "/documents/" + g.id();
            return new DocumentView(
                    g.id(),
                    g.kind(),
                    g.title(),
                    g.templateVersion(),
                    g.conventionVersion(),
                    g.gaps(),
                    g.docxSize(),
                    g.pdfSize(),
                    g.createdAt(),
                    g.createdBy(),
                    base + "/docx",
                    base + "/pdf");
        }
    }

    record Overview(String templateVersion, List<GapView> gaps, List<DocumentView> documents) {}

    record GenerateRequest(String kind) {}

    @GetMapping("/api/v1/conventions/{id}/documents")
    @Operation(summary = "Documents d’une convention : valeurs à compléter et documents générés")
    Overview overview(@PathVariable UUID id) {
        var o = generation.overview(id);
        return new Overview(
                o.templateVersion(),
                o.gaps().stream()
                        .map((Gap g) -> new GapView(g.label(), g.marker(), g.link()))
                        .toList(),
                o.documents().stream().map(DocumentView::of).toList());
    }

    @PostMapping("/api/v1/conventions/{id}/documents")
    @Operation(summary = "Générer la convention en DOCX et PDF : brouillon (DRAFT) ou version définitive (FINAL)")
    ResponseEntity<DocumentView> generate(
            @PathVariable UUID id, @RequestBody(required = false) GenerateRequest request) {
        Kind kind = kind(request == null ? null : request.kind());
        return ResponseEntity.status(HttpStatus.CREATED).body(DocumentView.of(generation.generate(id, kind)));
    }

    @GetMapping("/api/v1/conventions/{id}/documents/{documentId}/{format}")
    @Operation(summary = "Télécharger un document généré (format docx ou pdf)")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId, @PathVariable String format) {
        return file(generation.download(id, documentId, format));
    }

    static ResponseEntity<byte[]> file(DocumentGeneration.Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.content());
    }

    static Kind kind(String value) {
        if (value == null || value.isBlank()) return Kind.DRAFT;
        try {
            return Kind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(DocumentErrors.KIND_INVALID);
        }
    }
}
