package fr.pilotectg.deliberation.domain;

import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.platform.ReachSql;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.shared.SearchText;
import fr.pilotectg.shared.Siren;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deliberations in SQL (schema {@code deliberation}, ADR 0004): one row per deliberation with its name lists as text
 * arrays, its proxies in {@code deliberation.proxy}; a save checks the version it read (optimistic locking). Each row
 * keeps the footprint of its organisation, which lists are filtered on.
 */
@Repository
public class DeliberationRepository {

    /** A deliberation as stored: where it stands for the access mechanism, its version and its timestamps. */
    record Stored(Deliberation deliberation, Footprint footprint, int version, Instant createdAt, Instant updatedAt) {}

    /** Same rule as {@link Reach#covers} on the stored footprint (and as the audit trail's filter). */
    private static final String IN_REACH =
            ReachSql.covers("d.footprint_organisations", "d.footprint_communes", "d.footprint_departements") + "\n";

    private static final String FILTERS = """
             AND (CAST(:organisation AS uuid) IS NULL OR d.organisation_id = CAST(:organisation AS uuid))
             AND (CAST(:body AS text) IS NULL OR d.body = CAST(:body AS text))
             AND (CAST(:year AS int) IS NULL OR EXTRACT(YEAR FROM d.seance_date) = CAST(:year AS int))
             AND (CAST(:text AS text) = '' OR d.search_text LIKE CAST(:like AS text))
            """;
    private static final String ORDER = " ORDER BY d.seance_date DESC, d.number, d.id";

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliberationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Stored> find(UUID id) {
        return load(jdbc.sql("SELECT * FROM deliberation.deliberation d WHERE d.id = :id")
                        .param("id", id))
                .stream()
                .findFirst();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM deliberation.deliberation WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Stored> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return load(jdbc.sql("SELECT * FROM deliberation.deliberation d WHERE d.id = ANY(:ids)" + ORDER)
                .param("ids", ids.toArray(UUID[]::new)));
    }

    List<Stored> findByOrganisations(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) return List.of();
        return load(jdbc.sql("SELECT * FROM deliberation.deliberation d WHERE d.organisation_id = ANY(:orgs)" + ORDER)
                .param("orgs", organisationIds.toArray(UUID[]::new)));
    }

    PageResult<Stored> search(Reach reach, DeliberationQuery query, PageQuery page) {
        String where = " WHERE " + IN_REACH + FILTERS;
        long total = bind(jdbc.sql("SELECT count(*) FROM deliberation.deliberation d" + where), reach, query)
                .query(Long.class)
                .single();
        List<Stored> rows = load(bind(
                        jdbc.sql("SELECT * FROM deliberation.deliberation d" + where + ORDER
                                + " LIMIT :limit OFFSET :offset"),
                        reach,
                        query)
                .param("limit", page.size())
                .param("offset", page.offset()));
        return PageResult.of(rows, page, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Reach reach, DeliberationQuery query) {
        String folded = SearchText.fold(query.text());
        return ReachSql.bind(spec, reach)
                .param("organisation", query.organisationId())
                .param("body", query.body() == null ? null : query.body().name())
                .param("year", query.year())
                .param("text", folded)
                .param("like", "%" + folded + "%");
    }

    /** Inserts a new deliberation at version 0. */
    public void insert(Deliberation deliberation, Footprint footprint) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        bindColumns(jdbc.sql("""
                        INSERT INTO deliberation.deliberation (id, organisation_id, footprint_organisations, footprint_communes,
                            footprint_departements, issuer_name, issuer_siren, body, number, object, search_text, seance_date, seance_time,
                            seance_place, convocation_date, rapporteur, matiere, members_in_office, present, excused, absent, president,
                            secretary, declared_present, reconvened_without_quorum, vote_unanimous, vote_in_favour, vote_against,
                            vote_abstention, vote_not_taking_part, actes_id, sent_to_prefecture_on, received_by_prefecture_on,
                            published_on, version, created_at, updated_at)
                        VALUES (:id, :organisation, :fpOrgs, :fpCommunes, :fpDeps, :issuerName, :issuerSiren, :body, :number, :object,
                            :search, :seanceDate, :seanceTime, :seancePlace, :convocation, :rapporteur, :matiere, :members, :present,
                            :excused, :absent, :president, :secretary, :declared, :reconvened, :unanimous, :inFavour, :against,
                            :abstention, :notTakingPart, :actesId, :sent, :received, :published, 0, :now, :now)"""), deliberation, footprint).param("now", now).update();
        saveProxies(deliberation);
    }

    /** Updates a deliberation still at {@code expectedVersion}, and increments its version. */
    void update(Deliberation deliberation, int expectedVersion, Footprint footprint) {
        int updated = bindColumns(jdbc.sql("""
                        UPDATE deliberation.deliberation SET organisation_id = :organisation, footprint_organisations = :fpOrgs,
                            footprint_communes = :fpCommunes, footprint_departements = :fpDeps, issuer_name = :issuerName,
                            issuer_siren = :issuerSiren, body = :body, number = :number, object = :object, search_text = :search,
                            seance_date = :seanceDate, seance_time = :seanceTime, seance_place = :seancePlace,
                            convocation_date = :convocation, rapporteur = :rapporteur, matiere = :matiere, members_in_office = :members,
                            present = :present, excused = :excused, absent = :absent, president = :president, secretary = :secretary,
                            declared_present = :declared, reconvened_without_quorum = :reconvened, vote_unanimous = :unanimous,
                            vote_in_favour = :inFavour, vote_against = :against, vote_abstention = :abstention,
                            vote_not_taking_part = :notTakingPart, actes_id = :actesId, sent_to_prefecture_on = :sent,
                            received_by_prefecture_on = :received, published_on = :published, version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :version"""), deliberation, footprint)
                .param("now", OffsetDateTime.now(clock))
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "deliberation " + deliberation.id() + " changed since version " + expectedVersion);
        }
        jdbc.sql("DELETE FROM deliberation.proxy WHERE deliberation_id = :id")
                .param("id", deliberation.id())
                .update();
        saveProxies(deliberation);
    }

    private void saveProxies(Deliberation deliberation) {
        List<Proxy> proxies = deliberation.attendance().map(Attendance::proxies).orElse(List.of());
        for (int i = 0; i < proxies.size(); i++) {
            jdbc.sql(
                            "INSERT INTO deliberation.proxy (deliberation_id, position, giver, holder) VALUES (:id, :position, :giver, :holder)")
                    .param("id", deliberation.id())
                    .param("position", i)
                    .param("giver", proxies.get(i).giver().printed())
                    .param("holder", proxies.get(i).holder().printed())
                    .update();
        }
    }

    private static JdbcClient.StatementSpec bindColumns(
            JdbcClient.StatementSpec spec, Deliberation d, Footprint footprint) {
        Attendance attendance = d.attendance().orElse(null);
        Vote vote = d.vote().orElse(null);
        PrefectureTransmission transmission = d.transmission().orElse(null);
        return spec.param("id", d.id())
                .param("organisation", d.organisationId())
                .param("fpOrgs", footprint.organisations().toArray(UUID[]::new))
                .param("fpCommunes", footprint.communes().stream().sorted().toArray(String[]::new))
                .param("fpDeps", footprint.departements().stream().sorted().toArray(String[]::new))
                .param("issuerName", d.issuer().name())
                .param(
                        "issuerSiren",
                        d.issuer().siren() == null ? null : d.issuer().siren().value())
                .param("body", d.body().name())
                .param("number", d.number())
                .param("object", d.object())
                .param(
                        "search",
                        SearchText.fold(d.number() + " " + d.object() + " "
                                + d.issuer().name() + " "
                                + d.actesId().map(ActesIdentifier::value).orElse("")))
                .param("seanceDate", d.seance().date())
                .param("seanceTime", d.seance().time())
                .param("seancePlace", d.seance().place())
                .param("convocation", d.convocationDate().orElse(null))
                .param("rapporteur", d.rapporteur().map(MemberName::printed).orElse(null))
                .param("matiere", d.matiere().map(ActesMatiere::code).orElse(null))
                .param("members", attendance == null ? null : attendance.membersInOffice())
                .param("present", names(attendance == null ? List.of() : attendance.present()))
                .param("excused", names(attendance == null ? List.of() : attendance.excused()))
                .param("absent", names(attendance == null ? List.of() : attendance.absent()))
                .param(
                        "president",
                        attendance == null || attendance.president() == null
                                ? null
                                : attendance.president().printed())
                .param(
                        "secretary",
                        attendance == null || attendance.secretary() == null
                                ? null
                                : attendance.secretary().printed())
                .param("declared", attendance == null ? null : attendance.declaredPresent())
                .param("reconvened", attendance != null && attendance.reconvenedWithoutQuorum())
                .param("unanimous", vote == null ? null : vote.unanimous())
                .param("inFavour", vote == null ? null : vote.inFavour())
                .param("against", vote == null ? null : vote.against())
                .param("abstention", vote == null ? null : vote.abstention())
                .param("notTakingPart", vote == null ? 0 : vote.notTakingPart())
                .param("actesId", d.actesId().map(ActesIdentifier::value).orElse(null))
                .param("sent", transmission == null ? null : transmission.sentOn())
                .param("received", transmission == null ? null : transmission.receivedOn())
                .param("published", d.publishedOn().orElse(null));
    }

    private static String[] names(List<MemberName> names) {
        return names.stream().map(MemberName::printed).toArray(String[]::new);
    }

    /** Runs a query on deliberation rows and rebuilds each aggregate with its proxies. */
    private List<Stored> load(JdbcClient.StatementSpec query) {
        List<Row> rows = query.query(DeliberationRepository::row).list();
        if (rows.isEmpty()) return List.of();
        Map<UUID, List<Proxy>> proxies = new HashMap<>();
        jdbc.sql("SELECT deliberation_id, giver, holder FROM deliberation.proxy WHERE deliberation_id = ANY(:ids)"
                        + " ORDER BY deliberation_id, position")
                .param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getObject("deliberation_id", UUID.class),
                        Proxy.of(rs.getString("giver"), rs.getString("holder"))))
                .list()
                .forEach(entry -> proxies.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                        .add(entry.getValue()));
        return rows.stream()
                .map(row -> row.toStored(proxies.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                uuids(rs.getArray("footprint_organisations")),
                strings(rs.getArray("footprint_communes")),
                strings(rs.getArray("footprint_departements")),
                rs.getString("issuer_name"),
                trim(rs.getString("issuer_siren")),
                rs.getString("body"),
                rs.getString("number"),
                rs.getString("object"),
                rs.getObject("seance_date", LocalDate.class),
                rs.getObject("seance_time", LocalTime.class),
                rs.getString("seance_place"),
                rs.getObject("convocation_date", LocalDate.class),
                rs.getString("rapporteur"),
                rs.getString("matiere"),
                rs.getObject("members_in_office", Integer.class),
                strings(rs.getArray("present")),
                strings(rs.getArray("excused")),
                strings(rs.getArray("absent")),
                rs.getString("president"),
                rs.getString("secretary"),
                rs.getObject("declared_present", Integer.class),
                rs.getBoolean("reconvened_without_quorum"),
                rs.getObject("vote_unanimous", Boolean.class),
                rs.getObject("vote_in_favour", Integer.class),
                rs.getObject("vote_against", Integer.class),
                rs.getObject("vote_abstention", Integer.class),
                rs.getInt("vote_not_taking_part"),
                rs.getString("actes_id"),
                rs.getObject("sent_to_prefecture_on", LocalDate.class),
                rs.getObject("received_by_prefecture_on", LocalDate.class),
                rs.getObject("published_on", LocalDate.class),
                rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    /** The columns of one row, turned into the aggregate once its proxies are read. */
    private record Row(
            UUID id,
            UUID organisationId,
            List<UUID> footprintOrganisations,
            List<String> footprintCommunes,
            List<String> footprintDepartements,
            String issuerName,
            String issuerSiren,
            String body,
            String number,
            String object,
            LocalDate seanceDate,
            LocalTime seanceTime,
            String seancePlace,
            LocalDate convocationDate,
            String rapporteur,
            String matiere,
            Integer membersInOffice,
            List<String> present,
            List<String> excused,
            List<String> absent,
            String president,
            String secretary,
            Integer declaredPresent,
            boolean reconvenedWithoutQuorum,
            Boolean unanimous,
            Integer inFavour,
            Integer against,
            Integer abstention,
            int notTakingPart,
            String actesId,
            LocalDate sentOn,
            LocalDate receivedOn,
            LocalDate publishedOn,
            int version,
            Instant createdAt,
            Instant updatedAt) {

        Stored toStored(List<Proxy> proxies) {
            var deliberation = Deliberation.record(
                    id,
                    organisationId,
                    new Issuer(issuerName, issuerSiren == null ? null : new Siren(issuerSiren)),
                    CouncilBody.valueOf(body),
                    number,
                    object,
                    new Seance(seanceDate, seanceTime, seancePlace));
            if (convocationDate != null) deliberation.recordConvocation(convocationDate);
            if (rapporteur != null) deliberation.assignRapporteur(MemberName.of(rapporteur));
            if (matiere != null) deliberation.classify(ActesMatiere.parse(matiere));
            if (membersInOffice != null) {
                deliberation.recordAttendance(new Attendance(
                        membersInOffice,
                        members(present),
                        proxies,
                        members(excused),
                        members(absent),
                        president == null ? null : MemberName.of(president),
                        secretary == null ? null : MemberName.of(secretary),
                        declaredPresent,
                        reconvenedWithoutQuorum));
            }
            if (unanimous != null)
                deliberation.recordVote(new Vote(unanimous, inFavour, against, abstention, notTakingPart));
            if (actesId != null || sentOn != null || receivedOn != null) {
                deliberation.recordTransmission(new PrefectureTransmission(
                        actesId == null ? null : ActesIdentifier.parse(actesId), sentOn, receivedOn));
            }
            if (publishedOn != null) deliberation.publish(publishedOn);
            return new Stored(
                    deliberation,
                    Footprint.of(footprintOrganisations, footprintCommunes, footprintDepartements),
                    version,
                    createdAt,
                    updatedAt);
        }

        private static List<MemberName> members(List<String> names) {
            return names.stream().map(MemberName::of).toList();
        }
    }
}
