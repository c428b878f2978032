package fr.pilotectg.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.directory.domain.ApiTokenService;
import fr.pilotectg.directory.domain.UserAccountRepository;
import fr.pilotectg.platform.PageSession;
import fr.pilotectg.platform.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in throttling (ADR 0012): per login and address, per address; never per account; API tokens untouched. */
@IntegrationTest
class SignInThrottleIntegrationTests {

    private static final String PASSWORD = "le-bon-mot-de-passe";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Value("${pilote.security.throttle.base-delay}")
    java.time.Duration baseDelay;

    @Test
    void anAttackerFailingFiftyTimesFromOneAddressDoesNotStopTheOwnerElsewhereNorTheirToken() {
        String login = newUser();
        String token = tokens.create(users.findPrincipal(login).orElseThrow(), "Script", null)
                .secret();
        String attacker = address();
        String owner = address();

        int throttled = 0;
        for (int i = 0; i < 50; i++) {
            int status = Api.as(port, login, "devine-" + i)
                    .from(attacker)
                    .get("/api/v1/me")
                    .status();
            assertThat(status).isIn(401, 429);
            if (status == 429) throttled++;
        }
        assertThat(throttled)
                .as("the attacker is slowed down after three free attempts and one more failure")
                .isEqualTo(46);
        // The owner signs in from theirs, by password, by the login form, and by token from anywhere.
        assertThat(Api.as(port, login, PASSWORD).from(owner).get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(formLogin(login, PASSWORD, owner)).doesNotContain("error");
        assertThat(Api.withToken(port, token).from(owner).get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(Api.withToken(port, token).from(attacker).get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void theBackOffDoublesWithEachFailureAndASuccessResetsIt() {
        String login = newUser();
        String from = address();
        for (int i = 0; i < 3; i++)
            assertThat(Api.as(port, login, "faux").from(from).get("/api/v1/me").status())
                    .isEqualTo(401);
        assertThat(Api.as(port, login, "faux").from(from).get("/api/v1/me").status())
                .isEqualTo(401); // 4th: throttling starts
        long base = baseDelay.toSeconds();
        for (int i = 0; i < 3; i++) {
            Api.Response refused = Api.as(port, login, PASSWORD).from(from).get("/api/v1/me");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.code()).isEqualTo("SIGN_IN_THROTTLED");
            assertThat(blockedSeconds(login, from)).isEqualTo(base << i);
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween((base << i) - 10, base << i);
            expireBlock(login, from); // as if the wait had passed
            assertThat(Api.as(port, login, "faux").from(from).get("/api/v1/me").status())
                    .isEqualTo(401);
        }
        assertThat(blockedSeconds(login, from)).isEqualTo(base << 3);

        expireBlock(login, from);
        assertThat(Api.as(port, login, PASSWORD).from(from).get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM directory.login_throttle WHERE login = :l")
                        .param("l", login)
                        .query(Long.class)
                        .single())
                .isZero();
        // Counting starts again from zero: three free attempts, then the right password goes through at once.
        for (int i = 0; i < 3; i++)
            assertThat(Api.as(port, login, "faux").from(from).get("/api/v1/me").status())
                    .isEqualTo(401);
        assertThat(Api.as(port, login, PASSWORD).from(from).get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void knownAndUnknownLoginsGetTheSameAnswersAndThrottlingIsAudited() {
        String known = newUser();
        String unknown = "personne-" + UUID.randomUUID().toString().substring(0, 8);
        String fromKnown = address();
        String fromUnknown = address();
        Api.Response knownFailure = Api.as(port, known, "faux").from(fromKnown).get("/api/v1/me");
        Api.Response unknownFailure =
                Api.as(port, unknown, "faux").from(fromUnknown).get("/api/v1/me");
        assertThat(knownFailure.status()).isEqualTo(unknownFailure.status()).isEqualTo(401);
        assertThat(knownFailure.body()).isEqualTo(unknownFailure.body());
        assertThat(knownFailure.header("WWW-Authenticate")).isEqualTo(unknownFailure.header("WWW-Authenticate"));
        for (int i = 0; i < 3; i++) {
            Api.as(port, known, "faux").from(fromKnown).get("/api/v1/me");
            Api.as(port, unknown, "faux").from(fromUnknown).get("/api/v1/me");
        }
        Api.Response knownThrottled =
                Api.as(port, known, PASSWORD).from(fromKnown).get("/api/v1/me");
        Api.Response unknownThrottled =
                Api.as(port, unknown, PASSWORD).from(fromUnknown).get("/api/v1/me");
        assertThat(knownThrottled.status()).isEqualTo(unknownThrottled.status()).isEqualTo(429);
        assertThat(knownThrottled.body()).isEqualTo(unknownThrottled.body());
        assertThat(formLogin(known, PASSWORD, fromKnown))
                .isEqualTo(formLogin(unknown, PASSWORD, fromUnknown))
                .endsWith("/login?error");

        for (String[] key : new String[][] {{known, fromKnown}, {unknown, fromUnknown}}) {
            assertThat(jdbc.sql("""
                            SELECT summary FROM platform.audit_event
                            WHERE entity_type = 'sign-in' AND action = 'throttled' AND entity_id = :id""")
                            .param("id", key[0] + "@" + key[1])
                            .query(String.class)
                            .list())
                    .singleElement()
                    .asString()
                    .contains("Connexions freinées", "« " + key[0] + " »", key[1], "4 échecs");
        }
    }

    @Test
    void anAddressFailingOnManyLoginsIsSlowedDownForAllOfThemAndAdminsSeeIt() {
        String from = address();
        for (int i = 0; i < 21; i++) {
            assertThat(Api.as(port, "pulverisation-" + i + "-" + UUID.randomUUID(), "faux")
                            .from(from)
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(401);
        }
        String login = newUser();
        assertThat(Api.as(port, login, PASSWORD).from(from).get("/api/v1/me").status())
                .isEqualTo(429);
        assertThat(Api.as(port, login, PASSWORD)
                        .from(address())
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.audit_event
                        WHERE entity_type = 'sign-in' AND action = 'throttled' AND entity_id = :id AND summary LIKE '%toutes identités%'""").param("id", from).query(Long.class).single()).isEqualTo(1);

        PageSession admin = PageSession.signIn(port, "admin", "demo");
        assertThat(admin.get("/").body())
                .contains("Connexions freinées")
                .contains(from)
                .contains("/audit?type=sign-in");
        assertThat(admin.get("/audit?type=sign-in").body())
                .contains("Connexions freinées toutes identités confondues depuis l&#39;adresse " + from);
        assertThat(PageSession.signIn(port, "caf-nord", "demo").get("/").body()).doesNotContain("Connexions freinées");
    }

    private String newUser() {
        String login = "frein-" + UUID.randomUUID().toString().substring(0, 8);
        UUID organisation = jdbc.sql("SELECT organisation_id FROM directory.user_account WHERE username = 'lens'")
                .query(UUID.class)
                .single();
        users.insert(
                UUID.randomUUID(), login, "Test freinage", encoder.encode(PASSWORD), organisation, Role.READER, false);
        return login;
    }

    private static String address() {
        var random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 255) + "." + random.nextInt(1, 255);
    }

    private long blockedSeconds(String login, String address) {
        return jdbc.sql("""
                        SELECT round(extract(epoch FROM blocked_until - last_failure_at)) FROM directory.login_throttle
                        WHERE login = :login AND address = :address""")
                .param("login", login)
                .param("address", address)
                .query(Long.class)
                .single();
    }

    private void expireBlock(String login, String address) {
        jdbc.sql("""
                        UPDATE directory.login_throttle
                        SET blocked_until = blocked_until - interval '1 hour', last_failure_at = last_failure_at - interval '1 hour' + interval '1 minute',
                            first_failure_at = first_failure_at - interval '1 hour'
                        WHERE address = :address AND login IN (:login, '')""").param("login", login).param("address", address).update();
    }

    /** Signs in through the login form from {@code address}; answers where the form sends the browser. */
    private String formLogin(String login, String password, String address) {
        try {
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager())
                    .build();
            String page = client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Forwarded-For", address)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=" + login + "&password=" + password + "&_csrf=" + csrf))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
