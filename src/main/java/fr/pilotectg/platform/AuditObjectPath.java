package fr.pilotectg.platform;

/**
 * Where the page of an object the audit trail names is: a module declares one bean per entity type it records, with
 * {@code {id}} standing for the entity's id ({@code new AuditObjectPath("convention", "/conventions/{id}")}). The
 * journal links each row to its object's page, or to the object's history when no module declares one.
 */
public record AuditObjectPath(String entityType, String pathTemplate) {

    public AuditObjectPath {
        if (entityType == null || entityType.isBlank()) throw new IllegalArgumentException("entityType");
        if (pathTemplate == null || !pathTemplate.startsWith("/") || !pathTemplate.contains("{id}"))
            throw new IllegalArgumentException("pathTemplate");
    }

    public String pathOf(String entityId) {
        return pathTemplate.replace(
                "{id}", java.net.URLEncoder.encode(entityId, java.nio.charset.StandardCharsets.UTF_8));
    }
}
