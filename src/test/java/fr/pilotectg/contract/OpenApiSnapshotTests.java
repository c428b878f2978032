package fr.pilotectg.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's contract, pinned: the live OpenAPI document must equal the committed snapshot
 * {@code src/test/resources/openapi/api-docs.json} (sorted keys, pretty-printed, no server URL). A change to the API is
 * then a visible change to that file in the review. To accept a change:
 * {@code ./mvnw test -Dtest=OpenApiSnapshotTests -Dopenapi.snapshot.update=true}.
 */
@IntegrationTest
class OpenApiSnapshotTests {

    static final Path SNAPSHOT = Path.of("src/test/resources/openapi/api-docs.json");
    static final String UPDATE = "./mvnw test -Dtest=OpenApiSnapshotTests -Dopenapi.snapshot.update=true";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Test
    void theLiveOpenApiDocumentEqualsTheCommittedSnapshot() throws IOException {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        String live = normalise(docs.json());

        if (Boolean.getBoolean("openapi.snapshot.update")) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, live, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(SNAPSHOT)) fail("No OpenAPI snapshot at " + SNAPSHOT + ". Create it with: " + UPDATE);
        String committed = Files.readString(SNAPSHOT, StandardCharsets.UTF_8);
        if (!committed.equals(live)) fail(describe(JSON.readTree(committed), docs.json(), committed, live));
    }

    /** Sorted keys at every level, pretty-printed, without the server list (its URL carries the random port). */
    static String normalise(JsonNode document) {
        ObjectNode copy = (ObjectNode) sorted(document);
        copy.remove("servers");
        return JSON.writeValueAsString(copy).replace("\r\n", "\n") + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            new TreeSet<>(node.propertyNames()).forEach(name -> out.set(name, sorted(node.get(name))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(sorted(element)));
            return out;
        }
        return node;
    }

    /** Operations added and removed, then the changed lines (a small line diff), then how to accept the change. */
    static String describe(JsonNode committed, JsonNode live, String committedText, String liveText) {
        Set<String> before = operations(committed);
        Set<String> after = operations(live);
        StringBuilder out = new StringBuilder("The OpenAPI document differs from the snapshot ")
                .append(SNAPSHOT)
                .append(".\n");
        after.stream()
                .filter(op -> !before.contains(op))
                .forEach(op -> out.append("  + operation ").append(op).append('\n'));
        before.stream()
                .filter(op -> !after.contains(op))
                .forEach(op -> out.append("  - operation ").append(op).append('\n'));
        out.append("Changed lines (- snapshot, + live):\n");
        LineDiff.of(committedText.split("\n", -1), liveText.split("\n", -1))
                .forEach(line -> out.append(line).append('\n'));
        out.append("If the change is intended, update the snapshot with: ").append(UPDATE);
        return out.toString();
    }

    static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        JsonNode paths = document.path("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) operations.add(method.toUpperCase() + " " + path);
        }
        return operations;
    }

    /** A longest-common-subsequence line diff, shown with a little context and capped so that the message stays readable. */
    static final class LineDiff {

        static final int CONTEXT = 2;
        static final int MAX_LINES = 200;

        static List<String> of(String[] a, String[] b) {
            int prefix = 0;
            while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) prefix++;
            int suffix = 0;
            while (suffix < a.length - prefix
                    && suffix < b.length - prefix
                    && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) suffix++;
            int n = a.length - prefix - suffix;
            int m = b.length - prefix - suffix;
            List<String> edits = new ArrayList<>();
            if ((long) n * m > 25_000_000L) {
                for (int i = 0; i < n; i++) edits.add("-" + (prefix + i + 1) + ": " + a[prefix + i]);
                for (int j = 0; j < m; j++) edits.add("+" + (prefix + j + 1) + ": " + b[prefix + j]);
            } else {
                int[][] lcs = new int[n + 1][m + 1];
                for (int i = n - 1; i >= 0; i--) {
                    for (int j = m - 1; j >= 0; j--) {
                        lcs[i][j] = a[prefix + i].equals(b[prefix + j])
                                ? lcs[i + 1][j + 1] + 1
                                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                    }
                }
                int i = 0;
                int j = 0;
                int sinceChange = Integer.MAX_VALUE;
                while (i < n || j < m) {
                    if (i < n && j < m && a[prefix + i].equals(b[prefix + j])) {
                        if (sinceChange < CONTEXT) edits.add("  " + (prefix + i + 1) + ": " + a[prefix + i]);
                        sinceChange++;
                        i++;
                        j++;
                    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                        edits.add("+" + (prefix + j + 1) + ": " + b[prefix + j]);
                        sinceChange = 0;
                        j++;
                    } else {
                        edits.add("-" + (prefix + i + 1) + ": " + a[prefix + i]);
                        sinceChange = 0;
                        i++;
                    }
                }
            }
            if (edits.size() > MAX_LINES) {
                int more = edits.size() - MAX_LINES;
                edits = new ArrayList<>(edits.subList(0, MAX_LINES));
                edits.add("… and " + more + " more lines");
            }
            return edits;
        }
    }
}
