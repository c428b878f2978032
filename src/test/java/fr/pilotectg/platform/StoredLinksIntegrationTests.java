package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Links the application stores and shows as href accept http and https only. */
@IntegrationTest
class StoredLinksIntegrationTests {

    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";
    static final String ARMENTIERES_COPIL = "6c1f0f1e-6000-4c71-8a11-0000000b2001";

    @LocalServerPort
    int port;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"javascript:alert(document.cookie)", "data:text/html;base64,PHNjcmlwdD4=", "JAVASCRIPT:alert(1)"
            })
    void aFicheAttachmentMustBeAWebAddress(String link) {
        Api.Response axis = caf().post(
                        "/api/v1/conventions/" + ARMENTIERES + "/plan/axes",
                        "{\"title\":\"Axe liens " + UUID.randomUUID() + "\"}");
        assertThat(axis.status()).as(axis.body()).isEqualTo(201);
        Api.Response fiche = caf().post(
                        "/api/v1/conventions/" + ARMENTIERES + "/plan/fiches",
                        "{\"axisId\":\"%s\",\"title\":\"Fiche liens\",\"attachments\":[{\"name\":\"Piège\",\"url\":\"%s\"}]}"
                                .formatted(axis.json().get("id").asString(), link));
        assertThat(fiche.status()).isEqualTo(400);
        var field = fiche.json().get("fields").get(0);
        assertThat(field.get("field").asString()).isEqualTo("attachments[0].url");
        assertThat(field.get("code").asString()).isEqualTo("FICHE_ATTACHMENT_INVALID");
        assertThat(field.get("message").asString()).contains("https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd"})
    void aMeetingAgendaLinkMustBeAWebAddress(String link) {
        Api.Response meeting = caf().post(
                        "/api/v1/conventions/" + ARMENTIERES + "/governance/meetings",
                        "{\"bodyId\":\"%s\",\"date\":\"2023-06-20\",\"agenda\":[{\"kind\":\"OTHER\",\"label\":\"Point\",\"url\":\"%s\"}]}"
                                .formatted(ARMENTIERES_COPIL, link));
        assertThat(meeting.status()).isEqualTo(400);
        var field = meeting.json().get("fields").get(0);
        assertThat(field.get("field").asString()).isEqualTo("agenda[0].url");
        assertThat(field.get("code").asString()).isEqualTo("LINK_NOT_HTTP");
        assertThat(field.get("message").asString()).contains("https://", "refusés");
    }
}
