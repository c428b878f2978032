package fr.pilotectg.documents.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The generated documents and the uploaded templates (schema {@code documents}). */
@Repository
public class DocumentRepository {

    /** A generated document without its content. */
    public record Generated(
            UUID id,
            UUID conventionId,
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
            boolean signed) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DocumentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(Generated g, byte[] docx, byte[] pdf, List<DocumentSections.Section> sections) {
        jdbc.sql("""
                        INSERT INTO documents.generated_document (id, convention_id, kind, title, template_version,
                            convention_version, gaps, docx, pdf, created_at, created_by, amendment_number,
                            terms_version, signed, sections)
                        VALUES (:id, :convention, :kind, :title, :template, :version, :gaps, :docx, :pdf, :at, :by,
                            :amendment, :terms, :signed, CAST(:sections AS jsonb))
                        """)
                .param("id", g.id())
                .param("convention", g.conventionId())
                .param("kind", g.kind())
                .param("title", g.title())
                .param("template", g.templateVersion())
                .param("version", g.conventionVersion())
                .param("gaps", g.gaps())
                .param("docx", docx)
                .param("pdf", pdf)
                .param("at", OffsetDateTime.ofInstant(g.createdAt(), ZoneOffset.UTC))
                .param("by", g.createdBy())
                .param("amendment", g.amendmentNumber())
                .param("terms", g.termsVersion())
                .param("signed", g.signed())
                .param("sections", json.writeValueAsString(sections))
                .update();
    }

    /** Whether the convention already has its signed document of this kind for this avenant (0: the convention). */
    boolean hasSigned(UUID conventionId, String kind, int amendment) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM documents.generated_document WHERE convention_id = :c
                            AND kind = :kind AND COALESCE(amendment_number, 0) = :amendment AND signed)
                        """)
                .param("c", conventionId)
                .param("kind", kind)
                .param("amendment", amendment)
                .query(Boolean.class)
                .single();
    }

    /** The document of the convention generated just before {@code g}. */
    Optional<Generated> before(UUID conventionId, Generated g) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM documents.generated_document WHERE convention_id = :c"
                        + " AND (created_at, id) < (:at, :id) ORDER BY created_at DESC, id DESC LIMIT 1")
                .param("c", conventionId)
                .param("at", OffsetDateTime.ofInstant(g.createdAt(), ZoneOffset.UTC))
                .param("id", g.id())
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The text of a document, section by section, as stored at its generation. */
    List<DocumentSections.Section> sections(UUID id) {
        String stored = jdbc.sql("SELECT sections::text FROM documents.generated_document WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse("[]");
        return List.of(json.readValue(stored, DocumentSections.Section[].class));
    }

    private static final String COLUMNS = """
            id, convention_id, kind, title, template_version, convention_version, gaps, octet_length(docx) AS docx_size,
            octet_length(pdf) AS pdf_size, created_at, created_by, amendment_number, terms_version, signed
            """;

    List<Generated> of(UUID conventionId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM documents.generated_document WHERE convention_id = :c ORDER BY created_at DESC, id"
                        + " LIMIT :limit")
                .param("c", conventionId)
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<Generated> find(UUID conventionId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM documents.generated_document WHERE convention_id = :c AND id = :id")
                .param("c", conventionId)
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    Optional<byte[]> content(UUID id, String format) {
        String column = format.equals("pdf") ? "pdf" : "docx";
        return jdbc.sql("SELECT " + column + " FROM documents.generated_document WHERE id = :id")
                .param("id", id)
                .query(byte[].class)
                .optional();
    }

    private static Generated row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Generated(
                rs.getObject("id", UUID.class),
                rs.getObject("convention_id", UUID.class),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("template_version"),
                rs.getInt("convention_version"),
                rs.getInt("gaps"),
                rs.getInt("docx_size"),
                rs.getInt("pdf_size"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                rs.getObject("amendment_number", Integer.class),
                rs.getInt("terms_version"),
                rs.getBoolean("signed"));
    }
}
