package fr.pilotectg.documents.domain;

import fr.pilotectg.convention.ConventionAvenants;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the convention's documents (ADR 0013): see what a generation would leave blank and the documents
 * generated; generate a draft, a final version or an avenant's documents (the convention's guard → the content →
 * refuse a final version with gaps → DOCX then PDF → save → audit in French), which {@link DocumentJobs} runs in the
 * background; download one. A generation is bounded by {@link #MAX_BYTES}.
 *
 * <p>The first final version generated once the convention is signed is its signed document, frozen (never rewritten
 * nor deleted); so are an avenant's document and the consolidated convention generated once it is signed. Later
 * generations are new rows.
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
            String templateVersion,
            List<ConventionAvenants.Avenant> avenants) {}

    /** A generated file to download. */
    public record Download(String fileName, String contentType, byte[] content) {}

    /**
     * What is generated: a working draft, the final (signature) version, an avenant's document (with the consolidated
     * convention once it is signed), and that consolidated convention (only through an avenant's generation).
     */
    public enum Kind {
        DRAFT,
        FINAL,
        AMENDMENT,
        CONSOLIDATED
    }

    /** What a generation produced: the document, and for a signed avenant the consolidated convention. */
    public record Produced(DocumentRepository.Generated document, DocumentRepository.Generated consolidated) {}

    private final Conventions conventions;
    private final ConventionContent contents;
    private final DocumentTemplates templates;
    private final DocxRendering docx;
    private final PdfRendering pdf;
    private final AmendmentDocument amendments;
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
            AmendmentDocument amendments,
            DocumentRepository repository,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.conventions = conventions;
        this.contents = contents;
        this.templates = templates;
        this.docx = docx;
        this.pdf = pdf;
        this.amendments = amendments;
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
                templates.current(convention.cafId()).version(),
                conventions.avenants(conventionId, () -> DocumentErrors.notFound(conventionId)).avenants().stream()
                        .filter(a -> !a.withdrawn())
                        .toList());
    }

    /**
     * What a request checks before it is queued: the convention's guard, no gap left for a final version
     * (DOCUMENT_GAPS_REMAIN), an avenant that exists and is not withdrawn.
     */
    @Transactional(readOnly = true, noRollbackFor = DomainException.class)
    public ConventionSummary check(UUID conventionId, Kind kind, Integer amendmentNumber) {
        ConventionSummary convention = conventions.writable(conventionId, () -> DocumentErrors.notFound(conventionId));
        switch (kind) {
            case FINAL -> {
                int gaps = contents.of(conventionId).gaps().size();
                if (gaps > 0) throw DomainException.rule(DocumentErrors.GAPS_REMAIN, gaps);
            }
            case AMENDMENT -> avenant(conventionId, amendmentNumber);
            case DRAFT -> {}
            case CONSOLIDATED -> throw DomainException.invalid(DocumentErrors.KIND_INVALID);
        }
        return convention;
    }

    /** Generates the convention's document; a FINAL version is refused while gaps remain (DOCUMENT_GAPS_REMAIN). */
    public DocumentRepository.Generated generate(UUID conventionId, Kind kind) {
        return generate(conventionId, kind, null, step -> {}).document();
    }

    /**
     * Generates what {@code kind} asks, saying each step to {@code step} (the job's progress): the convention (DRAFT,
     * FINAL) or an avenant's document followed, once the avenant is signed, by the consolidated convention.
     */
    public Produced generate(UUID conventionId, Kind kind, Integer amendmentNumber, Consumer<String> step) {
        ConventionSummary convention = conventions.writable(conventionId, () -> DocumentErrors.notFound(conventionId));
        ConventionAvenants avenants = conventions.avenants(conventionId, () -> DocumentErrors.notFound(conventionId));
        if (kind == Kind.AMENDMENT) {
            ConventionAvenants.Avenant avenant = avenant(conventionId, amendmentNumber);
            step.accept("amendment");
            DocumentTemplates.Template template = templates.current(convention.cafId());
            byte[] word = amendments.render(template.content(), convention, avenant);
            var document = save(
                    convention,
                    Kind.AMENDMENT,
                    amendments.title(convention, avenant),
                    template.version(),
                    0,
                    avenant.number(),
                    avenants.termsVersion(),
                    avenant.signed() && !repository.hasSigned(conventionId, Kind.AMENDMENT.name(), avenant.number()),
                    word,
                    step);
            DocumentRepository.Generated consolidated = null;
            if (avenant.signed() && avenant.producedVersion() != null) {
                consolidated = convention(
                        convention,
                        Kind.CONSOLIDATED,
                        avenant,
                        avenants.termsVersion(),
                        avenant.producedVersion() == avenants.termsVersion()
                                && !repository.hasSigned(conventionId, Kind.CONSOLIDATED.name(), avenant.number()),
                        step);
            }
            return new Produced(document, consolidated);
        }
        boolean signed = kind == Kind.FINAL
                && convention.status().isSigned()
                && avenants.termsVersion() <= 1
                && !repository.hasSigned(conventionId, Kind.FINAL.name(), 0);
        return new Produced(convention(convention, kind, null, avenants.termsVersion(), signed, step), null);
    }

    private DocumentRepository.Generated convention(
            ConventionSummary convention,
            Kind kind,
            ConventionAvenants.Avenant avenant,
            int termsVersion,
            boolean signed,
            Consumer<String> step) {
        DocumentContent content = contents.of(convention.id(), step);
        if (kind == Kind.FINAL && !content.gaps().isEmpty()) {
            throw DomainException.rule(
                    DocumentErrors.GAPS_REMAIN, content.gaps().size());
        }
        if (avenant != null) {
            String title = messages.getMessage(
                    "documents.consolidated.title", new Object[] {content.title(), avenant.number()}, Locale.FRENCH);
            var data = new HashMap<>(content.data());
            data.put("title", title);
            content = new DocumentContent(
                    content.conventionId(), title, content.conventionVersion(), data, content.gaps());
        }
        DocumentTemplates.Template template = templates.current(convention.cafId());
        step.accept("docx");
        byte[] word = docx.render(template.content(), content);
        return save(
                convention,
                kind,
                content.title(),
                template.version(),
                content.gaps().size(),
                avenant == null ? null : avenant.number(),
                termsVersion,
                signed,
                word,
                step);
    }

    private DocumentRepository.Generated save(
            ConventionSummary convention,
            Kind kind,
            String title,
            String templateVersion,
            int gaps,
            Integer amendmentNumber,
            int termsVersion,
            boolean signed,
            byte[] word,
            Consumer<String> step) {
        step.accept("pdf");
        byte[] printed = pdf.render(word, title);
        if ((long) word.length + printed.length > MAX_BYTES) throw DomainException.rule(DocumentErrors.TOO_LARGE);
        step.accept("save");
        var generated = new DocumentRepository.Generated(
                UUID.randomUUID(),
                convention.id(),
                kind.name(),
                title,
                templateVersion,
                convention.version(),
                gaps,
                word.length,
                printed.length,
                clock.instant(),
                actor(),
                amendmentNumber,
                termsVersion,
                signed);
        repository.save(generated, word, printed, DocumentSections.of(word));
        String summary = messages.getMessage(
                "documents.audit.generated." + kind.name(),
                new Object[] {
                    title, templateVersion, convention.version(), gaps, amendmentNumber == null ? 0 : amendmentNumber
                },
                Locale.FRENCH);
        if (signed) summary += messages.getMessage("documents.audit.signed", null, Locale.FRENCH);
        audit.record(new AuditRecord(
                        ENTITY, generated.id().toString(), "generated", summary, List.of(), convention.footprint())
                .about(convention.id()));
        return generated;
    }

    private ConventionAvenants.Avenant avenant(UUID conventionId, Integer number) {
        if (number == null) throw DomainException.invalid(DocumentErrors.AMENDMENT_REQUIRED);
        return conventions.avenants(conventionId, () -> DocumentErrors.notFound(conventionId)).avenants().stream()
                .filter(a -> a.number() == number && !a.withdrawn())
                .findFirst()
                .orElseThrow(() -> DomainException.notFound(DocumentErrors.AMENDMENT_NOT_FOUND, number));
    }

    @Transactional(readOnly = true)
    public Download download(UUID conventionId, UUID documentId, String format) {
        conventions.readable(conventionId, () -> DocumentErrors.notFound(conventionId));
        if (!format.equals("pdf") && !format.equals("docx")) throw DocumentErrors.notFound(documentId);
        DocumentRepository.Generated generated =
                repository.find(conventionId, documentId).orElseThrow(() -> DocumentErrors.notFound(documentId));
        byte[] content = repository.content(documentId, format).orElseThrow(() -> DocumentErrors.notFound(documentId));
        String prefix = switch (generated.kind()) {
            case "AMENDMENT" -> "avenant-" + generated.amendmentNumber();
            case "CONSOLIDATED" -> "convention-consolidee-avenant-" + generated.amendmentNumber();
            default -> "convention";
        };
        String name =
                prefix + "-" + generated.createdAt().atZone(clock.getZone()).toLocalDate()
                        + (generated.kind().equals("DRAFT") || generated.kind().equals("FINAL")
                                ? "-" + generated.kind().toLowerCase(Locale.ROOT)
                                : "")
                        + "." + format;
        String type = format.equals("pdf")
                ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return new Download(name, type, content);
    }

    static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }
}
