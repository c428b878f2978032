package fr.pilotectg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.Tabular;
import fr.pilotectg.platform.TabularUploads;
import fr.pilotectg.platform.Upload;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * The bulk import of conventions (issue 12 point 8, speed target: 200 conventions of 15 signatories, 40 communes and
 * 30 fiches checked in under 20 s and committed in under 30 s), run with `./mvnw -Pbenchmark verify
 * -Dtest=ConventionImportBenchmarkTests`. Beside the dry run and the commit (HTTP upload included), the same run
 * measures two floors: reading the same workbook with the streaming reader and no check, and plain batched JDBC INSERTs
 * of as many rows (conventions, signatories, communes, axes, fiches and audit records) into temporary tables, in one
 * transaction. Figures are logged, not asserted; the test fails only if the import does not create what it should.
 */
@IntegrationTest
@Tag("benchmark")
class ConventionImportBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(ConventionImportBenchmarkTests.class);
    static final int CONVENTIONS = 200;
    static final int SIGNATORIES = 15;
    static final int COMMUNES = 40;
    static final int AXES = 5;
    static final int FICHES = 30;
    static final int THEMES = 5;

    @LocalServerPort
    int port;

    /** How long the last POST held its request (reading and bounding the file, keeping it, queueing the job). */
    double lastPostSeconds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TabularUploads uploads;

    @Test
    void twoHundredConventionsCheckedAndCommitted() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> nord = jdbc.sql("""
                        SELECT code FROM territory.commune WHERE departement_code = '59' AND kind = 'COMMUNE'
                        ORDER BY code""").query(String.class).list();
        Stopwatch watch = Stopwatch.start();
        byte[] xlsx = workbook("Bench import " + run, nord);
        double writeSeconds = watch.seconds();
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put(
                "workbook written (SXSSF): %d conventions, %d rows, %.1f MB"
                        .formatted(CONVENTIONS, rows(), xlsx.length / 1048576.0),
                "%.2f s".formatted(writeSeconds));

        // floor 1: the same file read by the streaming reader (ADR 0015), no check
        watch = Stopwatch.start();
        Map<String, Tabular> sheets = uploads.readSheets(
                uploads.limits("bench", DataSize.ofMegabytes(25), 100_000), Upload.of("bench.xlsx", xlsx));
        double readSeconds = watch.seconds();
        assertThat(sheets.get("Fiches").rows()).hasSize(CONVENTIONS * FICHES);
        figures.put("floor: read every sheet with fastexcel, no check", "%.2f s".formatted(readSeconds));

        // floor 2: plain batched INSERTs of as many rows, one transaction, rolled back
        figures.put("floor: batched JDBC INSERTs of the same rows (temporary tables)", "%.2f s".formatted(inserts()));

        // cold: the first import the JVM runs (class loading, JIT)
        watch = Stopwatch.start();
        HttpResponse<String> cold = upload(xlsx, true);
        double coldSeconds = watch.seconds();
        assertThat(cold.statusCode()).as(cold.body()).isEqualTo(200);
        figures.put("dry run, cold JVM (first import of the run), upload to job done", "%.2f s".formatted(coldSeconds));

        watch = Stopwatch.start();
        HttpResponse<String> dryRun = upload(xlsx, true);
        double dryRunSeconds = watch.seconds();
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.body()).contains("\"state\":\"DONE\"", "\"problems\":[]");
        figures.put(
                "dry run, warm (read, check, create through the domain and roll back), upload to job done",
                "%.2f s (target < 20 s)".formatted(dryRunSeconds));

        watch = Stopwatch.start();
        HttpResponse<String> commit = upload(xlsx, false);
        double commitSeconds = watch.seconds();
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
        assertThat(commit.body()).contains("\"state\":\"DONE\"", "\"committed\":true");
        figures.put(
                "commit (read, check, create through the domain with audit), upload to job done",
                "%.2f s (target < 30 s)".formatted(commitSeconds));
        figures.put(
                "commit: the POST's own time (file read and bounded, kept, job queued; 202)",
                "%.2f s".formatted(lastPostSeconds));
        assertThat(jdbc.sql("SELECT count(*) FROM convention.convention WHERE title LIKE :t")
                        .param("t", "Bench import " + run + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(CONVENTIONS);

        StringBuilder report = new StringBuilder("Convention bulk import benchmark (issue 12 point 8)\n");
        figures.forEach((name, value) -> report.append(String.format("%-100s %s%n", name, value)));
        log.warn(report.toString());
    }

    static int rows() {
        return CONVENTIONS * (1 + SIGNATORIES + COMMUNES + THEMES + AXES + FICHES);
    }

    /** 200 conventions of the Nord: the Caf (two representatives) and 14 communes as printed, 40 communes, 5 axes. */
    static byte[] workbook(String prefix, List<String> nord) throws Exception {
        String[] themes = {"Petite enfance", "Parentalité", "Jeunesse", "Accès aux droits, mobilité", "Logement"};
        try (var workbook = new SXSSFWorkbook(500);
                var out = new ByteArrayOutputStream()) {
            Sheet conventions = sheet(
                    workbook,
                    "Conventions",
                    "Référence",
                    "Intitulé",
                    "Début",
                    "Fin",
                    "Signée le",
                    "Lieu de signature",
                    "Territoire incomplet");
            Sheet signatories = sheet(
                    workbook,
                    "Signataires",
                    "Référence",
                    "Type",
                    "Organisation (annuaire)",
                    "Dénomination imprimée",
                    "Alias",
                    "Partie collective",
                    "Communes membres (codes INSEE)",
                    "Civilité",
                    "Nom du représentant",
                    "Qualité (telle qu'imprimée)",
                    "Délibération");
            Sheet territory = sheet(workbook, "Territoire", "Référence", "Code INSEE de la commune");
            Sheet themeSheet = sheet(workbook, "Thèmes", "Référence", "Domaine ou thème");
            Sheet axes = sheet(workbook, "Axes", "Référence", "N° de l'axe", "Titre de l'axe");
            Sheet fiches = sheet(
                    workbook,
                    "Fiches",
                    "Référence",
                    "Axe",
                    "Titre de l’action",
                    "Public cible",
                    "Objectifs opérationnels",
                    "Échéances de réalisation",
                    "Avancement (%)");
            int[] next = new int[6];
            for (int c = 0; c < CONVENTIONS; c++) {
                String ref = "B" + c;
                add(conventions, next, 0, ref, prefix + " n° " + c, "2023", "2027", "15/03/2023", "Lille", "oui");
                add(
                        signatories,
                        next,
                        1,
                        ref,
                        "Caf",
                        "Caisse d'allocations familiales du Nord",
                        "",
                        "la Caf",
                        "",
                        "",
                        "Madame",
                        "",
                        "1ère vice-Présidente");
                for (int s = 1; s < SIGNATORIES; s++) {
                    String insee = nord.get((c * COMMUNES + s) % nord.size());
                    add(
                            signatories,
                            next,
                            1,
                            ref,
                            "Commune",
                            "",
                            "Commune " + insee,
                            "",
                            "",
                            "",
                            s % 2 == 0 ? "Madame" : "",
                            "",
                            "Maire",
                            "Délibération du conseil municipal");
                }
                for (int k = 0; k < COMMUNES; k++)
                    add(territory, next, 2, ref, nord.get((c * COMMUNES + k) % nord.size()));
                for (String theme : themes) add(themeSheet, next, 3, ref, theme);
                for (int a = 1; a <= AXES; a++) add(axes, next, 4, ref, String.valueOf(a), "Axe " + a + " de " + ref);
                for (int f = 0; f < FICHES; f++) {
                    add(
                            fiches,
                            next,
                            5,
                            ref,
                            String.valueOf(f % AXES + 1),
                            "Fiche " + f + " de " + ref,
                            "Familles",
                            "Développer l’offre pour les familles du territoire",
                            "31/12/2025 : Bilan",
                            String.valueOf(f % 100));
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static Sheet sheet(SXSSFWorkbook workbook, String name, String... headers) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) row.createCell(i).setCellValue(headers[i]);
        return sheet;
    }

    private static void add(Sheet sheet, int[] next, int index, String... cells) {
        Row row = sheet.createRow(++next[index]);
        for (int i = 0; i < cells.length; i++)
            if (!cells[i].isEmpty()) row.createCell(i).setCellValue(cells[i]);
    }

    /** As many rows as the import writes, inserted plainly in batches of 1 000 into temporary tables, rolled back. */
    private double inserts() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var ddl = connection.createStatement()) {
                ddl.execute("CREATE TEMP TABLE bench_convention (id uuid, title text, start_date date, end_date date,"
                        + " terms jsonb) ON COMMIT DROP");
                ddl.execute("CREATE TEMP TABLE bench_child (id uuid, convention_id uuid, kind text, content jsonb)"
                        + " ON COMMIT DROP");
                ddl.execute("CREATE TEMP TABLE bench_audit (entity_id text, action text, summary text, changes jsonb)"
                        + " ON COMMIT DROP");
            }
            Stopwatch watch = Stopwatch.start();
            try (PreparedStatement conventions =
                            connection.prepareStatement("INSERT INTO bench_convention VALUES (?, ?, ?, ?, ?::jsonb)");
                    PreparedStatement children =
                            connection.prepareStatement("INSERT INTO bench_child VALUES (?, ?, ?, ?::jsonb)");
                    PreparedStatement audit =
                            connection.prepareStatement("INSERT INTO bench_audit VALUES (?, ?, ?, ?::jsonb)")) {
                int pending = 0;
                for (int c = 0; c < CONVENTIONS; c++) {
                    UUID id = UUID.randomUUID();
                    conventions.setObject(1, id);
                    conventions.setString(2, "Floor n° " + c);
                    conventions.setObject(3, java.time.LocalDate.of(2023, 1, 1));
                    conventions.setObject(4, java.time.LocalDate.of(2027, 12, 31));
                    conventions.setString(5, "{\"title\":\"Floor\",\"communes\":[],\"signatories\":[]}");
                    conventions.addBatch();
                    List<String[]> rows = new ArrayList<>();
                    for (int s = 0; s < SIGNATORIES; s++)
                        rows.add(new String[] {"signatory", "{\"kind\":\"COMMUNE\"}"});
                    for (int k = 0; k < COMMUNES; k++) rows.add(new String[] {"commune", "{\"code\":\"59350\"}"});
                    for (int a = 0; a < AXES; a++) rows.add(new String[] {"axis", "{\"title\":\"Axe\"}"});
                    for (int f = 0; f < FICHES; f++)
                        rows.add(new String[] {"fiche", "{\"title\":\"Fiche\",\"targetPublic\":\"Familles\"}"});
                    for (String[] row : rows) {
                        children.setObject(1, UUID.randomUUID());
                        children.setObject(2, id);
                        children.setString(3, row[0]);
                        children.setString(4, row[1]);
                        children.addBatch();
                        if (++pending % 1000 == 0) children.executeBatch();
                    }
                    for (int e = 0; e < 1 + AXES + FICHES; e++) {
                        audit.setString(1, id.toString());
                        audit.setString(2, "created");
                        audit.setString(3, "Créé");
                        audit.setString(4, "[]");
                        audit.addBatch();
                    }
                    audit.executeBatch();
                }
                conventions.executeBatch();
                children.executeBatch();
            }
            double elapsed = watch.seconds();
            connection.rollback();
            return elapsed;
        }
    }

    /**
     * Sends the file (202 and the job's Location) and polls the job every 50 ms until it has finished; answers the job's
     * last state. The time measured is the upload's and the background run's together.
     */
    private HttpResponse<String> upload(byte[] file, boolean dryRun) throws Exception {
        Stopwatch posted = Stopwatch.start();
        HttpResponse<String> accepted = post(file, dryRun);
        lastPostSeconds = posted.seconds();
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String basic = Base64.getEncoder().encodeToString("caf-nord:demo".getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();
        var last = new java.util.concurrent.atomic.AtomicReference<HttpResponse<String>>();
        org.awaitility.Awaitility.await("the import job to finish")
                .atMost(java.time.Duration.ofMinutes(10))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> {
                    HttpResponse<String> job = client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                                    .header("Authorization", "Basic " + basic)
                                    .header("Accept", "application/json")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    last.set(job);
                    return !job.body().contains("\"state\":\"QUEUED\"")
                            && !job.body().contains("\"state\":\"RUNNING\"");
                });
        return last.get();
    }

    private HttpResponse<String> post(byte[] file, boolean dryRun) throws Exception {
        String boundary = "----pilote" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString("caf-nord:demo".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/conventions/import?dryRun=" + dryRun))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
