package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionFilter;
import fr.pilotectg.convention.ConventionFinding;
import fr.pilotectg.convention.ConventionInForce;
import fr.pilotectg.convention.ConventionNeed;
import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.platform.ReachSql;
import fr.pilotectg.shared.DatePrecision;
import fr.pilotectg.shared.SearchText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Read side of the conventions: the portfolio, filtered in SQL by the user's reach and the filters. */
@Repository
public class ConventionQueries {

    /** The access rule in SQL on the projected footprint, the same as {@code Reach.covers(Footprint)}. */
    private static final String IN_REACH = ReachSql.covers("c.organisations", "c.footprint_communes", "c.departements");

    /**
     * The acts a convention waits for ({@link ConventionNeed}), each a predicate on the stored columns and {@code :today},
     * selected by {@code :need}: one SQL expression for the portfolio's filter and the home page's groups.
     */
    static final String NEEDS = """
            ((CAST(:need AS text) = 'ENDED_WITHOUT_SUCCESSOR' AND c.status IN ('SIGNED', 'ACTIVE', 'EXPIRED')
                  AND c.end_date < :today AND c.successor_id IS NULL AND c.terminates_on IS NULL)
              OR (CAST(:need AS text) = 'DRAFT_STARTED' AND c.status IN ('DRAFT', 'IN_SIGNATURE') AND c.start_date <= :today)
              OR (CAST(:need AS text) = 'AWAITING_DELIBERATION' AND c.status = 'IN_SIGNATURE'
                  AND EXISTS (SELECT 1 FROM jsonb_object_keys(c.needs_deliberation) AS k(signatory)
                              WHERE NOT EXISTS (SELECT 1 FROM convention.deliberation_link l
                                                WHERE l.convention_id = c.id AND l.signatory_id = CAST(k.signatory AS uuid)))))
            """;

    private static final String FILTERS = """
             AND (CAST(:text AS text) IS NULL OR c.search_title LIKE :like)
             AND (CAST(:caf AS uuid) IS NULL OR c.caf_id = :caf)
             AND (CAST(:status AS text) IS NULL OR c.status = :status)
             AND (CAST(:commune AS text) IS NULL OR :commune = ANY(c.communes))
             AND (CAST(:epci AS text) IS NULL OR :epci = ANY(c.epcis))
             AND (CAST(:domain AS text) IS NULL OR :domain = ANY(c.domains))
             AND (CAST(:from AS date) IS NULL OR c.end_date >= :from)
             AND (CAST(:to AS date) IS NULL OR c.start_date <= :to)
             AND (NOT :findingsOnly OR jsonb_array_length(c.findings) > 0)
             AND (CAST(:need AS text) IS NULL OR """ + NEEDS + ")";

    private static final String SELECT = """
            SELECT c.id, c.title, c.status, c.start_date, c.end_date, c.signed_on, c.terminates_on, c.caf_id, c.communes, c.epcis,
                   c.domains, c.organisations, c.predecessor_id, c.successor_id, c.version,
                   c.needs_deliberation, c.footprint_communes, c.departements, c.start_precision, c.end_precision, c.findings
            FROM convention.convention c""";

    private static final String SELECT_COUNTED = SELECT.replace(
            "\nFROM convention.convention c", ", count(*) OVER () AS total\nFROM convention.convention c");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final java.time.Clock clock;

    ConventionQueries(JdbcClient jdbc, JsonMapper json, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    private Map<UUID, String> needing(String document) {
        var result = new LinkedHashMap<UUID, String>();
        json.readValue(document, new TypeReference<Map<String, String>>() {})
                .forEach((id, name) -> result.put(UUID.fromString(id), name));
        return result;
    }

    /** A portfolio line: the summary and the signatories that need a deliberation (name by organisation id). */
    public record PortfolioRow(ConventionSummary summary, Map<UUID, String> needingDeliberation) {}

    /** Rows of the portfolio and how many match in all (one statement, the count by a window over the same rows). */
    public record PortfolioSlice(List<PortfolioRow> rows, long total) {}

    /**
     * The conventions in reach matching the filters (alerts excepted), ending soonest first, from {@code offset}, at
     * most {@code limit}, with the number matching in all: ordering, paging and counting in the database. A page past
     * the end costs a second statement (the count alone).
     */
    public PortfolioSlice search(Reach reach, ConventionFilter filter, long offset, int limit) {
        String folded = filter.text() == null ? null : SearchText.fold(filter.text());
        long[] total = {-1};
        List<PortfolioRow> rows = filters(
                        ReachSql.bind(
                                jdbc.sql(SELECT_COUNTED + " WHERE " + IN_REACH + FILTERS
                                        + " ORDER BY c.end_date, c.title, c.id LIMIT :limit OFFSET :offset"),
                                reach),
                        filter,
                        folded)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new PortfolioRow(summary(rs, n), needing(rs.getString("needs_deliberation")));
                })
                .list();
        if (total[0] < 0)
            total[0] = offset == 0
                    ? 0
                    : filters(
                                    ReachSql.bind(
                                            jdbc.sql("SELECT count(*) FROM convention.convention c WHERE " + IN_REACH
                                                    + FILTERS),
                                            reach),
                                    filter,
                                    folded)
                            .query(Long.class)
                            .single();
        return new PortfolioSlice(rows, total[0]);
    }

    private JdbcClient.StatementSpec filters(JdbcClient.StatementSpec spec, ConventionFilter filter, String folded) {
        return spec.param("text", folded)
                .param("like", "%" + (folded == null ? "" : folded) + "%")
                .param("caf", filter.cafId())
                .param("status", filter.status())
                .param("commune", filter.commune())
                .param("epci", filter.epci())
                .param("domain", filter.domain())
                .param("from", filter.from())
                .param("to", filter.to())
                .param("findingsOnly", filter.findingsOnly())
                .param("need", filter.need() == null ? null : filter.need().name())
                .param("today", LocalDate.now(clock));
    }

    /**
     * The conventions in reach in force (signed or active), ending soonest first, at most {@code limit}, with how many
     * there are in all: one statement.
     */
    public PortfolioSlice inForce(Reach reach, int limit) {
        long[] total = {0};
        List<PortfolioRow> rows = ReachSql.bind(
                        jdbc.sql(
                                SELECT_COUNTED + " WHERE " + IN_REACH
                                        + " AND c.status IN ('SIGNED', 'ACTIVE') ORDER BY c.end_date, c.title, c.id LIMIT :limit"),
                        reach)
                .param("limit", limit)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new PortfolioRow(summary(rs, n), needing(rs.getString("needs_deliberation")));
                })
                .list();
        return new PortfolioSlice(rows, total[0]);
    }

    /** Every convention in reach in force (signed or active), ending soonest first: one statement, three columns. */
    public List<ConventionInForce> inForceRefs(Reach reach) {
        return ReachSql.bind(
                        jdbc.sql("SELECT c.id, c.title, c.start_date FROM convention.convention c WHERE " + IN_REACH
                                + " AND c.status IN ('SIGNED', 'ACTIVE') ORDER BY c.end_date, c.title, c.id"),
                        reach)
                .query((rs, n) -> new ConventionInForce(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("start_date", LocalDate.class)))
                .list();
    }

    /** A convention waiting for an act, as the home page lists it. */
    public record NeedRow(ConventionNeed need, UUID id, String title, LocalDate start, LocalDate end, long total) {}

    /**
     * For each act ({@link ConventionNeed}), the conventions in reach waiting for it — at most {@code limit} of each,
     * the oldest end first — each row with the number waiting for that act in all: one statement.
     */
    public List<NeedRow> needs(Reach reach, int limit) {
        String sql = """
                SELECT need, id, title, start_date, end_date, total FROM (
                  SELECT n.need, c.id, c.title, c.start_date, c.end_date,
                         count(*) OVER (PARTITION BY n.need) AS total,
                         row_number() OVER (PARTITION BY n.need ORDER BY c.end_date, c.title, c.id) AS rank
                  FROM convention.convention c
                  CROSS JOIN (VALUES ('ENDED_WITHOUT_SUCCESSOR'), ('DRAFT_STARTED'), ('AWAITING_DELIBERATION')) AS n(need)
                  WHERE """ + IN_REACH + " AND " + NEEDS.replace("CAST(:need AS text)", "n.need") + """
                ) AS waiting WHERE rank <= :limit ORDER BY need, rank""";
        return ReachSql.bind(jdbc.sql(sql), reach)
                .param("today", LocalDate.now(clock))
                .param("limit", limit)
                .query((rs, n) -> new NeedRow(
                        ConventionNeed.valueOf(rs.getString("need")),
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getLong("total")))
                .list();
    }

    public Optional<ConventionSummary> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id")
                .param("id", id)
                .query(this::summary)
                .optional();
    }

    ConventionSummary summary(ResultSet rs, int n) throws SQLException {
        return new ConventionSummary(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                ConventionStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getObject("signed_on", LocalDate.class),
                rs.getObject("terminates_on", LocalDate.class),
                rs.getObject("caf_id", UUID.class),
                strings(rs, "communes"),
                strings(rs, "epcis"),
                strings(rs, "domains"),
                Arrays.asList((UUID[]) rs.getArray("organisations").getArray()),
                rs.getObject("predecessor_id", UUID.class),
                rs.getObject("successor_id", UUID.class),
                rs.getInt("version"),
                Footprint.of(
                        Arrays.asList((UUID[]) rs.getArray("organisations").getArray()),
                        strings(rs, "footprint_communes"),
                        strings(rs, "departements")),
                DatePrecision.valueOf(rs.getString("start_precision")),
                DatePrecision.valueOf(rs.getString("end_precision")),
                json.readValue(rs.getString("findings"), new TypeReference<List<ConventionFinding>>() {}));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
