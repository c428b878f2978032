package fr.pilotectg.documents.domain;

import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Caf's Word template: download the one in force (to edit it in Word), upload a new version. Only the Caf's agents
 * (for their Caf) and administrators (naming the Caf) upload; the file is refused whole — unreadable, an unknown or
 * malformed placeholder, too large — and then nothing replaces the template in force. Every upload is audited.
 */
@Service
@Transactional
public class TemplateUploads {

    /** A Word template larger than this is refused. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    static final String ENTITY = "modele-document";

    private final DocumentTemplates templates;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    TemplateUploads(DocumentTemplates templates, AuditTrail audit, MessageSource messages, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The template in force for the user's Caf (or the one named by an administrator); the shipped one otherwise. */
    @Transactional(readOnly = true)
    public DocumentTemplates.Template current(UUID cafId) {
        PiloteUser user = CurrentUser.require();
        UUID caf = cafId != null ? cafId : user.role() == Role.CAF_AGENT ? user.organisationId() : null;
        return templates.current(caf);
    }

    /**
     * What the template page shows: the Caf whose template it is (the agent's own; the one an administrator names, or
     * none yet), the version in force (« shipped » when the Caf never uploaded one) and the versions uploaded.
     */
    public record Overview(UUID cafId, String inForce, boolean shipped, List<DocumentTemplates.Uploaded> uploaded) {}

    @Transactional(readOnly = true)
    public Overview overview(UUID cafId) {
        PiloteUser user = CurrentUser.require();
        if (user.role() == Role.ADMIN && cafId == null) return new Overview(null, null, true, List.of());
        UUID caf = caf(user, cafId);
        var latest = templates.latest(caf);
        return new Overview(
                caf,
                latest.map(DocumentTemplates.Template::version).orElse(DocumentTemplates.DEFAULT_VERSION),
                latest.isEmpty(),
                templates.uploaded(caf, 50));
    }

    /** Whether the current user manages a Caf's template: its agents (their Caf's), administrators (any Caf's). */
    public boolean manages() {
        Role role = CurrentUser.require().role();
        return role == Role.CAF_AGENT || role == Role.ADMIN;
    }

    /** Whether the current user names the Caf whose template they manage (an administrator) rather than having one. */
    public boolean picksTheCaf() {
        return CurrentUser.require().role() == Role.ADMIN;
    }

    /** Checks and stores a new version of the Caf's template; returns its version label. */
    public String upload(UUID cafId, String fileName, byte[] content) {
        PiloteUser user = CurrentUser.require();
        UUID caf = caf(user, cafId);
        if (content.length > MAX_BYTES) throw DomainException.invalid(DocumentErrors.TEMPLATE_TOO_LARGE);
        TemplateCheck.check(content, templates.knownNames());
        String version = templates.add(caf, fileName, content, clock.instant(), user.getUsername());
        audit.record(new AuditRecord(
                ENTITY,
                caf.toString(),
                "uploaded",
                messages.getMessage("documents.audit.template", new Object[] {version, fileName}, Locale.FRENCH),
                List.of(),
                Footprint.ofOrganisation(caf)));
        return version;
    }

    /** The Caf whose template a user reads or replaces: an agent's own, the one an administrator names. */
    private static UUID caf(PiloteUser user, UUID cafId) {
        return switch (user.role()) {
            case CAF_AGENT -> {
                if (cafId != null && !cafId.equals(user.organisationId())) throw forbidden();
                yield user.organisationId();
            }
            case ADMIN -> {
                if (cafId == null) throw DomainException.invalid(DocumentErrors.TEMPLATE_CAF_REQUIRED);
                yield cafId;
            }
            default -> throw forbidden();
        };
    }

    private static DomainException forbidden() {
        return new DomainException(ErrorKind.FORBIDDEN, DocumentErrors.TEMPLATE_FORBIDDEN);
    }
}
