package fr.pilotectg.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The load test's users (run by {@code scripts/load-test.sh} with the Java source launcher, never by the test suite): signed-in people browsing the
 * portfolio, a convention, its plan and the register, saving a fiche now and then; and the register import started on
 * one instance and awaited on another. Only the JDK's HTTP client and Jackson.
 *
 * <pre>
 * load         BASE USERS SECONDS CONVENTION_LLH CONVENTION_ARMENTIERES FICHE_IDS(comma-separated)
 * import-start BASE ROWS           (prints the import's id)
 * import-await BASE JOB_ID SECONDS
 * </pre>
 */
public final class LoadDriver {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
    private static final Pattern JOB = Pattern.compile("/equipements/imports/([0-9a-f-]{36})");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The fields of the fiche API's request (a fiche read by GET carries more, which the PUT refuses). */
    private static final Set<String> FICHE_FIELDS = Set.of(
            "version",
            "axisId",
            "progress",
            "title",
            "targetPublic",
            "diagnostic",
            "objectives",
            "steps",
            "milestones",
            "services",
            "expectedResults",
            "partners",
            "indicators",
            "pilotId",
            "referents",
            "budget",
            "fundings",
            "links",
            "attachments",
            "note");

    private LoadDriver() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args);
            case "import-start" -> System.out.println(startImport(args[1], Integer.parseInt(args[2])));
            case "import-await" -> System.exit(awaitImport(args[1], args[2], Integer.parseInt(args[3])) ? 0 : 1);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ---------------------------------------------------------------- the browsing users

    private record Persona(String login, List<String> conventions, boolean savesFiches) {}

    private static final Map<String, List<Long>> TIMES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    private static final AtomicLong CONFLICTS = new AtomicLong();

    private static void load(String[] args) throws InterruptedException {
        String base = args[1];
        int users = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        String llh = args[4];
        String armentieres = args[5];
        List<String> fiches = args.length > 6 && !args[6].isBlank() ? List.of(args[6].split(",")) : List.of();
        List<Persona> personas = List.of(
                new Persona("caf-nord", List.of(llh, armentieres), true),
                new Persona("lille", List.of(llh), false),
                new Persona("lomme", List.of(llh), false),
                new Persona("armentieres", List.of(armentieres), false),
                new Persona("lecteur", List.of(llh), false),
                new Persona("caf-pas-de-calais", List.of(), false),
                new Persona("departement-nord", List.of(), false));

        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(users);
        for (int i = 0; i < users; i++) {
            Persona persona = personas.get(i % personas.size());
            long delay = seconds * 1000L / 6 * i / users; // sign-ins spread over the first sixth of the run
            Thread thread = new Thread(
                    () -> {
                        try {
                            Thread.sleep(delay);
                            browse(base, persona, fiches, end);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            done.countDown();
                        }
                    },
                    "user-" + i);
            thread.start();
        }
        done.await();
        report((System.nanoTime() - start) / 1e9, users);
    }

    private static void browse(String base, Persona persona, List<String> fiches, long end)
            throws InterruptedException {
        Session session = new Session(base);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (!session.signIn(persona.login(), "demo")) return;
        int round = 0;
        while (System.nanoTime() < end) {
            session.page("portefeuille", "/conventions");
            for (String convention : persona.conventions()) {
                session.page("convention", "/conventions/" + convention);
                session.page("plan", "/conventions/" + convention + "/plan");
            }
            session.page("registre", "/equipements");
            if (persona.savesFiches() && !fiches.isEmpty() && round % 5 == 4) {
                session.saveFiche(persona.login(), fiches.get(random.nextInt(fiches.size())));
            }
            round++;
            Thread.sleep(random.nextLong(500, 1500)); // a person reads the page
        }
    }

    private static void record(String kind, long nanos) {
        TIMES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(nanos);
    }

    private static void error(String what) {
        ERRORS.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    private static void report(double seconds, int users) {
        List<Long> all = new ArrayList<>();
        TIMES.values().forEach(all::addAll);
        long errors = ERRORS.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(
                "%n%d users, %.0f s: %d requests, %.1f requests/s, %d errors, %d conflicts (409, expected)%n",
                users, seconds, all.size(), all.size() / seconds, errors, CONFLICTS.get());
        System.out.printf("%-14s %8s %8s %8s %8s%n", "page", "count", "p50 ms", "p95 ms", "p99 ms");
        TIMES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> line(e.getKey(), e.getValue()));
        line("all", all);
        ERRORS.forEach((what, count) -> System.out.printf("error: %s × %d%n", what, count.get()));
        System.out.println("LOAD RESULT errors=" + errors);
    }

    private static void line(String name, List<Long> times) {
        List<Long> sorted;
        synchronized (times) {
            sorted = new ArrayList<>(times);
        }
        Collections.sort(sorted);
        System.out.printf(
                "%-14s %8d %8.0f %8.0f %8.0f%n",
                name, sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return Double.NaN;
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    // ---------------------------------------------------------------- the register import across instances

    private static String startImport(String base, int rows) throws IOException {
        Session session = new Session(base);
        if (!session.signIn("caf-nord", "demo")) throw new IllegalStateException("caf-nord could not sign in");
        StringBuilder csv = new StringBuilder("Type;Nom;Commune;Capacité\n");
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= rows; i++) {
            csv.append("Multi-accueil;Charge ")
                    .append(batch)
                    .append(' ')
                    .append(i)
                    .append(";59350;20\n");
        }
        session.get("/equipements/imports");
        HttpResponse<String> upload = session.postFile("/equipements/imports", "charge.csv", csv.toString());
        Matcher job = JOB.matcher(upload.headers().firstValue("Location").orElse(""));
        if (!job.find())
            throw new IllegalStateException("upload refused: " + upload.statusCode() + " " + upload.body());
        String id = job.group(1);
        session.get("/equipements/imports/" + id);
        HttpResponse<String> check = session.post(
                "/equipements/imports/" + id + "/check",
                Map.of("column_TYPE", "0", "column_NAME", "1", "column_COMMUNE", "2", "column_CAPACITY", "3"));
        if (check.statusCode() != 302) throw new IllegalStateException("check refused: " + check.statusCode());
        return id;
    }

    private static boolean awaitImport(String base, String id, int seconds) throws InterruptedException {
        Session session = new Session(base);
        if (!session.signIn("caf-nord", "demo")) return false;
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(seconds).toNanos()) {
            HttpResponse<String> status = session.get("/equipements/imports/" + id + "/status");
            if (status.statusCode() == 200
                    && "true".equals(status.headers().firstValue("HX-Refresh").orElse(""))) {
                System.out.printf(
                        "import %s finished after %.0f s of waiting%n", id, (System.nanoTime() - start) / 1e9);
                return true;
            }
            Thread.sleep(2000);
        }
        System.out.println("import " + id + " did not finish within " + seconds + " s");
        return false;
    }

    // ---------------------------------------------------------------- one person's browser, without the browser

    private static final class Session {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final String base;
        private String csrf = "";

        Session(String base) {
            this.base = base;
        }

        boolean signIn(String login, String password) {
            try {
                get("/login");
                HttpResponse<String> answer = post("/login", Map.of("username", login, "password", password));
                String location = answer.headers().firstValue("Location").orElse("");
                if (answer.statusCode() != 302 || location.contains("error")) {
                    error("sign-in refused (" + answer.statusCode() + ")");
                    return false;
                }
                get("/account"); // signing in renews the CSRF token
                return true;
            } catch (RuntimeException e) {
                error("sign-in: " + e.getClass().getSimpleName());
                return false;
            }
        }

        void page(String kind, String path) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer = get(path);
                record(kind, System.nanoTime() - start);
                if (answer.statusCode() == 302
                        && answer.headers().firstValue("Location").orElse("").contains("/login")) {
                    error(kind + ": session lost (sent to sign in)");
                } else if (answer.statusCode() != 200) {
                    error(kind + ": HTTP " + answer.statusCode());
                }
            } catch (RuntimeException e) {
                record(kind, System.nanoTime() - start);
                error(kind + ": " + e.getClass().getSimpleName());
            }
        }

        /** Reads a fiche through the API and saves it back unchanged with the version read. */
        void saveFiche(String login, String fiche) {
            long start = System.nanoTime();
            try {
                String basic = "Basic "
                        + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
                HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/fiches/" + fiche))
                        .header("Authorization", basic)
                        .GET());
                ObjectNode body = (ObjectNode) JSON.readTree(read.body());
                List<String> extra = new ArrayList<>();
                body.propertyNames().forEach(name -> {
                    if (!FICHE_FIELDS.contains(name)) extra.add(name);
                });
                body.remove(extra);
                HttpResponse<String> saved = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/fiches/" + fiche))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
                record("fiche (API)", System.nanoTime() - start);
                if (saved.statusCode() == 409) CONFLICTS.incrementAndGet();
                else if (saved.statusCode() != 200)
                    error("fiche (API): HTTP " + saved.statusCode() + " " + code(saved));
            } catch (RuntimeException e) {
                record("fiche (API)", System.nanoTime() - start);
                error("fiche (API): " + e.getClass().getSimpleName());
            }
        }

        private static String code(HttpResponse<String> answer) {
            try {
                JsonNode problem = JSON.readTree(answer.body());
                return problem.path("code").asString("");
            } catch (RuntimeException e) {
                return "";
            }
        }

        HttpResponse<String> get(String path) {
            HttpResponse<String> answer =
                    send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            Matcher token = CSRF.matcher(answer.body());
            if (token.find()) csrf = token.group(1);
            return answer;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String form = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> postFile(String path, String filename, String content) {
            String boundary = "----load" + UUID.randomUUID();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(
                        request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
