package fr.pilotectg.documents.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the convention's documents (ADR 0013): see what a generation would leave blank and the documents
 * generated; generate a draft or a final version (the convention's guard → the content → refuse a final version with
 * gaps → DOCX then PDF → save → audit in French); download one. Generation runs in the request, bounded by
 * {@link #MAX_BYTES}.
 */
@Service
@Transactional(noRollbackFor = DomainException.class)
public class DocumentGeneration {

    /** Past this size (DOCX and PDF together) a generation is refused rather than stored. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    static final String ENTITY = "document";

    /** What the documents page shows. */
    public record Overview(
            ConventionSummary convention,
            List<Gap> gaps,
            List<DocumentRepository.Generated> documents,
            boolean canGenerate,
            String templateVersion) {}

    /** A generated file to download. */
    public record Download(String fileName, String contentType, byte[] content) {}

    public enum Kind {
        DRAFT,
        FINAL
    }

    private final Conventions conventions;
    private final ConventionContent contents;
    private final DocumentTemplates templates;
    private final DocxRendering docx;
    private final PdfRendering pdf;
    private final DocumentRepository repository;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    DocumentGeneration(
            Conventions conventions,
            ConventionContent contents,
            DocumentTemplates templates,
            DocxRendering docx,
            PdfRendering pdf,
            DocumentRepository repository,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.conventions = conventions;
        this.contents = contents;
        this.templates = templates;
        this.docx = docx;
        this.pdf = pdf;
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Overview overview(UUID conventionId) {
        ConventionSummary convention = conventions.readable(conventionId, () -> DocumentErrors.notFound(conventionId));
        DocumentContent content = contents.of(conventionId);
        return new Overview(
                convention,
                content.gaps(),
                repository.of(conventionId, 50),
                conventions.canWrite(convention),
                templates.current(convention.cafId()).version());
    }

    /** Generates the convention's document; a FINAL version is refused while gaps remain (DOCUMENT_GAPS_REMAIN). */
    public DocumentRepository.Generated generate(UUID conventionId, Kind kind) {
        ConventionSummary convention = conventions.writable(conventionId, () -> DocumentErrors.notFound(conventionId));
        DocumentContent content = contents.of(conventionId);
        if (kind == Kind.FINAL && !content.gaps().isEmpty()) {
            throw DomainException.rule(
                    DocumentErrors.GAPS_REMAIN, content.gaps().size());
        }
        DocumentTemplates.Template template = templates.current(convention.cafId());
        byte[] word = docx.render(template.content(), content);
        byte[] printed = pdf.render(word, content.title());
        if ((long) word.length + printed.length > MAX_BYTES) throw DomainException.rule(DocumentErrors.TOO_LARGE);
        var generated = new DocumentRepository.Generated(
                UUID.randomUUID(),
                conventionId,
                kind.name(),
                content.title(),
                template.version(),
                content.conventionVersion(),
                content.gaps().size(),
                word.length,
                printed.length,
                clock.instant(),
                actor());
        repository.save(generated, word, printed);
        audit.record(new AuditRecord(
                ENTITY,
                generated.id().toString(),
                "generated",
                messages.getMessage(
                        "documents.audit.generated." + kind.name(),
                        new Object[] {
                            content.title(),
                            template.version(),
                            content.conventionVersion(),
                            content.gaps().size()
                        },
                        Locale.FRENCH),
                List.of(),
                convention.footprint()));
        return generated;
    }

    @Transactional(readOnly = true)
    public Download download(UUID conventionId, UUID documentId, String format) {
        conventions.readable(conventionId, () -> DocumentErrors.notFound(conventionId));
        if (!format.equals("pdf") && !format.equals("docx")) throw DocumentErrors.notFound(documentId);
        DocumentRepository.Generated generated =
                repository.find(conventionId, documentId).orElseThrow(() -> DocumentErrors.notFound(documentId));
        byte[] content = repository.content(documentId, format).orElseThrow(() -> DocumentErrors.notFound(documentId));
        String name =
                "convention-" + generated.createdAt().atZone(clock.getZone()).toLocalDate() + "-"
                        + generated.kind().toLowerCase(Locale.ROOT) + "." + format;
        String type = format.equals("pdf")
                ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return new Download(name, type, content);
    }

    static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }
}
