package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.ThrottledSignIn;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.SignInThrottle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling with exponential back-off (ADR 0012), in PostgreSQL so that every instance sees the same counters.
 * Failures are counted for two keys: the login as typed together with the source address, and the source address alone
 * (login {@code ''}). Past the free attempts of a key, each failure makes it wait {@code base-delay × 2^(n-1)}, at most
 * {@code max-delay}. A success clears its (login, address) key; a key also starts afresh once {@code window} has passed
 * since its last failure. There is no account-wide key: failures from one address never slow the owner down elsewhere,
 * and API tokens are never throttled. Known and unknown logins are counted alike, so throttling tells nothing about
 * which accounts exist. When a key starts to be slowed down, the audit journal says so (admins only).
 */
@Component
public class LoginThrottle implements SignInThrottle {

    static final String ADDRESS_WIDE = "";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final MessageSource messages;
    private final int freeAttempts;
    private final int addressFreeAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock,
            MessageSource messages,
            @Value("${pilote.security.throttle.free-attempts:3}") int freeAttempts,
            @Value("${pilote.security.throttle.address-free-attempts:20}") int addressFreeAttempts,
            @Value("${pilote.security.throttle.base-delay:1s}") Duration baseDelay,
            @Value("${pilote.security.throttle.max-delay:15m}") Duration maxDelay,
            @Value("${pilote.security.throttle.window:1h}") Duration window) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
        this.freeAttempts = freeAttempts;
        this.addressFreeAttempts = addressFreeAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.window = window;
    }

    @Override
    @Transactional(readOnly = true)
    public Duration delayFor(String login, String address) {
        Instant now = clock.instant();
        Timestamp until = jdbc.sql("""
                        SELECT max(blocked_until) FROM directory.login_throttle
                        WHERE address = :address AND login IN (:login, '')""")
                .param("address", address(address))
                .param("login", key(login))
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return until == null || !until.toInstant().isAfter(now)
                ? Duration.ZERO
                : Duration.between(now, until.toInstant());
    }

    @Override
    @Transactional
    public void failed(String typedLogin, String rawAddress) {
        String login = key(typedLogin);
        if (login.isEmpty()) return;
        String address = address(rawAddress);
        Instant now = clock.instant();
        fail(login, address, freeAttempts, now);
        fail(ADDRESS_WIDE, address, addressFreeAttempts, now);
        jdbc.sql("DELETE FROM directory.login_throttle WHERE last_failure_at < :cutoff")
                .param("cutoff", at(now.minus(window)))
                .update();
    }

    @Override
    @Transactional
    public void succeeded(String typedLogin, String rawAddress) {
        String login = key(typedLogin);
        if (login.isEmpty()) return;
        // The address-wide key is not cleared: an attacker with an account of their own must not reset it by signing
        // in.
        jdbc.sql("DELETE FROM directory.login_throttle WHERE login = :login AND address = :address")
                .param("login", login)
                .param("address", address(rawAddress))
                .update();
    }

    /** The keys slowed down since {@code since}, the latest first. */
    @Transactional(readOnly = true)
    public List<ThrottledSignIn> recent(Duration since, int limit) {
        return jdbc.sql("""
                        SELECT * FROM directory.login_throttle
                        WHERE throttled_since IS NOT NULL AND last_failure_at >= :since
                        ORDER BY last_failure_at DESC LIMIT :limit""")
                .param("since", at(clock.instant().minus(since)))
                .param("limit", limit)
                .query(LoginThrottle::throttled)
                .list();
    }

    private void fail(String login, String address, int free, Instant now) {
        OffsetDateTime at = at(now);
        var row = jdbc.sql("""
                        INSERT INTO directory.login_throttle AS t (login, address, failures, first_failure_at, last_failure_at)
                        VALUES (:login, :address, 1, :now, :now)
                        ON CONFLICT (login, address) DO UPDATE SET
                            failures = CASE WHEN t.last_failure_at < :windowStart THEN 1 ELSE t.failures + 1 END,
                            first_failure_at = CASE WHEN t.last_failure_at < :windowStart THEN :now ELSE t.first_failure_at END,
                            throttled_since = CASE WHEN t.last_failure_at < :windowStart THEN NULL ELSE t.throttled_since END,
                            blocked_until = CASE WHEN t.last_failure_at < :windowStart THEN NULL ELSE t.blocked_until END,
                            last_failure_at = :now
                        RETURNING failures, throttled_since IS NOT NULL AS already""")
                .param("login", login)
                .param("address", address)
                .param("now", at)
                .param("windowStart", at(now.minus(window)))
                .query((rs, i) -> new Object[] {rs.getInt("failures"), rs.getBoolean("already")})
                .single();
        int failures = (Integer) row[0];
        if (failures <= free) return;
        Duration delay = delay(failures - free);
        jdbc.sql("""
                        UPDATE directory.login_throttle SET blocked_until = :until, throttled_since = coalesce(throttled_since, :now)
                        WHERE login = :login AND address = :address""")
                .param("until", at(now.plus(delay)))
                .param("now", at)
                .param("login", login)
                .param("address", address)
                .update();
        if (!(Boolean) row[1]) {
            String summary = messages.getMessage(
                    login.isEmpty() ? "directory.audit.throttled.address" : "directory.audit.throttled.login",
                    new Object[] {login, address, String.valueOf(failures), String.valueOf(maxDelay.toMinutes())},
                    Locale.FRANCE);
            audit.record(new AuditRecord(
                    "sign-in",
                    login.isEmpty() ? address : login + "@" + address,
                    "throttled",
                    summary,
                    List.of(),
                    Footprint.administratorsOnly()));
        }
    }

    /** {@code base × 2^(n-1)} for the n-th failure past the free attempts, at most {@code max-delay}. */
    Duration delay(int beyondFree) {
        int shift = Math.min(beyondFree - 1, 30);
        Duration delay = baseDelay.multipliedBy(1L << shift);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    static String key(String login) {
        if (login == null) return "";
        String trimmed = login.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
    }

    private static String address(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ThrottledSignIn throttled(ResultSet rs, int row) throws SQLException {
        String login = rs.getString("login");
        Timestamp blocked = rs.getTimestamp("blocked_until");
        return new ThrottledSignIn(
                login.isEmpty() ? null : login,
                rs.getString("address"),
                rs.getInt("failures"),
                rs.getTimestamp("throttled_since").toInstant(),
                rs.getTimestamp("last_failure_at").toInstant(),
                blocked == null ? null : blocked.toInstant());
    }
}
