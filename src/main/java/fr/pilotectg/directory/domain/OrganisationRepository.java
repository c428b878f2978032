package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.platform.ReachSql;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.shared.SearchText;
import fr.pilotectg.territory.Lookup;
import fr.pilotectg.territory.LookupSql;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations in SQL; a save checks the version it read (optimistic locking). */
@Repository
public class OrganisationRepository {

    private static final String SELECT = """
            SELECT o.id, o.kind, o.name, o.short_name, o.siren, o.departements, o.version,
                   ARRAY(SELECT commune_code FROM directory.organisation_commune c WHERE c.organisation_id = o.id ORDER BY 1) AS communes,
                   ARRAY(SELECT epci_siren FROM directory.organisation_epci e WHERE e.organisation_id = o.id ORDER BY 1) AS epcis,
                   ARRAY(SELECT DISTINCT m.code FROM directory.organisation_epci e
                         JOIN territory.commune m ON m.epci_siren = e.epci_siren AND m.kind = 'COMMUNE'
                         WHERE e.organisation_id = o.id ORDER BY 1) AS epci_communes
            FROM directory.organisation o
            """;

    /**
     * The organisations a reach covers, the same rule as {@link fr.pilotectg.platform.Reach#covers} on
     * {@link fr.pilotectg.directory.Directory#footprintOf}: the organisation itself, one attached to a commune of the
     * reach or to a commune of one of its départements, one that covers one of its départements. Organisations keep
     * their communes in a table of their own, so the filter is written here; {@link ReachSql#bind} sets its parameters.
     * An organisation attached to an EPCI stands on the EPCI's member communes (the reference data's, read live, as
     * {@code epci_communes} in {@link #SELECT}).
     */
    private static final String IN_REACH = """
            (:all OR o.id = ANY(:orgs)
             OR EXISTS (SELECT 1 FROM directory.organisation_commune c WHERE c.organisation_id = o.id
                        AND (c.commune_code = ANY(:communes)
                             OR CASE WHEN c.commune_code LIKE '97%' THEN left(c.commune_code, 3) ELSE left(c.commune_code, 2) END
                                = ANY(:deps)))
             OR EXISTS (SELECT 1 FROM directory.organisation_epci e
                        JOIN territory.commune m ON m.epci_siren = e.epci_siren AND m.kind = 'COMMUNE'
                        WHERE e.organisation_id = o.id
                        AND (m.code = ANY(:communes)
                             OR CASE WHEN m.code LIKE '97%' THEN left(m.code, 3) ELSE left(m.code, 2) END = ANY(:deps)))
             OR o.departements && CAST(:deps AS text[]))
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id")
                .param("id", id)
                .query(OrganisationRepository::organisation)
                .optional();
    }

    public Optional<OrganisationView> findView(UUID id) {
        return find(id).map(Organisation::view);
    }

    public List<OrganisationView> findViews(Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc
                .sql(SELECT + " WHERE o.id = ANY(:ids) ORDER BY o.name")
                .param("ids", ids.toArray(UUID[]::new))
                .query(OrganisationRepository::organisation)
                .list()
                .stream()
                .map(Organisation::view)
                .toList();
    }

    public Optional<OrganisationView> findByName(String name) {
        return jdbc.sql(SELECT + " WHERE lower(o.name) = lower(:name)")
                .param("name", name)
                .query(OrganisationRepository::organisation)
                .optional()
                .map(Organisation::view);
    }

    public PageResult<OrganisationView> search(Reach reach, String text, OrganisationKind kind, PageQuery page) {
        String where = " WHERE " + IN_REACH + " AND (:text = '' OR o.search_name LIKE :like)"
                + " AND (CAST(:kind AS text) IS NULL OR o.kind = :kind)";
        String folded = SearchText.fold(text);
        long total = bind(jdbc.sql("SELECT count(*) FROM directory.organisation o" + where), reach, folded, kind)
                .query(Long.class)
                .single();
        List<OrganisationView> rows = bind(
                        jdbc.sql(SELECT + where + " ORDER BY o.kind, o.name LIMIT :limit OFFSET :offset"),
                        reach,
                        folded,
                        kind)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(OrganisationRepository::organisation)
                .list()
                .stream()
                .map(Organisation::view)
                .toList();
        return PageResult.of(rows, page, total);
    }

    /**
     * Type-ahead on the organisations a reach covers: every word typed in the folded name or short name, or the SIREN;
     * exact names first, then names starting with the text, then French order.
     */
    public List<OrganisationView> suggest(Reach reach, Lookup lookup) {
        var words = new LookupSql("o.search_name", lookup);
        return words
                .bind(ReachSql.bind(
                        jdbc.sql(SELECT + " WHERE " + IN_REACH + " AND (o.siren = :code OR " + words.where() + ")"
                                + " ORDER BY CASE WHEN o.siren = :code THEN 0 ELSE " + words.rank()
                                + " END, o.name, o.id LIMIT :limit"),
                        reach))
                .query(OrganisationRepository::organisation)
                .list()
                .stream()
                .map(Organisation::view)
                .toList();
    }

    /**
     * The organisations that already stand for a commune or an EPCI of the reference data: of kind COMMUNE attached to
     * that commune, or of kind EPCI attached to that EPCI, or with its SIREN; by name (none for null codes).
     */
    public List<OrganisationView> standingFor(OrganisationKind kind, String code, String siren) {
        String attached = kind == OrganisationKind.EPCI
                ? "EXISTS (SELECT 1 FROM directory.organisation_epci e WHERE e.organisation_id = o.id AND e.epci_siren = :code)"
                : "EXISTS (SELECT 1 FROM directory.organisation_commune c WHERE c.organisation_id = o.id AND c.commune_code = :code)";
        return jdbc
                .sql(SELECT + " WHERE o.kind = :kind AND (" + attached + " OR o.siren = :siren) ORDER BY o.name")
                .param("kind", kind.name())
                .param("code", code)
                .param("siren", siren == null ? "" : siren)
                .query(OrganisationRepository::organisation)
                .list()
                .stream()
                .map(Organisation::view)
                .toList();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, Reach reach, String folded, OrganisationKind kind) {
        return ReachSql.bind(spec, reach)
                .param("text", folded)
                .param("like", "%" + folded + "%")
                .param("kind", kind == null ? null : kind.name());
    }

    /** Inserts a new organisation or updates one whose version has not changed since it was read. */
    public void save(Organisation organisation) {
        OrganisationView v = organisation.view();
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            int updated = jdbc.sql("""
                            UPDATE directory.organisation SET kind = :kind, name = :name, short_name = :short, search_name = :search, siren = :siren,
                                   departements = :deps, version = version + 1, updated_at = :now
                            WHERE id = :id AND version = :version""")
                    .param("kind", v.kind().name())
                    .param("name", v.name())
                    .param("short", v.shortName())
                    .param("siren", v.siren())
                    .param("search", search(v))
                    .param("deps", v.departements().toArray(String[]::new))
                    .param("now", now)
                    .param("id", v.id())
                    .param("version", v.version())
                    .update();
            if (updated == 0) {
                boolean exists = jdbc.sql("SELECT count(*) FROM directory.organisation WHERE id = :id")
                                .param("id", v.id())
                                .query(Long.class)
                                .single()
                        > 0;
                if (exists)
                    throw new OptimisticLockingFailureException(
                            "organisation " + v.id() + " changed since version " + v.version());
                jdbc.sql("""
                                INSERT INTO directory.organisation (id, kind, name, short_name, search_name, siren, departements, version, created_at, updated_at)
                                VALUES (:id, :kind, :name, :short, :search, :siren, :deps, 0, :now, :now)""")
                        .param("id", v.id())
                        .param("kind", v.kind().name())
                        .param("name", v.name())
                        .param("short", v.shortName())
                        .param("siren", v.siren())
                        .param("search", search(v))
                        .param("deps", v.departements().toArray(String[]::new))
                        .param("now", now)
                        .update();
            }
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("ORGANISATION_NAME_TAKEN", v.name());
        }
        jdbc.sql("DELETE FROM directory.organisation_commune WHERE organisation_id = :id")
                .param("id", v.id())
                .update();
        for (String code : v.communes()) {
            jdbc.sql("INSERT INTO directory.organisation_commune (organisation_id, commune_code) VALUES (:id, :code)")
                    .param("id", v.id())
                    .param("code", code)
                    .update();
        }
        jdbc.sql("DELETE FROM directory.organisation_epci WHERE organisation_id = :id")
                .param("id", v.id())
                .update();
        for (String siren : v.epcis()) {
            jdbc.sql("INSERT INTO directory.organisation_epci (organisation_id, epci_siren) VALUES (:id, :siren)")
                    .param("id", v.id())
                    .param("siren", siren)
                    .update();
        }
    }

    private static String search(OrganisationView v) {
        return SearchText.fold(v.name() + " " + (v.shortName() == null ? "" : v.shortName()));
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM directory.organisation")
                .query(Long.class)
                .single();
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return Organisation.restore(
                rs.getObject("id", UUID.class),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("short_name"),
                trim(rs.getString("siren")),
                strings(rs.getArray("departements")),
                strings(rs.getArray("communes")),
                strings(rs.getArray("epcis")).stream().map(String::trim).toList(),
                rs.getInt("version"),
                strings(rs.getArray("epci_communes")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
