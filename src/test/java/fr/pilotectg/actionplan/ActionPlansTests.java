package fr.pilotectg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.SignedIn;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * The action plan's front door as other modules (governance, evaluation) use it: the same fiches, statuses and late
 * flags as the plan itself, and nothing for a user who may not see the convention.
 */
@IntegrationTest
class ActionPlansTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final UUID LILLE_FICHE = UUID.fromString("6c1f0f1e-5000-4c71-8a11-0000000f1001");

    @LocalServerPort
    int port;

    @Autowired
    ActionPlans plans;

    @Autowired
    UserDetailsService users;

    private <T> T as(String username, Supplier<T> call) {
        return SignedIn.as(users, username, call);
    }

    @Test
    void theFichesOfAPlanAreThoseOfThePlanWithTheirStatusAndLateFlag() {
        JsonNode plan = Api.as(port, "caf-nord", "demo")
                .get("/api/v1/conventions/" + LLH + "/plan")
                .json();
        List<FicheSummary> fiches = as("caf-nord", () -> plans.fichesOf(UUID.fromString(LLH)));

        assertThat(fiches).hasSize(plan.get("ficheCount").asInt());
        assertThat(fiches.stream().filter(FicheSummary::late).count())
                .isEqualTo(plan.get("lateCount").asLong());
        List<JsonNode> shown = plan.get("axes").findValues("fiches").stream()
                .flatMap(JsonNode::valueStream)
                .toList();
        assertThat(fiches.stream().map(f -> f.id().toString()).toList())
                .containsExactlyInAnyOrderElementsOf(
                        shown.stream().map(f -> f.get("id").asString()).toList());
        for (JsonNode f : shown) {
            FicheSummary summary = fiches.stream()
                    .filter(s -> s.id().toString().equals(f.get("id").asString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(summary.status().name()).isEqualTo(f.get("status").asString());
            assertThat(summary.late()).isEqualTo(f.get("late").asBoolean());
            assertThat(summary.axisId().toString()).isEqualTo(f.get("axisId").asString());
        }
        assertThat(as("caf-nord", () -> plans.findFiche(LILLE_FICHE)))
                .contains(fiches.stream()
                        .filter(f -> f.id().equals(LILLE_FICHE))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void aUserWhoMayNotSeeTheConventionGetsNoFiche() {
        assertThat(as("lens", () -> plans.fichesOf(UUID.fromString(LLH)))).isEmpty();
        assertThat(as("lens", () -> plans.findFiche(LILLE_FICHE))).isEmpty();
        assertThat(as("caf-nord", () -> plans.findFiche(UUID.randomUUID()))).isEmpty();
    }
}
