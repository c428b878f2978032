package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk import of whole conventions (issue 12 point 8) through the API: the template's example passes, every error
 * is listed with its sheet, line and column, one bad convention among three saves nothing, and a good file creates the
 * conventions through the domain (signed as of their text, themes verbatim, plan, audit in French).
 */
@IntegrationTest
class ConventionImportIntegrationTests {

    static final List<String> CONVENTIONS = List.of(
            "Référence",
            "Intitulé",
            "Début",
            "Fin",
            "Signée le",
            "Lieu de signature",
            "Territoire incomplet",
            "Nombre de communes déclaré",
            "Accroche",
            "Objectifs");
    static final List<String> SIGNATORIES = List.of(
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
            "Délibération",
            "Date de la délibération",
            "N° de la délibération");
    static final List<String> TERRITORY = List.of("Référence", "Code INSEE de la commune", "SIREN de l'EPCI");
    static final List<String> THEMES = List.of("Référence", "Domaine ou thème");
    static final List<String> AXES =
            List.of("Référence", "N° de l'axe", "Titre de l'axe", "Commune (code INSEE)", "Domaines", "Enjeux");
    static final List<String> FICHES = List.of(
            "Référence", "Axe", "Titre de l’action", "Public cible", "Échéances de réalisation", "Avancement (%)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A workbook being written: sheet name → rows (the header first). */
    static final class Book {
        final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

        Book() {
            sheets.put("Conventions", new ArrayList<>(List.of(CONVENTIONS)));
            sheets.put("Signataires", new ArrayList<>(List.of(SIGNATORIES)));
            sheets.put("Territoire", new ArrayList<>(List.of(TERRITORY)));
            sheets.put("Thèmes", new ArrayList<>(List.of(THEMES)));
            sheets.put("Axes", new ArrayList<>(List.of(AXES)));
            sheets.put("Fiches", new ArrayList<>(List.of(FICHES)));
        }

        Book row(String sheet, String... cells) {
            sheets.get(sheet).add(List.of(cells));
            return this;
        }

        /** A good convention: Caf du Nord with two representatives, a commune, three communes, themes, 2 axes, 3 fiches. */
        Book convention(String ref, String title) {
            row("Conventions", ref, title, "2023", "2027", "15/03/2023", "Merville", "oui", "8", "", "Un objectif");
            row(
                    "Signataires",
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
            row("Signataires", ref, "", "", "", "", "", "", "Monsieur", "Jean Exemple", "Directeur");
            row(
                    "Signataires",
                    ref,
                    "Commune",
                    "",
                    "Commune de Merville",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Maire",
                    "Délibération du conseil municipal",
                    "03/2023",
                    "");
            row("Territoire", ref, "59212");
            row("Territoire", ref, "59268");
            row("Territoire", ref, "59400");
            row("Thèmes", ref, "Petite enfance");
            row("Thèmes", ref, "Accès aux droits, inclusion numérique et mobilité");
            row("Axes", ref, "1", "Accueillir les jeunes enfants", "", "PETITE_ENFANCE", "E1");
            row("Axes", ref, "2", "Accompagner les parents", "59400", "", "");
            row("Fiches", ref, "1", "Micro-crèche " + ref, "Familles", "31/12/2024 : Ouverture", "10");
            row("Fiches", ref, "1", "Relais petite enfance " + ref, "Assistantes maternelles", "", "");
            row("Fiches", ref, "2", "Café des parents " + ref, "Parents", "", "");
            return this;
        }

        byte[] bytes() throws Exception {
            try (var workbook = new XSSFWorkbook();
                    var out = new ByteArrayOutputStream()) {
                for (var sheet : sheets.entrySet()) {
                    Sheet s = workbook.createSheet(sheet.getKey());
                    for (int r = 0; r < sheet.getValue().size(); r++) {
                        Row row = s.createRow(r);
                        List<String> cells = sheet.getValue().get(r);
                        for (int c = 0; c < cells.size(); c++)
                            if (!cells.get(c).isEmpty()) row.createCell(c).setCellValue(cells.get(c));
                    }
                }
                workbook.write(out);
                return out.toByteArray();
            }
        }
    }

    private HttpResponse<byte[]> send(String user, HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        request.header("Authorization", "Basic " + basic).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String user, byte[] file, boolean dryRun) throws Exception {
        String boundary = "----pilote" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ctg.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                user,
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/conventions/import?dryRun=" + dryRun))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Sends the file and, when the API accepts it (202 with the job's Location), polls the job until it has finished and
     * answers its last state (200 with {@code state}, {@code report}, {@code failure}); a file refused at once is
     * answered as it is.
     */
    private HttpResponse<byte[]> upload(String user, byte[] file, boolean dryRun) throws Exception {
        HttpResponse<byte[]> accepted = post(user, file, dryRun);
        if (accepted.statusCode() != 202) return accepted;
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/v1/conventions/import/jobs/");
        var last = new java.util.concurrent.atomic.AtomicReference<HttpResponse<byte[]>>();
        org.awaitility.Awaitility.await("the import job to finish")
                .atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> {
                    HttpResponse<byte[]> job = send(
                            user,
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                                    .header("Accept", "application/json")
                                    .GET());
                    last.set(job);
                    String state = json(job).get("state").asString();
                    return !state.equals("QUEUED") && !state.equals("RUNNING");
                });
        return last.get();
    }

    private static JsonNode report(HttpResponse<byte[]> job) {
        JsonNode body = json(job);
        assertThat(body.get("state").asString()).as(text(job)).isEqualTo("DONE");
        return body.get("report");
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private long conventionsTitled(String prefix) {
        return jdbc.sql("SELECT count(*) FROM convention.convention WHERE title LIKE :p")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
    }

    private static JsonNode problem(JsonNode report, String code) {
        for (JsonNode p : report.get("problems")) if (p.get("code").asString().equals(code)) return p;
        throw new AssertionError("no problem " + code + " in " + report.get("problems"));
    }

    @Test
    void theTemplateIsOfferedAndItsExamplePassesTheDryRun() throws Exception {
        HttpResponse<byte[]> template = send(
                "caf-nord",
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/conventions/import/template.xlsx")));
        assertThat(template.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
            assertThat(workbook.getSheet("Signataires").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Référence");
            assertThat(workbook.getSheet("Conventions").getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("2023");
        }
        HttpResponse<byte[]> dryRun = upload("caf-nord", template.body(), true);
        assertThat(dryRun.statusCode()).as(text(dryRun)).isEqualTo(200);
        JsonNode report = report(dryRun);
        assertThat(report.get("problems")).as(text(dryRun)).isEmpty();
        assertThat(report.get("committed").asBoolean()).isFalse();
        JsonNode line = report.get("conventions").get(0);
        assertThat(line.get("signatories").asInt()).isEqualTo(3);
        assertThat(line.get("communes").asInt()).isEqualTo(3);
        assertThat(line.get("themes").asInt()).isEqualTo(4);
        assertThat(line.get("axes").asInt()).isEqualTo(2);
        assertThat(line.get("fiches").asInt()).isEqualTo(2);
        assertThat(line.get("id").isNull()).isTrue();
        assertThat(conventionsTitled("Convention territoriale globale de la Communauté de communes Flandre Lys"))
                .as("a dry run saves nothing")
                .isZero();
    }

    @Test
    void theDryRunListsEachErrorWithItsSheetLineAndColumn() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Book book = new Book()
                .convention("A", "Import erreurs A " + run)
                .convention("B", "Import erreurs B " + run)
                .convention("C", "Import erreurs C " + run)
                .convention("D", "Import erreurs D " + run);
        // A: a date that is not one; B: an end before its start; C: an unknown INSEE code; D: a kind contradicting
        // the organisation; and a row of the Territoire sheet without its reference.
        book.sheets.get("Conventions").set(1, List.of("A", "Import erreurs A " + run, "31/13/2023", "2027"));
        book.sheets.get("Conventions").set(2, List.of("B", "Import erreurs B " + run, "2026", "2023"));
        book.row("Territoire", "C", "59999");
        book.row("Signataires", "D", "EPCI", "Ville de Lille");
        book.row("Territoire", "", "59350");
        HttpResponse<byte[]> response = upload("caf-nord", book.bytes(), true);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        JsonNode report = report(response);

        JsonNode date = problem(report, "CONVENTION_IMPORT_DATE_INVALID");
        assertThat(date.get("sheet").asString()).isEqualTo("Conventions");
        assertThat(date.get("line").asInt()).isEqualTo(2);
        assertThat(date.get("column").asString()).isEqualTo("Début");
        assertThat(date.get("message").asString()).contains("31/13/2023", "15/03/2023");

        JsonNode period = problem(report, "CONVENTION_PERIOD_INVALID");
        assertThat(period.get("sheet").asString()).isEqualTo("Conventions");
        assertThat(period.get("line").asInt()).isEqualTo(3);
        assertThat(period.get("column").asString()).isIn("Début", "Fin");
        assertThat(period.get("message").asString()).startsWith("La date de fin");

        JsonNode insee = problem(report, "CONVENTION_COMMUNE_UNKNOWN");
        assertThat(insee.get("sheet").asString()).isEqualTo("Territoire");
        assertThat(insee.get("column").asString()).isEqualTo("Code INSEE de la commune");
        assertThat(insee.get("message").asString()).contains("59999");
        assertThat(insee.get("line").asInt()).isGreaterThan(13);

        JsonNode kind = problem(report, "PARTY_KIND_MISMATCH");
        assertThat(kind.get("sheet").asString()).isEqualTo("Signataires");
        assertThat(kind.get("column").asString()).isEqualTo("Type");
        assertThat(kind.get("message").asString()).contains("Ville de Lille");

        JsonNode missing = problem(report, "CONVENTION_IMPORT_REFERENCE_MISSING");
        assertThat(missing.get("sheet").asString()).isEqualTo("Territoire");
        assertThat(missing.get("column").asString()).isEqualTo("Référence");

        // every convention is listed with what it would create, and nothing is saved
        assertThat(report.get("conventions")).hasSize(4);
        assertThat(report.get("committed").asBoolean()).isFalse();
        assertThat(conventionsTitled("Import erreurs")).isZero();
    }

    @Test
    void oneBadConventionInThreeSavesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Book book = new Book()
                .convention("UN", "Import tout ou rien " + run + " 1")
                .convention("DEUX", "Import tout ou rien " + run + " 2")
                .convention("TROIS", "Import tout ou rien " + run + " 3");
        book.row("Fiches", "TROIS", "9", "Fiche d'un axe qui n'existe pas", "", "", "");
        HttpResponse<byte[]> response = upload("caf-nord", book.bytes(), false);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        JsonNode refusal = report(response);
        assertThat(refusal.get("committed").asBoolean()).isFalse();
        assertThat(refusal.get("dryRun").asBoolean()).isFalse();
        assertThat(problem(refusal, "FICHE_IMPORT_AXIS_UNKNOWN").get("sheet").asString())
                .isEqualTo("Fiches");
        assertThat(conventionsTitled("Import tout ou rien " + run)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM actionplan.fiche WHERE content->>'title' LIKE :t")
                        .param("t", "Micro-crèche UN%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aGoodFileCreatesEveryConventionThroughTheDomainWithItsAudit() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] file = new Book()
                .convention("P1", "Import réussi " + run + " 1")
                .convention("P2", "Import réussi " + run + " 2")
                .bytes();
        HttpResponse<byte[]> response = upload("caf-nord", file, false);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        JsonNode report = report(response);
        assertThat(report.get("committed").asBoolean()).isTrue();
        assertThat(conventionsTitled("Import réussi " + run)).isEqualTo(2);
        String id = report.get("conventions").get(0).get("id").asString();

        JsonNode convention = fr.pilotectg.Api.as(port, "caf-nord", "demo")
                .get("/api/v1/conventions/" + id)
                .json();
        String body = convention.toString();
        assertThat(body).contains("Accès aux droits, inclusion numérique et mobilité");
        assertThat(body).contains("1ère vice-Présidente", "Commune de Merville");
        assertThat(body).contains("2023-2027");
        assertThat(jdbc.sql("SELECT status FROM convention.convention WHERE id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isIn("SIGNED", "ACTIVE");
        // the importing agent's Caf owns it: caf-pas-de-calais does not see it
        assertThat(fr.pilotectg.Api.as(port, "caf-pas-de-calais", "demo")
                        .get("/api/v1/conventions/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM actionplan.axis WHERE convention_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM actionplan.fiche WHERE convention_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        List<String> audit = jdbc.sql("""
                        SELECT actor_name || ' ' || entity_type || ' ' || action || ' ' || summary FROM platform.audit_event
                        WHERE convention_id = :id OR entity_id = :text ORDER BY id""")
                .param("id", UUID.fromString(id))
                .param("text", id)
                .query(String.class)
                .list();
        assertThat(audit)
                .anySatisfy(a -> assertThat(a)
                        .contains("(caf-nord) convention recorded-as-signed")
                        .contains(
                                "Import réussi " + run + " 1",
                                "enregistrée comme signée",
                                "signée le 15/03/2023, à Merville"));
        assertThat(audit.stream()
                        .filter(a -> a.contains(" fiche-action imported "))
                        .count())
                .isEqualTo(3);
        assertThat(audit).anySatisfy(a -> assertThat(a).contains("Axe « Accueillir les jeunes enfants » créé"));
    }

    @Test
    void aFileOfMoreConventionsThanTheLimitIsRefusedBeforeAnyIsLookedAt() throws Exception {
        Book book = new Book();
        for (int i = 0; i <= 250; i++) book.row("Conventions", "L" + i, "Import limite " + i, "2023", "2027");
        HttpResponse<byte[]> response = upload("caf-nord", book.bytes(), true);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(422);
        JsonNode refusal = json(response);
        assertThat(refusal.get("code").asString()).isEqualTo("CONVENTION_IMPORT_TOO_MANY_CONVENTIONS");
        assertThat(text(response)).contains("251 conventions", "250");
        assertThat(conventionsTitled("Import limite ")).isZero();
    }

    @Test
    void aConventionOutOfTheAgentsReachIsRefusedAndAReaderGets403() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Book book = new Book();
        book.row("Conventions", "NORD", "Import hors périmètre " + run, "2023", "2027", "15/03/2023");
        book.row("Signataires", "NORD", "Commune", "", "Commune de Merville");
        book.row("Territoire", "NORD", "59400");
        HttpResponse<byte[]> response = upload("caf-pas-de-calais", book.bytes(), true);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        JsonNode out = problem(report(response), "CONVENTION_IMPORT_OUT_OF_REACH");
        assertThat(out.get("sheet").asString()).isEqualTo("Conventions");
        assertThat(out.get("line").asInt()).isEqualTo(2);

        HttpResponse<byte[]> reader = upload("lecteur", book.bytes(), true);
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(text(reader)).contains("ACCESS_DENIED");

        // the job is its owner's: another agent, even one who may import, is told it does not exist; a reader gets 403
        String location = post("caf-pas-de-calais", book.bytes(), true)
                .headers()
                .firstValue("Location")
                .orElseThrow();
        HttpResponse<byte[]> other = send(
                "caf-nord",
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                        .header("Accept", "application/json")
                        .GET());
        assertThat(other.statusCode()).as(text(other)).isEqualTo(404);
        assertThat(text(other)).contains("CONVENTION_IMPORT_JOB_NOT_FOUND");
        HttpResponse<byte[]> readerJob = send(
                "lecteur",
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                        .header("Accept", "application/json")
                        .GET());
        assertThat(readerJob.statusCode()).isEqualTo(403);
    }
}
