package fr.pilotectg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: comments on a fiche — who and when, a mention shown on the colleague's home page until read, only
 * colleagues who may read the convention mentioned, a text of at most 2 000 characters, audited in the fiche's history;
 * a reader sees no form and gets 403, someone out of reach 404, and nobody marks another's mention read.
 */
@IntegrationTest
class FicheCommentsIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String user(String username) {
        return jdbc.sql("SELECT id::text FROM directory.user_account WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }

    @Test
    void aMentionReachesTheColleaguesHomeUntilReadAndOnlyReadersAreMentioned() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String convention = fixtures.signedConvention(Fixtures.unique("CTG commentaires"));
        JsonNode fiche = fixtures.fiche(convention, "Fiche à commenter");
        String ficheId = fiche.get("id").asString();
        String text = Fixtures.unique("Point à voir en COPIL");

        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        String page = caf.get("/fiches/" + ficheId).body();
        assertThat(page)
                .contains("id=\"nouveau-commentaire\"")
                .contains(user("armentieres"))
                .doesNotContain(user("lens"));

        // Someone who cannot read the convention is refused, nothing is saved.
        caf.post("/fiches/" + ficheId + "/commentaires", Map.of("text", text, "mentions", user("lens")));
        assertThat(caf.get("/fiches/" + ficheId).body())
                .contains("On ne peut mentionner qu’un collègue qui peut lire la convention.")
                .contains("Aucun commentaire pour l’instant.");
        caf.post("/fiches/" + ficheId + "/commentaires", Map.of("text", "x".repeat(2001)));
        assertThat(caf.get("/fiches/" + ficheId).body()).contains("Aucun commentaire pour l’instant.");
        caf.post("/fiches/" + ficheId + "/commentaires", Map.of("text", "   "));
        assertThat(caf.get("/fiches/" + ficheId).body()).contains("Écrivez le commentaire.");

        caf.post("/fiches/" + ficheId + "/commentaires", Map.of("text", text, "mentions", user("armentieres")));
        String commented = caf.get("/fiches/" + ficheId).body();
        assertThat(commented)
                .contains("Votre commentaire a été publié.")
                .contains(text)
                .contains("1 commentaire");
        assertThat(jdbc.sql("SELECT summary FROM platform.audit_event WHERE entity_id = :id AND action = 'commented'")
                        .param("id", ficheId)
                        .query(String.class)
                        .single())
                .startsWith("Commentaire : « " + text + " » — mentionne : ");

        PageSession armentieres = PageSession.signIn(port, "armentieres", "demo");
        String home = armentieres.get("/").body();
        assertThat(home).contains("id=\"mentions\"").contains(text);
        String mention = jdbc.sql("SELECT m.id::text FROM actionplan.fiche_mention m JOIN actionplan.fiche_comment c"
                        + " ON c.id = m.comment_id WHERE c.text = :t")
                .param("t", text)
                .query(String.class)
                .single();
        // Nobody else marks it read.
        assertThat(caf.post("/mentions/" + mention + "/lue", Map.of()).status()).isEqualTo(404);
        assertThat(armentieres.get("/").body()).contains(text);
        assertThat(armentieres.post("/mentions/" + mention + "/lue", Map.of()).location())
                .endsWith("/#mentions");
        assertThat(armentieres.get("/").body()).doesNotContain(text);
        assertThat(armentieres.post("/mentions/" + mention + "/lue", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void aReaderCannotCommentAndSomeoneOutOfReachIsNotFound() {
        String fiche = jdbc.sql(
                        "SELECT id::text FROM actionplan.fiche WHERE convention_id = :c::uuid ORDER BY position LIMIT 1")
                .param("c", LLH)
                .query(String.class)
                .single();
        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        assertThat(reader.get("/fiches/" + fiche).body())
                .contains("id=\"commentaires\"")
                .doesNotContain("id=\"nouveau-commentaire\"");
        assertThat(reader.post("/fiches/" + fiche + "/commentaires", Map.of("text", "Lecture seule"))
                        .status())
                .isEqualTo(403);
        PageSession lens = PageSession.signIn(port, "lens", "demo");
        lens.get("/");
        assertThat(lens.post("/fiches/" + fiche + "/commentaires", Map.of("text", "Hors de portée"))
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM actionplan.fiche_comment WHERE fiche_id = :f::uuid")
                        .param("f", fiche)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
