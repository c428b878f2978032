package fr.pilotectg.documents.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
            String createdBy) {}

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Generated g, byte[] docx, byte[] pdf) {
        jdbc.sql("""
                        INSERT INTO documents.generated_document (id, convention_id, kind, title, template_version,
                            convention_version, gaps, docx, pdf, created_at, created_by)
                        VALUES (:id, :convention, :kind, :title, :template, :version, :gaps, :docx, :pdf, :at, :by)
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
                .update();
    }

    private static final String COLUMNS = """
            id, convention_id, kind, title, template_version, convention_version, gaps, octet_length(docx) AS docx_size,
            octet_length(pdf) AS pdf_size, created_at, created_by
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
                rs.getString("created_by"));
    }
}
