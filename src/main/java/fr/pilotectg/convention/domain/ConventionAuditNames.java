package fr.pilotectg.convention.domain;

import fr.pilotectg.platform.AuditNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names the conventions an audit row or the journal's filter holds by id (their current title): one statement. */
@Component
class ConventionAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    ConventionAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) return names;
        jdbc.sql("SELECT id, title FROM convention.convention WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("title")))
                .list();
        return names;
    }
}
