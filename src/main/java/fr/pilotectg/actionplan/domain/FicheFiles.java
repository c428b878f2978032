package fr.pilotectg.actionplan.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a fiche and stored in PostgreSQL: at most {@link #MAX_SIZE} bytes, of a {@link FileKind} recognised
 * by its first bytes. Whoever may read the convention lists and downloads them; whoever may change the fiche (its
 * pilot, its commune, the terms holders) adds and removes them, each written in the fiche's history.
 */
@Service
public class FicheFiles {

    public static final int MAX_SIZE = 10 * 1024 * 1024;

    /** A file as the fiche page lists it. */
    public record FileLine(
            UUID id, String name, FileKind kind, long size, String uploadedBy, OffsetDateTime uploadedAt) {}

    /** A file to send: its name, kind and bytes. */
    public record Download(String name, FileKind kind, byte[] content) {}

    private final FicheFlow flow;
    private final Conventions conventions;
    private final JdbcClient jdbc;
    private final PlanAudit audit;
    private final Clock clock;

    FicheFiles(FicheFlow flow, Conventions conventions, JdbcClient jdbc, PlanAudit audit, Clock clock) {
        this.flow = flow;
        this.conventions = conventions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FileLine> files(UUID ficheId) {
        var stored = flow.load(ficheId);
        ConventionSummary convention = readable(stored, ficheId);
        return jdbc.sql("""
                        SELECT id, name, kind, size, uploaded_by, uploaded_at FROM actionplan.fiche_file
                        WHERE fiche_id = :fiche AND convention_id = :c ORDER BY uploaded_at, name COLLATE french, id""")
                .param("fiche", ficheId)
                .param("c", convention.id())
                .query((rs, n) -> new FileLine(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        FileKind.valueOf(rs.getString("kind")),
                        rs.getLong("size"),
                        rs.getString("uploaded_by"),
                        rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    /** Stores a file on the fiche; refused in French when empty, too large or of another kind. */
    @Transactional
    public UUID attach(UUID ficheId, Upload upload) {
        var stored = flow.load(ficheId);
        ConventionSummary convention = changeable(stored, ficheId);
        if (upload == null || upload.isEmpty()) throw invalid(ActionPlanErrors.FILE_REQUIRED);
        byte[] content;
        try (InputStream in = upload.content().getInputStream()) {
            content = in.readNBytes(MAX_SIZE + 1);
        } catch (IOException e) {
            throw invalid(ActionPlanErrors.FILE_REQUIRED);
        }
        if (content.length == 0) throw invalid(ActionPlanErrors.FILE_REQUIRED);
        if (content.length > MAX_SIZE) throw invalid(ActionPlanErrors.FILE_TOO_LARGE, MAX_SIZE / (1024 * 1024));
        FileKind kind = FileKind.detect(content).orElseThrow(() -> invalid(ActionPlanErrors.FILE_TYPE_REFUSED));
        String name = name(upload.filename(), kind);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO actionplan.fiche_file (id, fiche_id, convention_id, name, kind, size, content, uploaded_by, uploaded_at)
                        VALUES (:id, :fiche, :c, :name, :kind, :size, :content, :by, :at)""")
                .param("id", id)
                .param("fiche", ficheId)
                .param("c", convention.id())
                .param("name", name)
                .param("kind", kind.name())
                .param("size", content.length)
                .param("content", content)
                .param(
                        "by",
                        fr.pilotectg.platform.CurrentUser.optional()
                                .map(fr.pilotectg.platform.PiloteUser::displayName)
                                .orElse(FicheFlow.actor()))
                .param("at", OffsetDateTime.now(clock))
                .update();
        audit.record(
                PlanAudit.FICHE_ENTITY,
                ficheId,
                "file-attached",
                audit.text("fiche.file.attached", name),
                List.of(audit.change("file", null, name)),
                convention);
        return id;
    }

    /** The file if the user may read the fiche's convention (404 otherwise, as for a file that does not exist). */
    @Transactional(readOnly = true)
    public Download download(UUID ficheId, UUID fileId) {
        var stored = flow.load(ficheId);
        ConventionSummary convention = readable(stored, ficheId);
        return jdbc.sql("""
                        SELECT name, kind, content FROM actionplan.fiche_file
                        WHERE id = :id AND fiche_id = :fiche AND convention_id = :c""")
                .param("id", fileId)
                .param("fiche", ficheId)
                .param("c", convention.id())
                .query((rs, n) -> new Download(
                        rs.getString("name"), FileKind.valueOf(rs.getString("kind")), rs.getBytes("content")))
                .optional()
                .orElseThrow(() -> DomainException.notFound(ActionPlanErrors.FILE_NOT_FOUND, String.valueOf(fileId)));
    }

    @Transactional
    public void remove(UUID ficheId, UUID fileId) {
        var stored = flow.load(ficheId);
        ConventionSummary convention = changeable(stored, ficheId);
        String name = jdbc.sql("""
                        DELETE FROM actionplan.fiche_file WHERE id = :id AND fiche_id = :fiche AND convention_id = :c
                        RETURNING name""")
                .param("id", fileId)
                .param("fiche", ficheId)
                .param("c", convention.id())
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound(ActionPlanErrors.FILE_NOT_FOUND, String.valueOf(fileId)));
        audit.record(
                PlanAudit.FICHE_ENTITY,
                ficheId,
                "file-removed",
                audit.text("fiche.file.removed", name),
                List.of(audit.change("file", name, null)),
                convention);
    }

    private ConventionSummary readable(ActionPlanRepository.StoredFiche stored, UUID ficheId) {
        return conventions.readable(stored.fiche().conventionId(), () -> FicheFlow.ficheNotFound(ficheId));
    }

    private ConventionSummary changeable(ActionPlanRepository.StoredFiche stored, UUID ficheId) {
        ConventionSummary convention =
                conventions.writable(stored.fiche().conventionId(), () -> FicheFlow.ficheNotFound(ficheId));
        flow.requireFiche(
                flow.grant(convention), stored.fiche().axisId(), stored.fiche().content());
        return convention;
    }

    /** The file's name as sent, without any folder, at most 200 characters, with the extension of its kind. */
    private static String name(String filename, FileKind kind) {
        String base = filename == null ? "" : filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (stem.isBlank()) stem = "piece-jointe";
        if (stem.length() > 190) stem = stem.substring(0, 190);
        return stem + "." + kind.extension();
    }

    private static DomainException invalid(String code, Object... args) {
        return DomainException.invalidFields(List.of(FieldProblem.of("file", code, args)));
    }
}
