package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.UserView;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User accounts in SQL. Passwords are stored only as hashes from the platform's password encoder. */
@Repository
public class UserAccountRepository {

    private static final String SELECT = """
            SELECT u.*, o.name AS organisation_name, o.short_name AS organisation_short_name
            FROM directory.user_account u JOIN directory.organisation o ON o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    UserAccountRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<PiloteUser> findPrincipal(String username) {
        return jdbc.sql(SELECT + " WHERE lower(u.username) = lower(:username)")
                .param("username", username)
                .query(this::principal)
                .optional();
    }

    public Optional<PiloteUser> findPrincipal(UUID id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id")
                .param("id", id)
                .query(this::principal)
                .optional();
    }

    public Optional<UserView> findView(UUID id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id")
                .param("id", id)
                .query(this::view)
                .optional();
    }

    public PageResult<UserView> list(UUID organisationId, PageQuery page) {
        String where = organisationId == null ? "" : " WHERE u.organisation_id = :org";
        var count = jdbc.sql("SELECT count(*) FROM directory.user_account u" + where);
        var select = jdbc.sql(SELECT + where + " ORDER BY o.name, u.username LIMIT :limit OFFSET :offset");
        if (organisationId != null) {
            count = count.param("org", organisationId);
            select = select.param("org", organisationId);
        }
        long total = count.query(Long.class).single();
        return PageResult.of(
                select.param("limit", page.size())
                        .param("offset", page.offset())
                        .query(this::view)
                        .list(),
                page,
                total);
    }

    /**
     * The enabled accounts whose reach covers a footprint, by display name, at most {@code limit}: the rule of
     * {@code Reach.covers} written over the accounts' organisations. {@code communes} are the footprint's communes with
     * the parents of its communes associées (an organisation attached to Lille reaches Lomme); {@code epcis} the EPCI of
     * its communes (an organisation attached to an EPCI reaches its member communes). {@code among}, when not null,
     * keeps only those accounts.
     */
    public List<PiloteUser> enabledPrincipalsCovering(
            boolean national,
            Collection<UUID> organisations,
            Collection<String> communes,
            Collection<String> epcis,
            Collection<String> departements,
            @Nullable Collection<UUID> among,
            int limit) {
        return jdbc.sql(SELECT + """
                         WHERE u.enabled
                           AND (CAST(:among AS UUID[]) IS NULL OR u.id = ANY(CAST(:among AS UUID[])))
                           AND (u.role = 'ADMIN' OR :national
                                OR o.id = ANY(CAST(:organisations AS UUID[]))
                                OR EXISTS (SELECT 1 FROM directory.organisation_commune oc
                                           WHERE oc.organisation_id = o.id AND oc.commune_code = ANY(CAST(:communes AS TEXT[])))
                                OR EXISTS (SELECT 1 FROM directory.organisation_epci oe
                                           WHERE oe.organisation_id = o.id AND oe.epci_siren = ANY(CAST(:epcis AS TEXT[])))
                                OR (o.kind = 'CAF' AND o.departements && CAST(:departements AS TEXT[])))
                         ORDER BY u.display_name, u.username
                         LIMIT :limit""")
                .param("among", among == null ? null : among.toArray(UUID[]::new))
                .param("national", national)
                .param("organisations", organisations.toArray(UUID[]::new))
                .param("communes", communes.toArray(String[]::new))
                .param("epcis", epcis.toArray(String[]::new))
                .param("departements", departements.toArray(String[]::new))
                .param("limit", limit)
                .query(this::principal)
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM directory.user_account")
                .query(Long.class)
                .single();
    }

    public void insert(
            UUID id,
            String username,
            String displayName,
            String passwordHash,
            UUID organisationId,
            Role role,
            boolean mustChangePassword) {
        try {
            jdbc.sql("""
                            INSERT INTO directory.user_account (id, username, display_name, password_hash, organisation_id, role,
                                                                enabled, must_change_password, created_at)
                            VALUES (:id, :username, :display, :hash, :org, :role, TRUE, :mustChange, :now)""")
                    .param("id", id)
                    .param("username", username)
                    .param("display", displayName)
                    .param("hash", passwordHash)
                    .param("org", organisationId)
                    .param("role", role.name())
                    .param("mustChange", mustChangePassword)
                    .param("now", OffsetDateTime.now(clock))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("USERNAME_TAKEN", username);
        }
    }

    /** Changes what an admin may change; refuses if someone else changed the account since {@code version}. */
    public void update(UUID id, int version, String displayName, UUID organisationId, Role role, boolean enabled) {
        int updated = jdbc.sql("""
                        UPDATE directory.user_account SET display_name = :display, organisation_id = :org, role = :role,
                               enabled = :enabled, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("display", displayName)
                .param("org", organisationId)
                .param("role", role.name())
                .param("enabled", enabled)
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 0)
            throw new OptimisticLockingFailureException("user " + id + " changed since version " + version);
    }

    public void setPassword(UUID id, String passwordHash, boolean mustChange) {
        jdbc.sql("""
                        UPDATE directory.user_account SET password_hash = :hash, must_change_password = :mustChange,
                               version = version + 1
                        WHERE id = :id""")
                .param("hash", passwordHash)
                .param("mustChange", mustChange)
                .param("id", id)
                .update();
    }

    public String passwordHash(UUID id) {
        return jdbc.sql("SELECT password_hash FROM directory.user_account WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    public void recordSuccess(UUID id) {
        jdbc.sql("UPDATE directory.user_account SET last_login_at = :now WHERE id = :id")
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
    }

    private PiloteUser principal(ResultSet rs, int row) throws SQLException {
        String shortName = rs.getString("organisation_short_name");
        return new PiloteUser(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getObject("organisation_id", UUID.class),
                shortName == null ? rs.getString("organisation_name") : shortName,
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                false,
                rs.getBoolean("must_change_password"));
    }

    private UserView view(ResultSet rs, int row) throws SQLException {
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new UserView(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                lastLogin == null ? null : lastLogin.toInstant(),
                rs.getInt("version"));
    }
}
