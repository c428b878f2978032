package fr.pilotectg.financing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The financing inputs entered in pages (no JSON) and imported from a file (dry run, then all or nothing), on
 * PostgreSQL: round trip, stale version, French problems per field and per line and column, readers, limits.
 */
@IntegrationTest
class FinancingInputsEntryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    String data(String convention, String path) {
        return jdbc.sql("SELECT data #>> CAST(:path AS text[]) FROM financing.inputs WHERE convention_id = :id")
                .param("path", path)
                .param("id", UUID.fromString(convention))
                .query(String.class)
                .optional()
                .orElse(null);
    }

    int version(String convention) {
        return jdbc.sql("SELECT version FROM financing.inputs WHERE convention_id = :id")
                .param("id", UUID.fromString(convention))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** A convention 2023–2026 of its own on Armentières with a multi-accueil of its own in the register. */
    record Setup(String convention, String equipment, String armentieres) {}

    Setup setup() {
        String convention = fixtures().signedConvention(Fixtures.unique("CTG saisie financement"));
        String equipment = fixtures()
                .equipment(Fixtures.unique("Multi-accueil saisie"), "59017", 20)
                .get("id")
                .asString();
        return new Setup(
                convention,
                equipment,
                fixtures().organisation("Ville d'Armentières").toString());
    }

    @Test
    void aCafAgentEntersAStructureAndTheEnvelopeInPagesAndAStaleVersionKeepsWhatWasTyped() {
        Setup s = setup();
        String base = "/conventions/" + s.convention() + "/financement/donnees";
        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        assertThat(caf.get("/conventions/" + s.convention() + "/financement").body())
                .contains("id=\"lien-donnees\"");
        PageSession.Page overview = caf.get(base);
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains("id=\"modifier-general\"", "id=\"ajout-structure\"", s.equipment());

        PageSession.Page added = caf.post(base + "/structures", Map.of("version", "0", "equipmentId", s.equipment()));
        assertThat(added.location()).endsWith(base + "/structures/" + s.equipment());
        assertThat(data(s.convention(), "{structures,0,existingPlaces}")).isEqualTo("20");

        PageSession.Page form = caf.get(base + "/structures/" + s.equipment());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"years[3].ps\"", "name=\"supporterId\"");
        Map<String, String> fields = structure("1", s.armentieres(), "16 800,50", "0,82");
        PageSession.Page saved = caf.post(base + "/structures/" + s.equipment(), fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(version(s.convention())).isEqualTo(2);
        assertThat(data(s.convention(), "{structures,0,years,0,ps}")).isEqualTo("16800.50");
        assertThat(data(s.convention(), "{structures,0,years,0,places}")).isEqualTo("20");
        assertThat(data(s.convention(), "{structures,0,years,0,averageFeePerHour}"))
                .isEqualTo("0.82");
        // a blank field stays unknown, never 0
        assertThat(data(s.convention(), "{structures,0,years,0,closingMonth}")).isNull();
        assertThat(data(s.convention(), "{structures,0,years,1}")).isNull();
        assertThat(data(s.convention(), "{structures,0,support,from}")).isEqualTo("2023-01-01");
        assertThat(caf.get(base).body()).contains("16\u00a0800,50\u00a0€", "non renseigné");

        // someone else saved meanwhile: the form read at version 1 keeps what was typed and says so in French
        PageSession.Page stale =
                caf.post(base + "/structures/" + s.equipment(), structure("1", s.armentieres(), "99 999", "0,82"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("modifiées par quelqu’un d’autre", "value=\"99 999\"");
        assertThat(version(s.convention())).isEqualTo(2);
        assertThat(data(s.convention(), "{structures,0,years,0,ps}")).isEqualTo("16800.50");

        // bad values: French messages next to their fields, nothing saved
        Map<String, String> bad = structure("2", s.armentieres(), "-5", "douze");
        bad.put("years[1].closingMonth", "13");
        PageSession.Page refused = caf.post(base + "/structures/" + s.equipment(), bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("« douze » n’est pas un nombre.");
        assertThat(version(s.convention())).isEqualTo(2);
        bad.put("years[0].fee", "0,9");
        refused = caf.post(base + "/structures/" + s.equipment(), bad);
        assertThat(refused.body())
                .contains(
                        "Un montant ou un nombre ne peut pas être négatif.",
                        "Le mois de fermeture doit être entre 1 et 12.",
                        "id=\"years0-ps-error\"",
                        "id=\"years1-closingMonth-error\"");
        assertThat(version(s.convention())).isEqualTo(2);

        // the envelope with an unknown period, and an amount cited with its kind and year
        caf.get(base + "/general");
        Map<String, String> general = new LinkedHashMap<>();
        general.put("version", "2");
        general.put("envelope.amount", "618 000");
        general.put("envelope.period", "");
        general.put("envelope.source", "Délibération");
        general.put("statedAmounts[0].kind", "PRESTATIONS_LEGALES");
        general.put("statedAmounts[0].year", "2024");
        general.put("statedAmounts[0].amount", "1 000");
        general.put("statedAmounts[0].label", "Prestations");
        general.put("territories[0].key", "ARM");
        general.put("territories[0].tranche", "2");
        general.put("territories[0].cejReferenceTotal", "");
        PageSession.Page generalSaved = caf.post(base + "/general", general);
        assertThat(generalSaved.status()).as(generalSaved.body()).isEqualTo(302);
        assertThat(data(s.convention(), "{envelope,amount}")).isEqualTo("618000.00");
        assertThat(data(s.convention(), "{envelope,period}")).isEqualTo("UNKNOWN");
        assertThat(data(s.convention(), "{statedAmounts,0,kind}")).isEqualTo("PRESTATIONS_LEGALES");
        assertThat(data(s.convention(), "{territories,0,cejReferenceTotal}")).isNull();
        assertThat(caf.get(base).body()).contains("période non précisée", "618\u00a0000,00\u00a0€");

        String audit =
                jdbc.sql("""
                        SELECT string_agg(summary, ' | ' ORDER BY occurred_at) FROM platform.audit_event
                        WHERE entity_id = :id AND entity_type = 'financement'""").param("id", s.convention()).query(String.class).single();
        assertThat(audit).contains("ajoutée aux données du financement", "modifiées", "Enveloppe");
    }

    Map<String, String> structure(String version, String supporter, String ps, String fee) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", version);
        f.put("name", "Multi-accueil saisi");
        f.put("kind", "EAJE");
        f.put("territory", "");
        f.put("supporterId", supporter);
        f.put("supportFrom", "2023-01-01");
        f.put("operatorName", "");
        f.put("qpv", "");
        f.put("zrr", "false");
        f.put("existingPlaces", "20");
        f.put("existingHours", "");
        f.put("cejReference", "");
        for (int i = 0; i < 4; i++) f.put("years[" + i + "].year", String.valueOf(2023 + i));
        f.put("years[0].places", "20");
        f.put("years[0].ps", ps);
        f.put("years[0].fee", fee);
        f.put("openings[0].places", "");
        return f;
    }

    @Test
    void aReaderSeesTheValuesWithoutAnyFormAndIsRefusedEveryChange() {
        String lille = fixtures().draftIn(Fixtures.unique("CTG saisie financement Lille"), "59350");
        String base = "/conventions/" + lille + "/financement/donnees";
        PageSession lecteur = PageSession.signIn(port, "lecteur", "demo");
        PageSession.Page page = lecteur.get(base);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"lecture-seule\"", "non renseigné")
                .doesNotContain("modifier-general", "ajout-structure", "lien-import", "<form method=\"post\"");
        assertThat(lecteur.get(base + "/general").status()).isEqualTo(403);
        assertThat(lecteur.get(base + "/import").status()).isEqualTo(403);
        assertThat(lecteur.post(base + "/general", Map.of("version", "0", "envelope.amount", "1"))
                        .status())
                .isEqualTo(403);
        assertThat(lecteur.post(
                                base + "/structures",
                                Map.of(
                                        "version",
                                        "0",
                                        "equipmentId",
                                        UUID.randomUUID().toString()))
                        .status())
                .isEqualTo(403);
        assertThat(upload(
                                "lecteur",
                                lille,
                                "f.csv",
                                "Structure (identifiant);Année\nx;2023\n".getBytes(StandardCharsets.UTF_8),
                                true)
                        .statusCode())
                .isEqualTo(403);
        assertThat(version(lille)).isZero();
    }

    @Test
    void anImportIsCheckedAsADryRunThenAppliedWholeAndABadLineAppliesNothing() throws Exception {
        Setup s = setup();
        String header = "Structure (identifiant);Nom;Année;Places;Heures;Mois d’ouverture;Mois de fermeture;"
                + "Participation moyenne des familles (€/h);Part d’enfants en situation de handicap;Coût par place (€);"
                + "Montant PS (€);Collectivité qui soutient;Soutien depuis le\n";
        String good = header
                + s.equipment()
                + ";Crèche importée;2023;20;;1;12;0,82;5 %;15 000;120 000,50;Ville d'Armentières;01/01/2023\n"
                + s.equipment() + ";;2024;22;;;;;;;;;\n";
        JsonNode dry =
                json(upload("caf-nord", s.convention(), "chiffres.csv", good.getBytes(StandardCharsets.UTF_8), true));
        assertThat(dry.get("ok").asBoolean()).as(dry.toString()).isTrue();
        assertThat(dry.get("committed").asBoolean()).isFalse();
        assertThat(dry.get("added").asInt()).isEqualTo(2);
        assertThat(dry.get("lines").findValuesAsString("change")).containsExactly("ADDED", "ADDED");
        assertThat(version(s.convention())).isZero();

        JsonNode applied =
                json(upload("caf-nord", s.convention(), "chiffres.csv", good.getBytes(StandardCharsets.UTF_8), false));
        assertThat(applied.get("committed").asBoolean()).as(applied.toString()).isTrue();
        assertThat(version(s.convention())).isEqualTo(1);
        assertThat(data(s.convention(), "{structures,0,name}")).isEqualTo("Crèche importée");
        assertThat(data(s.convention(), "{structures,0,years,0,ps}")).isEqualTo("120000.50");
        assertThat(data(s.convention(), "{structures,0,years,0,disabilityShare}"))
                .isEqualTo("0.05");
        assertThat(data(s.convention(), "{structures,0,years,1,places}")).isEqualTo("22");
        assertThat(data(s.convention(), "{structures,0,years,1,ps}")).isNull();
        assertThat(data(s.convention(), "{structures,0,support,organisationId}"))
                .isEqualTo(s.armentieres());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.audit_event WHERE entity_id = :id AND entity_type = 'financement'
                        AND summary LIKE 'Chiffres des structures importés%'""")
                        .param("id", s.convention())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // a second dry run says what would change; one bad line: nothing applied, each problem with line and column
        String bad = header
                + s.equipment() + ";;2023;25;;;;;;;;;\n"
                + s.equipment() + ";;2030;;;;;;;;-4;;\n"
                + "inconnue;;2024;;;;;;;;;;\n"
                + s.equipment() + ";;2025;;12;;;;;;;;\n";
        JsonNode badDry =
                json(upload("caf-nord", s.convention(), "bad.csv", bad.getBytes(StandardCharsets.UTF_8), true));
        assertThat(badDry.get("lines").get(0).get("change").asString()).isEqualTo("CHANGED");
        HttpResponse<byte[]> refused =
                upload("caf-nord", s.convention(), "bad.csv", bad.getBytes(StandardCharsets.UTF_8), false);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("FINANCING_IMPORT_REFUSED");
        assertThat(problem.get("fields").findValuesAsString("code"))
                .contains(
                        "FINANCING_YEAR_OUTSIDE_CONVENTION",
                        "FINANCING_NEGATIVE",
                        "FINANCING_IMPORT_UNKNOWN_STRUCTURE",
                        "FINANCING_IMPORT_UNIT_MISMATCH");
        assertThat(problem.get("fields").findValuesAsString("field"))
                .contains("ligne 3 / Année", "ligne 4 / Structure (identifiant)");
        assertThat(problem.toString()).contains("L’année 2030 est hors de la période de la convention (2023–2026).");
        assertThat(version(s.convention())).isEqualTo(1);
        assertThat(data(s.convention(), "{structures,0,years,0,places}")).isEqualTo("20");

        // the same file in the page: the lines and their French problems, nothing saved
        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        caf.get("/conventions/" + s.convention() + "/financement/donnees/import");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("financement", ".csv");
        java.nio.file.Files.writeString(file, bad);
        PageSession.Page page = caf.postFile(
                "/conventions/" + s.convention() + "/financement/donnees/import",
                Map.of("dryRun", "false"),
                "bad.csv",
                file);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Ligne 3, colonne « Année » : L’année 2030 est hors de la période", "rien n’est enregistré");
        assertThat(version(s.convention())).isEqualTo(1);
        java.nio.file.Files.deleteIfExists(file);

        HttpResponse<byte[]> template = send(
                "caf-nord",
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conventions/" + s.convention()
                                + "/financing/inputs/template.xlsx"))
                        .GET());
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()[0]).isEqualTo((byte) 'P');
    }

    @Test
    void anOversizeFileIsRefusedBeforeItIsParsed() {
        Setup s = setup();
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        HttpResponse<byte[]> refused = upload("caf-nord", s.convention(), "gros.csv", big, true);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json(refused).get("code").asString()).isEqualTo("UPLOAD_TOO_LARGE");
        assertThat(version(s.convention())).isZero();
    }

    private HttpResponse<byte[]> send(String user, HttpRequest.Builder request) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient()
                    .send(
                            request.header("Authorization", "Basic " + basic).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> upload(String user, String convention, String filename, byte[] file, boolean dryRun) {
        String boundary = "----pilote" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                user,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conventions/" + convention
                                + "/financing/inputs/import?dryRun=" + dryRun))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }
}
