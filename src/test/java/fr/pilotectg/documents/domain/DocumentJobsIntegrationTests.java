package fr.pilotectg.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A generation runs in the background on the shared scheduler: the request answers 202 with the job's address at once,
 * the job goes through its steps to DONE with the document to download, a job left running by a lost instance is
 * taken up again and finishes, a failure is kept with its French reason and audited; the job is seen by those who
 * read the convention only.
 */
@IntegrationTest
class DocumentJobsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    java.time.Clock clock;

    /** Ten minutes before the fixed clock's now: months before the machine's, so the scheduler sees the beat as dead. */
    private java.time.OffsetDateTime tenMinutesAgo() {
        return java.time.OffsetDateTime.now(clock).minusMinutes(10);
    }

    Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private String convention() {
        return Fixtures.of(port, jdbc)
                .draft(Fixtures.unique("CTG génération en arrière-plan"), "2024-01-01", "2027-12-31")
                .get("id")
                .asString();
    }

    private JsonNode awaitEnd(String location) {
        JsonNode[] last = {null};
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = caf().get(location).json();
                    String state = last[0].get("state").asString();
                    return state.equals("DONE") || state.equals("FAILED");
                });
        return last[0];
    }

    @Test
    void aRequestAnswersAtOnceAndTheJobEndsWithItsDocument() {
        String id = convention();
        Api.Response accepted = caf().post("/api/v1/conventions/" + id + "/documents", "{\"kind\":\"DRAFT\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).startsWith("/api/v1/conventions/" + id + "/document-jobs/");
        assertThat(accepted.json().get("state").asString()).isIn("REQUESTED", "RUNNING", "DONE");
        assertThat(accepted.json().get("total").asInt()).isEqualTo(8);

        JsonNode done = awaitEnd(location);
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("failure").isNull()).isTrue();
        String document = done.get("documentId").asString();
        Api.Response pdf = caf().get(done.get("document").asString());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(caf().get("/api/v1/conventions/" + id + "/documents")
                        .json()
                        .get("jobs")
                        .findValuesAsString("id"))
                .contains(done.get("id").asString());

        // audited in French: the request (on the job) and the generation (on the document)
        assertThat(jdbc.sql(
                                "SELECT summary FROM platform.audit_event WHERE entity_type = 'document' AND entity_id = :id")
                        .param("id", done.get("id").asString())
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("Génération d’un brouillon de la convention « CTG génération en arrière-plan");
        assertThat(jdbc.sql(
                                "SELECT summary FROM platform.audit_event WHERE entity_type = 'document' AND entity_id = :id")
                        .param("id", document)
                        .query(String.class)
                        .single())
                .startsWith("Brouillon de la convention");

        // the job follows the convention's reach: out of reach 404
        assertThat(Api.as(port, "lens", "demo").get(location).status()).isEqualTo(404);
        assertThat(caf().get("/api/v1/conventions/" + id + "/document-jobs/" + UUID.randomUUID())
                        .code())
                .isEqualTo("DOCUMENT_JOB_NOT_FOUND");
    }

    @Test
    void aJobLeftRunningByALostInstanceIsTakenUpAndFinishes() {
        String id = convention();
        UUID job = UUID.randomUUID();
        // What a stopped instance leaves behind: the job marked running at its second step, its task picked ten
        // minutes ago by an instance that no longer beats.
        jdbc.sql("""
                        INSERT INTO documents.generation_job (id, convention_id, kind, state, step, done, total,
                            requested_at, requested_by)
                        VALUES (:id, :c, 'DRAFT', 'RUNNING', 'annex1', 1, 8, :at, 'caf-nord')
                        """)
                .param("id", job)
                .param("c", UUID.fromString(id))
                .param("at", tenMinutesAgo())
                .update();
        jdbc.sql("""
                        INSERT INTO platform.scheduled_tasks
                            (task_name, task_instance, task_data, execution_time, picked, picked_by, last_heartbeat,
                             version)
                        VALUES ('document-generation', :instance, :data, :at, true, 'instance-perdue', :at, 1)
                        """)
                .param("instance", job.toString())
                .param("at", tenMinutesAgo())
                .param("data", serialised(new DocumentJobs.Run(job)))
                .update();

        JsonNode done = awaitEnd("/api/v1/conventions/" + id + "/document-jobs/" + job);
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT count(*) FROM documents.generated_document WHERE convention_id = :c")
                        .param("c", UUID.fromString(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aJobThatCannotBeDoneFailsWithItsFrenchReasonAudited() {
        String id = convention();
        UUID job = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO documents.generation_job (id, convention_id, kind, amendment_number, state, total,
                            requested_at, requested_by)
                        VALUES (:id, :c, 'AMENDMENT', 99, 'REQUESTED', 11, :at, 'caf-nord')
                        """)
                .param("id", job)
                .param("c", UUID.fromString(id))
                .param("at", java.time.OffsetDateTime.now(clock))
                .update();
        scheduler.schedule(
                DocumentJobs.TASK
                        .instance(job.toString())
                        .data(new DocumentJobs.Run(job))
                        .build(),
                clock.instant());

        JsonNode failed = awaitEnd("/api/v1/conventions/" + id + "/document-jobs/" + job);
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asString())
                .isEqualTo("L’avenant n° 99 n’existe pas pour cette convention ou a été retiré.");
        assertThat(jdbc.sql(
                                "SELECT summary FROM platform.audit_event WHERE entity_id = :id AND action = 'generation-failed'")
                        .param("id", job.toString())
                        .query(String.class)
                        .single())
                .contains("en échec", "L’avenant n° 99 n’existe pas");
    }

    @Test
    void aFinalVersionWithGapsIsRefusedAtTheRequestAndNoJobIsKept() {
        String id = convention();
        Api.Response refused = caf().post("/api/v1/conventions/" + id + "/documents", "{\"kind\":\"FINAL\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("DOCUMENT_GAPS_REMAIN");
        assertThat(jdbc.sql("SELECT count(*) FROM documents.generation_job WHERE convention_id = :c")
                        .param("c", UUID.fromString(id))
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(caf().post("/api/v1/conventions/" + id + "/documents", "{\"kind\":\"AMENDMENT\"}")
                        .code())
                .isEqualTo("DOCUMENT_AMENDMENT_REQUIRED");
        assertThat(caf().post("/api/v1/conventions/" + id + "/documents", "{\"kind\":\"CONSOLIDATED\"}")
                        .code())
                .isEqualTo("DOCUMENT_KIND_INVALID");
    }

    private static byte[] serialised(Object data) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
