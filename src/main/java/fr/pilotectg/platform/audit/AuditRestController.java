package fr.pilotectg.platform.audit;

import fr.pilotectg.platform.AuditEntry;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Journal des modifications")
class AuditRestController {

    private final AuditTrail audit;

    AuditRestController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(
            summary =
                    "Les modifications visibles par l'utilisateur, les plus récentes d'abord ; filtre par type et identifiant d'élément")
    PageResult<AuditEntry> journal(
            @RequestParam(name = "entityType", defaultValue = "") String entityType,
            @RequestParam(name = "entityId", required = false) String entityId,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        PageQuery query = new PageQuery(page, size);
        return entityId == null || entityId.isBlank()
                ? audit.journal(entityType, query)
                : audit.history(entityType, entityId, query);
    }
}
