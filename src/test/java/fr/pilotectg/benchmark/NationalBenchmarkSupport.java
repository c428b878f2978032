package fr.pilotectg.benchmark;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the national data set's command and benchmark share. */
final class NationalBenchmarkSupport {

    private NationalBenchmarkSupport() {}

    /**
     * The login of an agent of the generated Caf with the most conventions (created once, password "demo" like the
     * demo users).
     */
    static String cafAgent(JdbcClient jdbc) {
        String login = "caf-national";
        UUID caf = jdbc.sql("""
                        SELECT caf_id FROM convention.convention
                        WHERE caf_id IN (SELECT id FROM directory.organisation WHERE name LIKE '%(jeu national)' AND kind = 'CAF')
                        GROUP BY caf_id ORDER BY count(*) DESC, caf_id LIMIT 1""").query(UUID.class).single();
        jdbc.sql("""
                        INSERT INTO directory.user_account (id, username, display_name, password_hash, organisation_id, role, created_at)
                        SELECT :id, :login, 'Agent Caf (jeu national)', password_hash, :caf, 'CAF_AGENT', now()
                        FROM directory.user_account WHERE username = 'caf-nord'
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.nameUUIDFromBytes(login.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .param("login", login)
                .param("caf", caf)
                .update();
        return login;
    }

    /** A personal API token of {@code login} (created once), so that API timings do not include a password hash. */
    static String token(JdbcClient jdbc, String login) {
        String token = "pct_benchmark_" + login;
        jdbc.sql("""
                        INSERT INTO directory.api_token (id, user_id, name, token_hash, token_prefix, created_at)
                        SELECT :id, u.id, 'Benchmark', encode(sha256(convert_to(:token, 'UTF8')), 'hex'), left(:token, 10), now()
                        FROM directory.user_account u WHERE u.username = :login
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.nameUUIDFromBytes(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .param("token", token)
                .param("login", login)
                .update();
        return token;
    }
}
