package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: the journal's rows read in plain French whatever was recorded (labelled when shown), and its filters
 * (convention, author, period, kind) narrow it in SQL with a visible total and paging. Each test writes its own rows,
 * tied to a convention id of its own, so that no shared row decides the outcome.
 */
@IntegrationTest
class JournalInPlainFrenchIntegrationTests {

    static final Pattern CODE_NAME = Pattern.compile("\\b[a-z]+[A-Z][a-zA-Z]* :");
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    static final Pattern ROW = Pattern.compile("<tr>\\s*<td class=\"text-nowrap\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rawRowsReadInFrenchWithNamesLabelsAndFrenchDates() {
        UUID convention = UUID.randomUUID();
        UUID lille = Fixtures.of(port, jdbc).organisation("Ville de Lille");
        insert(convention, "deliberation", null, "Système", "2026-06-10T08:00:00Z", """
                [{"field":"organisationId","before":null,"after":"%s"},
                 {"field":"body","before":null,"after":"CONSEIL_MUNICIPAL"},
                 {"field":"seanceDate","before":"2023-02-08","after":"2023-02-09"},
                 {"field":"supportedByCollectivite","before":"false","after":"true"},
                 {"field":"Signataires","before":"A (Commune) ; B (Caf)","after":"A (Commune) — délibération requise ; B (Caf)"}]
                """.formatted(lille));

        String page = PageSession.signIn(port, "caf-nord", "demo")
                .get("/audit?convention=" + convention)
                .body();
        String table = page.substring(page.indexOf("<table"), page.indexOf("</table>"));
        assertThat(table)
                .contains("Pilote CTG (traitement automatique)")
                .contains("Organisation</strong>")
                .contains("Ville de Lille")
                .contains("Conseil municipal")
                .contains("Date de la séance</strong>")
                .contains("08/02/2023")
                .contains("09/02/2023")
                .contains("Soutenu par la collectivité</strong>")
                .contains(">non<")
                .contains(">oui<")
                .contains("A (Commune) — délibération requise")
                .doesNotContain("B (Caf)")
                .doesNotContain(lille.toString())
                .doesNotContain("CONSEIL_MUNICIPAL")
                .doesNotContain(">Système<");
        assertThat(find(CODE_NAME, text(table)))
                .as("code names in %s", text(table))
                .isNull();
        assertThat(find(ISO_DATE, text(table)))
                .as("ISO dates in %s", text(table))
                .isNull();
        assertThat(page).contains("href=\"/deliberations/");
    }

    @Test
    void eachFilterNarrowsTheJournalAndTheyCombineWithAVisibleTotalAndPaging() {
        UUID convention = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String author = "Auteur " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 49; i++)
            insert(convention, "convention", null, author + " (x)", "2026-06-01T08:00:00Z", "[]");
        insert(convention, "convention", null, "Autre personne (y)", "2026-05-01T08:00:00Z", "[]");
        insert(convention, "equipment", null, author + " (x)", "2026-06-02T08:00:00Z", "[]");
        insert(other, "convention", null, author + " (x)", "2026-06-01T08:00:00Z", "[]");
        PageSession session = PageSession.signIn(port, "caf-nord", "demo");

        assertThat(total(session, "/audit?convention=" + convention)).isEqualTo(51);
        assertThat(total(session, "/audit?convention=" + other)).isEqualTo(1);
        assertThat(total(session, "/audit?convention=" + convention + "&type=equipment"))
                .isEqualTo(1);
        assertThat(total(session, "/audit?convention=" + convention + "&auteur=" + author.replace(' ', '+')))
                .isEqualTo(50);
        assertThat(total(session, "/audit?convention=" + convention + "&du=2026-05-15"))
                .isEqualTo(50);
        assertThat(total(session, "/audit?convention=" + convention + "&au=2026-05-31"))
                .isEqualTo(1);
        assertThat(total(session, "/audit?convention=" + convention + "&du=2026-06-01&au=2026-06-01"))
                .isEqualTo(49);
        assertThat(total(
                        session,
                        "/audit?convention=" + convention + "&type=convention&auteur=" + author.replace(' ', '+')
                                + "&du=2026-06-01&au=2026-06-30"))
                .isEqualTo(49);

        // 51 rows: 50 on the first page, 1 on the second; the pager's links name each filter once.
        String first = session.get("/audit?convention=" + convention).body();
        assertThat(rows(first)).isEqualTo(50);
        Matcher next = Pattern.compile("href=\"([^\"]*page=1)\"").matcher(first);
        assertThat(next.find()).isTrue();
        String link = next.group(1).replace("&amp;", "&");
        assertThat(link.split("convention=", -1)).hasSize(2);
        assertThat(rows(session.get(link).body())).isEqualTo(1);
    }

    private int total(PageSession session, String path) {
        String page = session.get(path).body();
        Matcher m = Pattern.compile("journal-total\">(\\d+|Aucune|1) modifications?")
                .matcher(page);
        assertThat(m.find()).as(path).isTrue();
        return m.group(1).equals("Aucune") ? 0 : Integer.parseInt(m.group(1));
    }

    private static int rows(String page) {
        Matcher m = ROW.matcher(page);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ");
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** A row as a module would have written it, visible in the Nord (département 59). */
    private void insert(UUID convention, String type, UUID actor, String actorName, String at, String changes) {
        jdbc.sql("""
                        INSERT INTO platform.audit_event (occurred_at, actor_id, actor_name, entity_type, entity_id, action,
                                                          summary, changes, departements, convention_id)
                        VALUES (:at, :actor, :name, :type, :id, 'updated', 'Modification de test', CAST(:changes AS jsonb),
                                '{59}', :convention)""")
                .param("at", OffsetDateTime.parse(at).withOffsetSameInstant(ZoneOffset.UTC))
                .param("actor", actor)
                .param("name", actorName)
                .param("type", type)
                .param("id", UUID.randomUUID().toString())
                .param("changes", changes)
                .param("convention", convention)
                .update();
    }
}
