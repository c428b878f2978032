package fr.pilotectg.governance.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores bodies, meetings and posts with explicit SQL; each one's details are a JSON document, the columns the lists
 * need are columns. Every update carries the version it was read at (optimistic locking).
 */
@Repository
public class GovernanceRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    GovernanceRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public record Stored<T>(T value, int version) {}

    // ---------------------------------------------------------------- bodies

    public List<Stored<Body>> bodies(UUID conventionId) {
        return jdbc.sql(
                        "SELECT id, convention_id, content, version, owner_id FROM governance.body WHERE convention_id = :c ORDER BY created_at, name")
                .param("c", conventionId)
                .query((rs, n) -> body(rs))
                .list();
    }

    /** The bodies of several conventions in one statement, by convention, each in the order of {@link #bodies}. */
    public Map<UUID, List<Stored<Body>>> bodiesOf(Collection<UUID> conventionIds) {
        Map<UUID, List<Stored<Body>>> result = new HashMap<>();
        if (conventionIds.isEmpty()) return result;
        jdbc.sql(
                        "SELECT id, convention_id, content, version, owner_id FROM governance.body WHERE convention_id = ANY(:c) ORDER BY convention_id, created_at, name")
                .param("c", conventionIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("convention_id", UUID.class), body(rs)))
                .list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return result;
    }

    public Optional<Stored<Body>> findBody(UUID id) {
        return jdbc.sql("SELECT id, convention_id, content, version, owner_id FROM governance.body WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> body(rs))
                .optional();
    }

    /** Inserts unless a body with this id exists (demo loading twice changes nothing). */
    public void insertBody(Body body, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        INSERT INTO governance.body (id, convention_id, kind, name, commune, content, version, created_at, created_by,
                            updated_at, updated_by, owner_id)
                        VALUES (:id, :c, :kind, :name, :commune, CAST(:content AS jsonb), 0, :now, :actor, :now, :actor, :owner)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", body.id())
                .param("owner", body.ownerId())
                .param("c", body.conventionId())
                .param("kind", body.data().kind().name())
                .param("name", body.data().name())
                .param("commune", body.data().commune())
                .param("content", json.writeValueAsString(body.data()))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public int updateBody(Body body, int expected, String actor) {
        int updated = jdbc.sql("""
                        UPDATE governance.body SET kind = :kind, name = :name, commune = :commune, content = CAST(:content AS jsonb),
                            version = version + 1, updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :expected""")
                .param("id", body.id())
                .param("kind", body.data().kind().name())
                .param("name", body.data().name())
                .param("commune", body.data().commune())
                .param("content", json.writeValueAsString(body.data()))
                .param("expected", expected)
                .param("now", OffsetDateTime.now(clock))
                .param("actor", actor)
                .update();
        if (updated == 0) throw new OptimisticLockingFailureException("body " + body.id() + " changed since read");
        return expected + 1;
    }

    private Stored<Body> body(ResultSet rs) throws SQLException {
        BodyData data = json.readValue(rs.getString("content"), BodyData.class);
        return new Stored<>(
                new Body(
                        rs.getObject("id", UUID.class),
                        rs.getObject("convention_id", UUID.class),
                        data,
                        rs.getObject("owner_id", UUID.class)),
                rs.getInt("version"));
    }

    // ---------------------------------------------------------------- meetings

    private static final String MEETING =
            "SELECT id, convention_id, content, decisions, version FROM governance.meeting";

    public List<Stored<Meeting>> meetings(UUID conventionId) {
        return jdbc.sql(MEETING + " WHERE convention_id = :c ORDER BY held_on, created_at")
                .param("c", conventionId)
                .query((rs, n) -> meeting(rs))
                .list();
    }

    /** The meetings of several conventions in one statement, by convention, each in the order of {@link #meetings}. */
    public Map<UUID, List<Stored<Meeting>>> meetingsOf(Collection<UUID> conventionIds) {
        Map<UUID, List<Stored<Meeting>>> result = new HashMap<>();
        if (conventionIds.isEmpty()) return result;
        jdbc.sql(MEETING + " WHERE convention_id = ANY(:c) ORDER BY convention_id, held_on, created_at")
                .param("c", conventionIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("convention_id", UUID.class), meeting(rs)))
                .list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return result;
    }

    public Optional<Stored<Meeting>> findMeeting(UUID id) {
        return jdbc.sql(MEETING + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> meeting(rs))
                .optional();
    }

    public void insertMeeting(Meeting meeting, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        INSERT INTO governance.meeting (id, convention_id, body_id, held_on, content, decisions, version, created_at,
                            created_by, updated_at, updated_by)
                        VALUES (:id, :c, :body, :on, CAST(:content AS jsonb), CAST(:decisions AS jsonb), 0, :now, :actor, :now, :actor)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", meeting.id())
                .param("c", meeting.conventionId())
                .param("body", meeting.data().bodyId())
                .param("on", meeting.data().date())
                .param("content", json.writeValueAsString(meeting.data()))
                .param("decisions", json.writeValueAsString(meeting.decisions()))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public int updateMeeting(Meeting meeting, int expected, String actor) {
        int updated = jdbc.sql("""
                        UPDATE governance.meeting SET body_id = :body, held_on = :on, content = CAST(:content AS jsonb),
                            decisions = CAST(:decisions AS jsonb), version = version + 1, updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :expected""")
                .param("id", meeting.id())
                .param("body", meeting.data().bodyId())
                .param("on", meeting.data().date())
                .param("content", json.writeValueAsString(meeting.data()))
                .param("decisions", json.writeValueAsString(meeting.decisions()))
                .param("expected", expected)
                .param("now", OffsetDateTime.now(clock))
                .param("actor", actor)
                .update();
        if (updated == 0)
            throw new OptimisticLockingFailureException("meeting " + meeting.id() + " changed since read");
        return expected + 1;
    }

    private Stored<Meeting> meeting(ResultSet rs) throws SQLException {
        MeetingData data = json.readValue(rs.getString("content"), MeetingData.class);
        List<Decision> decisions = json.readValue(rs.getString("decisions"), new TypeReference<List<Decision>>() {});
        return new Stored<>(
                new Meeting(rs.getObject("id", UUID.class), rs.getObject("convention_id", UUID.class), data, decisions),
                rs.getInt("version"));
    }

    // ---------------------------------------------------------------- posts

    private static final String POST = "SELECT id, convention_id, content, reports, version FROM governance.post";

    public List<Stored<Post>> posts(UUID conventionId) {
        return jdbc.sql(POST + " WHERE convention_id = :c ORDER BY created_at, commune NULLS FIRST")
                .param("c", conventionId)
                .query((rs, n) -> post(rs))
                .list();
    }

    /** The posts of several conventions in one statement, by convention, each in the order of {@link #posts}. */
    public Map<UUID, List<Stored<Post>>> postsOf(Collection<UUID> conventionIds) {
        Map<UUID, List<Stored<Post>>> result = new HashMap<>();
        if (conventionIds.isEmpty()) return result;
        jdbc.sql(POST + " WHERE convention_id = ANY(:c) ORDER BY convention_id, created_at, commune NULLS FIRST")
                .param("c", conventionIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("convention_id", UUID.class), post(rs)))
                .list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return result;
    }

    public Optional<Stored<Post>> findPost(UUID id) {
        return jdbc.sql(POST + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> post(rs))
                .optional();
    }

    public void insertPost(Post post, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        INSERT INTO governance.post (id, convention_id, role, commune, etp, content, reports, version, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:id, :c, :role, :commune, :etp, CAST(:content AS jsonb), CAST(:reports AS jsonb), 0, :now, :actor, :now, :actor)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", post.id())
                .param("c", post.conventionId())
                .param("role", post.data().role().name())
                .param("commune", post.data().commune())
                .param("etp", post.data().etp())
                .param("content", json.writeValueAsString(post.data()))
                .param("reports", reports(post))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public int updatePost(Post post, int expected, String actor) {
        int updated = jdbc.sql("""
                        UPDATE governance.post SET role = :role, commune = :commune, etp = :etp, content = CAST(:content AS jsonb),
                            reports = CAST(:reports AS jsonb), version = version + 1, updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :expected""")
                .param("id", post.id())
                .param("role", post.data().role().name())
                .param("commune", post.data().commune())
                .param("etp", post.data().etp())
                .param("content", json.writeValueAsString(post.data()))
                .param("reports", reports(post))
                .param("expected", expected)
                .param("now", OffsetDateTime.now(clock))
                .param("actor", actor)
                .update();
        if (updated == 0) throw new OptimisticLockingFailureException("post " + post.id() + " changed since read");
        return expected + 1;
    }

    private String reports(Post post) {
        Map<String, String> byYear = new TreeMap<>();
        post.reports().forEach((year, on) -> byYear.put(String.valueOf(year), on.toString()));
        return json.writeValueAsString(byYear);
    }

    private Stored<Post> post(ResultSet rs) throws SQLException {
        PostData data = json.readValue(rs.getString("content"), PostData.class);
        Map<String, String> raw = json.readValue(rs.getString("reports"), new TypeReference<Map<String, String>>() {});
        Map<Integer, LocalDate> reports = new TreeMap<>();
        raw.forEach((year, on) -> reports.put(Integer.valueOf(year), LocalDate.parse(on)));
        return new Stored<>(
                new Post(rs.getObject("id", UUID.class), rs.getObject("convention_id", UUID.class), data, reports),
                rs.getInt("version"));
    }
}
