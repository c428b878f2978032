package fr.pilotectg.territory.domain;

import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.shared.SearchText;
import fr.pilotectg.territory.CommuneCentroid;
import fr.pilotectg.territory.CommuneKind;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.DepartementView;
import fr.pilotectg.territory.EpciView;
import fr.pilotectg.territory.Lookup;
import fr.pilotectg.territory.LookupSql;
import fr.pilotectg.territory.QpvOutline;
import fr.pilotectg.territory.QpvView;
import fr.pilotectg.territory.ReferenceDataset;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read queries over the reference territories (plain SQL). */
@Component
public class TerritoryQueries {

    private static final String COMMUNE_SELECT = """
            SELECT c.code, c.kind, c.name, c.parent_code, p.name AS parent_name, c.departement_code, d.name AS departement_name,
                   c.region_code, r.name AS region_name, COALESCE(c.siren, p.siren) AS siren,
                   COALESCE(c.epci_siren, p.epci_siren) AS epci_siren, e.name AS epci_name,
                   c.population, c.population_millesime, c.postal_codes
            FROM territory.commune c
            LEFT JOIN territory.commune p ON p.code = c.parent_code AND p.kind = 'COMMUNE'
            LEFT JOIN territory.departement d ON d.code = c.departement_code
            LEFT JOIN territory.region r ON r.code = c.region_code
            LEFT JOIN territory.epci e ON e.siren = COALESCE(c.epci_siren, p.epci_siren)
            """;

    private static final String KIND_ORDER =
            "CASE c.kind WHEN 'COMMUNE' THEN 0 WHEN 'COMMUNE_ASSOCIEE' THEN 1 WHEN 'COMMUNE_DELEGUEE' THEN 2 ELSE 3 END";

    private final JdbcClient jdbc;

    public TerritoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<CommuneView> searchCommunes(String text, PageQuery page) {
        String folded = SearchText.fold(text);
        String code = text.trim().toUpperCase(java.util.Locale.ROOT);
        String where = folded.isEmpty() ? "TRUE" : "(c.code = :code OR c.search_name LIKE :contains)";
        var count = jdbc.sql("SELECT count(*) FROM territory.commune c WHERE " + where);
        var select = jdbc.sql(COMMUNE_SELECT + " WHERE " + where + " " + """
                 ORDER BY (c.code = :code) DESC, (c.search_name = :exact) DESC, (c.search_name LIKE :prefix) DESC,
                          %s, c.population DESC NULLS LAST, c.name, c.code
                 LIMIT :limit OFFSET :offset""".formatted(KIND_ORDER));
        if (!folded.isEmpty()) {
            count = count.param("code", code).param("contains", "%" + escapeLike(folded) + "%");
            select = select.param("contains", "%" + escapeLike(folded) + "%");
        }
        long total = count.query(Long.class).single();
        List<CommuneView> rows = select.param("code", code)
                .param("exact", folded)
                .param("prefix", escapeLike(folded) + "%")
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(TerritoryQueries::commune)
                .list();
        return PageResult.of(rows, page, total);
    }

    /**
     * Type-ahead on communes (communes associées and déléguées included): every word typed must occur in the folded name
     * (accents, case, hyphens and apostrophes ignored), or the text is the INSEE code or SIREN. The exact code first,
     * then the exact name, names that start with the text, names with a word that starts with it, others; then French
     * order of the names (the column's collation).
     */
    public List<CommuneView> suggestCommunes(Lookup lookup) {
        var words = new LookupSql("c.search_name", lookup);
        return words.bind(jdbc.sql(COMMUNE_SELECT + """
                         WHERE c.kind IN ('COMMUNE', 'COMMUNE_ASSOCIEE', 'COMMUNE_DELEGUEE')
                           AND (c.code = :code OR c.siren = :code OR %s)
                         ORDER BY CASE WHEN c.code = :code OR c.siren = :code THEN 0 ELSE %s END, %s, c.name, c.code
                         LIMIT :limit""".formatted(words.where(), words.rank(), KIND_ORDER)))
                .query(TerritoryQueries::commune)
                .list();
    }

    /** Type-ahead on EPCI, by name (every word, folded) or SIREN; the same order as {@link #suggestCommunes}. */
    public List<EpciView> suggestEpcis(Lookup lookup) {
        var words = new LookupSql("e.search_name", lookup);
        return words.bind(jdbc.sql("""
                        SELECT e.* FROM territory.epci e WHERE e.siren = :code OR %s
                        ORDER BY CASE WHEN e.siren = :code THEN 0 ELSE %s END, e.name, e.siren
                        LIMIT :limit""".formatted(words.where(), words.rank())))
                .query(TerritoryQueries::epci)
                .list();
    }

    public Optional<CommuneView> commune(String code) {
        return jdbc.sql(COMMUNE_SELECT + " WHERE c.code = :code ORDER BY " + KIND_ORDER + " LIMIT 1")
                .param("code", code)
                .query(TerritoryQueries::commune)
                .optional();
    }

    public List<CommuneView> communes(Set<String> codes) {
        if (codes.isEmpty()) return List.of();
        return jdbc.sql(COMMUNE_SELECT
                        + " WHERE c.code = ANY(:codes) AND c.kind IN ('COMMUNE', 'COMMUNE_ASSOCIEE', 'COMMUNE_DELEGUEE')"
                        + " ORDER BY c.name")
                .param("codes", codes.toArray(String[]::new))
                .query(TerritoryQueries::commune)
                .list();
    }

    /**
     * The centroids of these communes; a commune without one of its own (Lomme, Hellemmes) takes its parent's. A code
     * with neither is left out.
     */
    public List<CommuneCentroid> centroids(Set<String> codes) {
        if (codes.isEmpty()) return List.of();
        return jdbc.sql("""
                        SELECT q.code, COALESCE(own.latitude, parent.latitude) AS latitude,
                               COALESCE(own.longitude, parent.longitude) AS longitude, own.code IS NULL AS of_parent,
                               (SELECT n.name FROM territory.commune n WHERE n.code = q.code
                                ORDER BY n.kind = 'COMMUNE' DESC LIMIT 1) AS name
                        FROM unnest(CAST(:codes AS text[])) AS q(code)
                        LEFT JOIN territory.commune_centroid own ON own.code = q.code
                        LEFT JOIN LATERAL (SELECT pc.latitude, pc.longitude FROM territory.commune c
                                           JOIN territory.commune_centroid pc ON pc.code = c.parent_code
                                           WHERE c.code = q.code AND c.parent_code IS NOT NULL LIMIT 1) parent ON TRUE
                        WHERE COALESCE(own.latitude, parent.latitude) IS NOT NULL
                        ORDER BY q.code""")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, i) -> new CommuneCentroid(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude"),
                        rs.getBoolean("of_parent")))
                .list();
    }

    /** The communes (not their associées or déléguées) whose centroid lies in the box, largest first, at most {@code limit}. */
    public List<CommuneCentroid> centroidsWithin(
            java.math.BigDecimal latMin,
            java.math.BigDecimal latMax,
            java.math.BigDecimal lonMin,
            java.math.BigDecimal lonMax,
            int limit) {
        return jdbc.sql("""
                        SELECT g.code, c.name, g.latitude, g.longitude
                        FROM territory.commune_centroid g
                        JOIN territory.commune c ON c.code = g.code AND c.kind = 'COMMUNE'
                        WHERE g.latitude BETWEEN :latMin AND :latMax AND g.longitude BETWEEN :lonMin AND :lonMax
                        ORDER BY c.population DESC NULLS LAST, g.code LIMIT :limit""")
                .param("latMin", latMin)
                .param("latMax", latMax)
                .param("lonMin", lonMin)
                .param("lonMax", lonMax)
                .param("limit", limit)
                .query((rs, i) -> new CommuneCentroid(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude"),
                        false))
                .list();
    }

    public List<CommuneView> attachedCommunes(String code) {
        return jdbc.sql(COMMUNE_SELECT
                        + " WHERE c.parent_code = :code AND c.kind <> 'COMMUNE' AND c.code <> :code ORDER BY c.name")
                .param("code", code)
                .query(TerritoryQueries::commune)
                .list();
    }

    public List<CommuneView> epciMembers(String siren) {
        return jdbc.sql(COMMUNE_SELECT + " WHERE c.epci_siren = :siren AND c.kind = 'COMMUNE' ORDER BY c.name")
                .param("siren", siren)
                .query(TerritoryQueries::commune)
                .list();
    }

    public Optional<EpciView> epci(String siren) {
        return jdbc.sql("SELECT * FROM territory.epci WHERE siren = :siren")
                .param("siren", siren)
                .query(TerritoryQueries::epci)
                .optional();
    }

    public PageResult<EpciView> searchEpcis(String text, PageQuery page) {
        String folded = "%" + escapeLike(SearchText.fold(text)) + "%";
        long total = jdbc.sql("SELECT count(*) FROM territory.epci WHERE siren = :q OR search_name LIKE :folded")
                .param("q", text.trim())
                .param("folded", folded)
                .query(Long.class)
                .single();
        List<EpciView> rows = jdbc.sql("""
                        SELECT * FROM territory.epci WHERE siren = :q OR search_name LIKE :folded
                        ORDER BY population_municipale DESC NULLS LAST, name LIMIT :limit OFFSET :offset""")
                .param("q", text.trim())
                .param("folded", folded)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(TerritoryQueries::epci)
                .list();
        return PageResult.of(rows, page, total);
    }

    public List<QpvView> qpvsOf(String code) {
        return jdbc.sql("SELECT * FROM territory.qpv WHERE :code = ANY(communes) ORDER BY name")
                .param("code", code)
                .query(TerritoryQueries::qpv)
                .list();
    }

    public List<QpvOutline> qpvOutlines() {
        return jdbc.sql(
                        "SELECT code, name, communes, CAST(geometry AS text) AS geometry FROM territory.qpv WHERE geometry IS NOT NULL ORDER BY code")
                .query((rs, i) -> new QpvOutline(
                        rs.getString("code"),
                        rs.getString("name"),
                        strings(rs.getArray("communes")),
                        rs.getString("geometry")))
                .list();
    }

    public Optional<QpvView> qpv(String code) {
        return jdbc.sql("SELECT * FROM territory.qpv WHERE code = :code")
                .param("code", code)
                .query(TerritoryQueries::qpv)
                .optional();
    }

    public Optional<DepartementView> departement(String code) {
        return jdbc.sql("""
                        SELECT d.code, d.name, d.region_code, r.name AS region_name FROM territory.departement d
                        LEFT JOIN territory.region r ON r.code = d.region_code WHERE d.code = :code""")
                .param("code", code)
                .query(TerritoryQueries::departement)
                .optional();
    }

    public List<DepartementView> departements() {
        return jdbc.sql("""
                        SELECT d.code, d.name, d.region_code, r.name AS region_name FROM territory.departement d
                        LEFT JOIN territory.region r ON r.code = d.region_code ORDER BY d.code""").query(TerritoryQueries::departement).list();
    }

    public List<ReferenceDataset> datasets() {
        return jdbc.sql("SELECT * FROM territory.reference_import ORDER BY dataset")
                .query((rs, i) -> new ReferenceDataset(
                        rs.getString("dataset"),
                        rs.getString("millesime"),
                        rs.getString("source"),
                        rs.getInt("row_count"),
                        rs.getTimestamp("imported_at").toInstant()))
                .list();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static CommuneView commune(ResultSet rs, int row) throws SQLException {
        return new CommuneView(
                rs.getString("code"),
                CommuneKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("parent_code"),
                rs.getString("parent_name"),
                rs.getString("departement_code"),
                rs.getString("departement_name"),
                rs.getString("region_code"),
                rs.getString("region_name"),
                trim(rs.getString("siren")),
                trim(rs.getString("epci_siren")),
                rs.getString("epci_name"),
                (Integer) rs.getObject("population"),
                rs.getString("population_millesime"),
                rs.getString("postal_codes"));
    }

    private static EpciView epci(ResultSet rs, int row) throws SQLException {
        return new EpciView(
                rs.getString("siren"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getString("financing_mode"),
                (Integer) rs.getObject("population_totale"),
                (Integer) rs.getObject("population_municipale"),
                (Integer) rs.getObject("commune_count"));
    }

    private static QpvView qpv(ResultSet rs, int row) throws SQLException {
        return new QpvView(
                rs.getString("code"),
                rs.getString("name"),
                strings(rs.getArray("communes")),
                strings(rs.getArray("departements")),
                rs.getBigDecimal("lon_min"),
                rs.getBigDecimal("lat_min"),
                rs.getBigDecimal("lon_max"),
                rs.getBigDecimal("lat_max"));
    }

    private static DepartementView departement(ResultSet rs, int row) throws SQLException {
        return new DepartementView(
                rs.getString("code"), rs.getString("name"), rs.getString("region_code"), rs.getString("region_name"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable String trim(@Nullable String value) {
        return value == null ? null : value.trim();
    }
}
