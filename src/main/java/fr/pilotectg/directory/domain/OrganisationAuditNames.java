package fr.pilotectg.directory.domain;

import fr.pilotectg.platform.AuditNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names the organisations an audit row holds by id (an organisation changed, a deliberation's issuer): one statement. */
@Component
class OrganisationAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    OrganisationAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) return names;
        jdbc.sql("SELECT id, name FROM directory.organisation WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
        return names;
    }
}
