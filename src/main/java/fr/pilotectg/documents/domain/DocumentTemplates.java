package fr.pilotectg.documents.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Word template a convention is written from: a Caf's latest uploaded version, else the one shipped, « Caf du
 * Nord » (written from the two Nord seeds). Every version uploaded is kept ({@code documents.template}).
 */
@Component
public class DocumentTemplates {

    /** The version recorded with every document written from the shipped template. */
    public static final String DEFAULT_VERSION = "caf-du-nord-2";

    static final String DEFAULT_PATH = "documents/templates/caf-du-nord.docx";

    /** A template and the version recorded with what it writes. */
    public record Template(String version, byte[] content) {}

    /** A version a Caf uploaded, without its content: what the template page lists. */
    public record Uploaded(String version, String fileName, int size, Instant uploadedAt, String uploadedBy) {}

    private final byte[] shipped;
    private final Set<String> knownNames;
    private final JdbcClient jdbc;

    DocumentTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
        try (InputStream in = new ClassPathResource(DEFAULT_PATH).getInputStream()) {
            shipped = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        knownNames = TemplateCheck.names(shipped);
    }

    /** The template in force for conventions of this Caf. */
    public Template current(UUID cafId) {
        return latest(cafId).orElseGet(this::shipped);
    }

    /** The shipped template (downloaded by a Caf administrator to start its own). */
    public Template shipped() {
        return new Template(DEFAULT_VERSION, shipped.clone());
    }

    /** The placeholders a template may use: those of the shipped template. */
    Set<String> knownNames() {
        return knownNames;
    }

    Optional<Template> latest(UUID cafId) {
        if (cafId == null) return Optional.empty();
        return jdbc.sql(
                        "SELECT version, content FROM documents.template WHERE caf_id = :caf ORDER BY version DESC LIMIT 1")
                .param("caf", cafId)
                .query((rs, n) -> new Template(label(rs.getInt("version")), rs.getBytes("content")))
                .optional();
    }

    /** The versions a Caf uploaded, the latest (in force) first. */
    List<Uploaded> uploaded(UUID cafId, int limit) {
        return jdbc.sql("""
                        SELECT version, file_name, octet_length(content) AS size, created_at, created_by
                        FROM documents.template WHERE caf_id = :caf ORDER BY version DESC LIMIT :limit
                        """)
                .param("caf", cafId)
                .param("limit", limit)
                .query((rs, n) -> new Uploaded(
                        label(rs.getInt("version")),
                        rs.getString("file_name"),
                        rs.getInt("size"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getString("created_by")))
                .list();
    }

    /** Stores a checked template as the Caf's next version; returns its version label. */
    String add(UUID cafId, String fileName, byte[] content, Instant at, String by) {
        int next = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM documents.template WHERE caf_id = :caf")
                .param("caf", cafId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO documents.template (id, caf_id, version, file_name, content, created_at, created_by)
                        VALUES (:id, :caf, :version, :name, :content, :at, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("caf", cafId)
                .param("version", next)
                .param("name", fileName)
                .param("content", content)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("by", by)
                .update();
        return label(next);
    }

    static String label(int version) {
        return "caf-" + version;
    }
}
