package fr.pilotectg.documents.web;

import fr.pilotectg.documents.domain.DocumentComparison;
import fr.pilotectg.documents.domain.DocumentErrors;
import fr.pilotectg.documents.domain.DocumentGeneration;
import fr.pilotectg.documents.domain.DocumentGeneration.Kind;
import fr.pilotectg.documents.domain.DocumentJobs;
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
 * The documents API: what a generation would leave blank and the documents generated; ask for a generation in the
 * background (202 and the job's address; a final version is refused at once, 422 {@code DOCUMENT_GAPS_REMAIN}, while
 * gaps remain) and follow its job; download DOCX or PDF; compare two versions article by article.
 */
@RestController
@Tag(name = "Documents")
class DocumentApi {

    private final DocumentGeneration generation;
    private final TemplateUploads uploads;
    private final DocumentJobs jobs;
    private final DocumentComparison comparison;

    DocumentApi(
            DocumentGeneration generation, TemplateUploads uploads, DocumentJobs jobs, DocumentComparison comparison) {
        this.generation = generation;
        this.uploads = uploads;
        this.jobs = jobs;
        this.comparison = comparison;
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
            Integer amendmentNumber,
            int termsVersion,
            boolean signed,
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
                    g.amendmentNumber(),
                    g.termsVersion(),
                    g.signed(),
                    base + "/docx",
                    base + "/pdf");
        }
    }

    record Overview(String templateVersion, List<GapView> gaps, List<DocumentView> documents, List<JobView> jobs) {}

    record GenerateRequest(String kind, Integer amendmentNumber) {}

    /**
     * A generation job: its state (REQUESTED, RUNNING, DONE, FAILED), the step it is at in French, its progress, the
     * French reason of a failure, and once done the links of what it produced.
     */
    record JobView(
            UUID id,
            String kind,
            Integer amendmentNumber,
            String state,
            String step,
            int done,
            int total,
            int percent,
            String failure,
            Instant requestedAt,
            String requestedBy,
            Instant finishedAt,
            UUID documentId,
            UUID consolidatedId,
            String self,
            String document) {
        static JobView of(DocumentJobs.Job j, String step) {
            String base = "/api/v1/conventions/" + j.conventionId();
            return new JobView(
                    j.id(),
                    j.kind().name(),
                    j.amendmentNumber(),
                    j.state().name(),
                    step,
                    j.done(),
                    j.total(),
                    j.percent(),
                    j.failure(),
                    j.requestedAt(),
                    j.requestedBy(),
                    j.finishedAt(),
                    j.documentId(),
                    j.consolidatedId(),
                    base + "/document-jobs/" + j.id(),
                    j.documentId() == null ? null : base + "/documents/" + j.documentId() + "/pdf");
        }
    }

    JobView view(DocumentJobs.Job job) {
        return JobView.of(job, jobs.stepLabel(job));
    }

    @GetMapping("/api/v1/conventions/{id}/documents")
    @Operation(summary = "Documents d’une convention : valeurs à compléter et documents générés")
    Overview overview(@PathVariable UUID id) {
        var o = generation.overview(id);
        return new Overview(
                o.templateVersion(),
                o.gaps().stream()
                        .map((Gap g) -> new GapView(g.label(), g.marker(), g.link()))
                        .toList(),
                o.documents().stream().map(DocumentView::of).toList(),
                jobs.recent(id, 10).stream().map(this::view).toList());
    }

    @PostMapping("/api/v1/conventions/{id}/documents")
    @Operation(
            summary = "Demander la génération en arrière-plan, en DOCX et PDF : brouillon (DRAFT), version définitive"
                    + " (FINAL, refusée 422 DOCUMENT_GAPS_REMAIN tant que des valeurs restent à compléter) ou avenant"
                    + " (AMENDMENT avec amendmentNumber : son document et, signé, la convention consolidée) ; répond 202"
                    + " avec l’adresse du travail (Location) à interroger")
    ResponseEntity<JobView> generate(@PathVariable UUID id, @RequestBody(required = false) GenerateRequest request) {
        Kind kind = kind(request == null ? null : request.kind());
        DocumentJobs.Job job = jobs.request(id, kind, request == null ? null : request.amendmentNumber());
        JobView view = view(job);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(java.net.URI.create(view.self()))
                .body(view);
    }

    @GetMapping("/api/v1/conventions/{id}/document-jobs/{jobId}")
    @Operation(
            summary =
                    "Où en est une génération : état, étape en cours, progression, motif d’un échec, document produit")
    JobView job(@PathVariable UUID id, @PathVariable UUID jobId) {
        return view(jobs.get(id, jobId));
    }

    record LineView(String op, String text) {}

    record SectionView(String title, String status, int removed, int added, List<LineView> lines) {}

    record ComparisonView(DocumentView from, DocumentView to, long changed, List<SectionView> sections) {}

    @GetMapping("/api/v1/conventions/{id}/documents/{documentId}/changes")
    @Operation(
            summary = "Comparer un document généré à une version précédente (since, par défaut le document généré juste"
                    + " avant) article par article : inchangé (UNCHANGED), modifié (CHANGED, avec les lignes retirées et"
                    + " ajoutées), ajouté ou retiré")
    ComparisonView changes(
            @PathVariable UUID id,
            @PathVariable UUID documentId,
            @RequestParam(name = "since", required = false) UUID since) {
        return comparisonView(comparison.compare(id, documentId, since));
    }

    static ComparisonView comparisonView(DocumentComparison.Result r) {
        return new ComparisonView(
                r.from() == null ? null : DocumentView.of(r.from()),
                DocumentView.of(r.to()),
                r.changed(),
                r.sections().stream()
                        .map(s -> new SectionView(
                                s.title(),
                                s.status().name(),
                                s.removed(),
                                s.added(),
                                s.lines().stream()
                                        .map(l -> new LineView(l.op().name(), l.text()))
                                        .toList()))
                        .toList());
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
            Kind kind = Kind.valueOf(value);
            if (kind == Kind.CONSOLIDATED) throw DomainException.invalid(DocumentErrors.KIND_INVALID);
            return kind;
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(DocumentErrors.KIND_INVALID);
        }
    }
}
