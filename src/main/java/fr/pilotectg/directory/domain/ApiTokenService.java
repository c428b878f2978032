package fr.pilotectg.directory.domain;

import fr.pilotectg.platform.ApiTokenAuthenticator;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 32 random bytes shown once to their owner, kept only as a SHA-256 digest (a token is random
 * enough that a slow hash adds nothing), revocable, optionally with an end date.
 */
@Service
public class ApiTokenService implements ApiTokenAuthenticator {

    static final String PREFIX = "pct_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokenService(JdbcClient jdbc, UserAccountRepository users, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as its owner sees it in the list (never the secret). */
    public record TokenView(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt)
            implements java.io.Serializable {

        public boolean active(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /**
     * A new token: its secret, to show once. It crosses one redirect in the session (stored in PostgreSQL for that
     * instant, removed as soon as the page shows it), hence serialisable.
     */
    public record CreatedToken(TokenView token, String secret) implements java.io.Serializable {}

    @Transactional
    public CreatedToken create(PiloteUser owner, String name, LocalDate expiresOn) {
        if (name == null || name.isBlank())
            throw DomainException.invalidFields(List.of(FieldProblem.of("name", "REQUIRED")));
        if (name.length() > 100) throw DomainException.invalidFields(List.of(FieldProblem.of("name", "TOO_LONG", 100)));
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("expiresOn", "DATE_NOT_IN_FUTURE")));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = expiresOn == null
                ? null
                : expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        jdbc.sql("""
                        INSERT INTO directory.api_token (id, user_id, name, token_hash, token_prefix, created_at, expires_at)
                        VALUES (:id, :user, :name, :hash, :prefix, :now, :expires)""")
                .param("id", id)
                .param("user", owner.id())
                .param("name", name.trim())
                .param("hash", digest(secret))
                .param("prefix", secret.substring(0, 10))
                .param("now", OffsetDateTime.ofInstant(now, clock.getZone()))
                .param("expires", expires == null ? null : OffsetDateTime.ofInstant(expires, clock.getZone()))
                .update();
        audit.record(new AuditRecord(
                "api-token",
                id.toString(),
                "created",
                "Jeton d'API « " + name.trim() + " » créé",
                List.of(),
                Footprint.ofOrganisation(owner.organisationId())));
        return new CreatedToken(
                new TokenView(id, name.trim(), secret.substring(0, 10), now, expires, null, null), secret);
    }

    @Transactional(readOnly = true)
    public List<TokenView> tokensOf(PiloteUser owner) {
        return jdbc.sql("SELECT * FROM directory.api_token WHERE user_id = :user ORDER BY created_at DESC")
                .param("user", owner.id())
                .query((rs, i) -> new TokenView(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("token_prefix"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the owner's own tokens; another user's token is "not found". */
    @Transactional
    public void revoke(PiloteUser owner, UUID tokenId) {
        int updated = jdbc.sql(
                        "UPDATE directory.api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("now", OffsetDateTime.now(clock))
                .param("id", tokenId)
                .param("user", owner.id())
                .update();
        if (updated == 0) throw DomainException.notFound("API_TOKEN_NOT_FOUND");
        audit.record(new AuditRecord(
                "api-token",
                tokenId.toString(),
                "revoked",
                "Jeton d'API révoqué",
                List.of(),
                Footprint.ofOrganisation(owner.organisationId())));
    }

    @Override
    @Transactional
    public Optional<PiloteUser> authenticate(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(PREFIX)) return Optional.empty();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<UUID> userId = jdbc.sql("""
                        UPDATE directory.api_token SET last_used_at = :now
                        WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
                        RETURNING user_id""")
                .param("now", now)
                .param("hash", digest(rawToken))
                .query(UUID.class)
                .optional();
        return userId.flatMap(users::findPrincipal);
    }

    static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
