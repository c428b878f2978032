package fr.pilotectg.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.pilotectg.Api;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Asks for a generation through the API (202 and the job's address) and waits for the job to finish. */
final class GeneratedDocuments {

    private GeneratedDocuments() {}

    /** The finished job (state DONE or FAILED) of a generation asked with {@code body}. */
    static JsonNode job(Api api, String conventionId, String body) {
        Api.Response accepted = api.post("/api/v1/conventions/" + conventionId + "/documents", body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).isEqualTo(accepted.json().get("self").asString());
        JsonNode[] last = {accepted.json()};
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = api.get(location).json();
                    String state = last[0].get("state").asString();
                    return state.equals("DONE") || state.equals("FAILED");
                });
        return last[0];
    }

    /** The document a finished generation produced, as the overview lists it. */
    static JsonNode document(Api api, String conventionId, String body) {
        JsonNode job = job(api, conventionId, body);
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("DONE");
        return listed(api, conventionId, job.get("documentId").asString());
    }

    static JsonNode listed(Api api, String conventionId, String documentId) {
        for (JsonNode d : api.get("/api/v1/conventions/" + conventionId + "/documents")
                .json()
                .get("documents")) if (d.get("id").asString().equals(documentId)) return d;
        throw new AssertionError("document " + documentId + " not listed");
    }
}
