package fr.pilotectg.benchmark;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main pages and API lists of one Caf agent timed over HTTP, each beside its raw SQL floor: the plain queries that
 * return the same rows, timed in the same run on the same database (issue 15). The goal: every page at most 100 ms and
 * within 2 × its floor + 20 ms. Shared by the demo-scale and national-scale benchmarks.
 */
final class ScaleBenchmark {

    /** A page or API list, the SQL that returns its rows (the floor), and the floor's parameters. */
    record Case(String name, String path, List<String> floor, Map<String, Object> params) {}

    private ScaleBenchmark() {}

    /** The cases for the agent {@code login}: its Caf's départements, a convention in force of its and its commune. */
    static List<Case> cases(JdbcClient jdbc, String login) {
        Map<String, Object> reach = jdbc.sql("""
                        SELECT o.id AS org, o.departements AS deps FROM directory.user_account u
                        JOIN directory.organisation o ON o.id = u.organisation_id WHERE u.username = :login""")
                .param("login", login)
                .query((rs, n) -> Map.<String, Object>of(
                        "org",
                        rs.getObject("org", UUID.class),
                        "deps",
                        rs.getArray("deps").getArray()))
                .single();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("orgs", new UUID[] {(UUID) reach.get("org")});
        p.put("deps", reach.get("deps"));
        String covers = "(c.organisations && CAST(:orgs AS uuid[]) OR c.departements && CAST(:deps AS text[]))";
        UUID convention = jdbc.sql(
                        "SELECT c.id FROM convention.convention c WHERE " + covers
                                + " AND c.status = 'ACTIVE' ORDER BY (SELECT count(*) FROM actionplan.fiche f WHERE f.convention_id = c.id) DESC, c.id LIMIT 1")
                .params(p)
                .query(UUID.class)
                .single();
        String commune = jdbc.sql("SELECT communes[1] FROM convention.convention WHERE id = :id")
                .param("id", convention)
                .query(String.class)
                .single();
        p.put("id", convention);
        p.put("commune", commune);
        String portfolio = "SELECT c.*, count(*) OVER () FROM convention.convention c WHERE " + covers
                + " ORDER BY c.end_date, c.title, c.id LIMIT :limit";
        String audit =
                "SELECT * FROM platform.audit_event c WHERE " + covers + " ORDER BY occurred_at DESC, id DESC LIMIT 50";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("home page /", "/", List.of(portfolio.replace(":limit", "32")), p));
        cases.add(new Case("portfolio /conventions", "/conventions", List.of(portfolio.replace(":limit", "25")), p));
        cases.add(new Case(
                "convention page",
                "/conventions/" + convention,
                List.of(
                        "SELECT * FROM convention.convention WHERE id = :id",
                        "SELECT * FROM convention.convention_version WHERE convention_id = :id"),
                p));
        cases.add(new Case(
                "action plan",
                "/conventions/" + convention + "/plan",
                List.of(
                        "SELECT * FROM actionplan.axis WHERE convention_id = :id ORDER BY position",
                        "SELECT * FROM actionplan.fiche WHERE convention_id = :id ORDER BY position"),
                p));
        cases.add(new Case(
                "governance",
                "/conventions/" + convention + "/gouvernance",
                List.of(
                        "SELECT * FROM governance.body WHERE convention_id = :id",
                        "SELECT * FROM governance.meeting WHERE convention_id = :id",
                        "SELECT * FROM governance.post WHERE convention_id = :id"),
                p));
        cases.add(new Case(
                "financing schedule",
                "/conventions/" + convention + "/financement/echeancier",
                List.of(
                        "SELECT * FROM convention.convention WHERE id = :id",
                        "SELECT * FROM financing.inputs WHERE convention_id = :id",
                        "SELECT * FROM financing.parameter",
                        "SELECT * FROM financing.line_status WHERE convention_id = :id"),
                p));
        cases.add(new Case(
                "register /equipements",
                "/equipements?communes=" + commune,
                List.of("SELECT * FROM equipment.equipment WHERE commune_code = :commune ORDER BY name LIMIT 50"),
                p));
        cases.add(new Case(
                "journal /audit",
                "/audit",
                List.of("SELECT count(*) FROM platform.audit_event c WHERE " + covers, audit),
                p));
        cases.add(new Case(
                "deliberations",
                "/deliberations",
                List.of("SELECT * FROM deliberation.deliberation ORDER BY seance_date DESC LIMIT 20"),
                p));
        cases.add(new Case(
                "API /api/v1/conventions", "/api/v1/conventions", List.of(portfolio.replace(":limit", "20")), p));
        cases.add(new Case(
                "API /api/v1/audit",
                "/api/v1/audit",
                List.of("SELECT count(*) FROM platform.audit_event c WHERE " + covers, audit),
                p));
        return cases;
    }

    /** Times every case (pages signed in, API with a personal token) and its floor; returns the report. */
    static String run(String title, int port, JdbcClient jdbc, String login, String token) throws Exception {
        Timings timings = new Timings(port, 10, 60);
        HttpClient pages = timings.signedIn(login);
        HttpClient api = HttpClient.newHttpClient();
        Map<String, List<Long>> floors = new LinkedHashMap<>();
        for (Case c : cases(jdbc, login)) {
            if (c.path().startsWith("/api/")) timings.time(c.name(), api, c.path(), "Authorization", "Bearer " + token);
            else timings.time(c.name(), pages, c.path());
            List<Long> floor = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                long start = System.nanoTime();
                for (String sql : c.floor())
                    jdbc.sql(sql).params(c.params()).query().listOfRows();
                if (i >= 10) floor.add(System.nanoTime() - start);
            }
            floors.put(c.name(), floor);
        }
        return timings.reportWithFloors(title, 32, floors);
    }
}
