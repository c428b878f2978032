package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.SearchText;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores conventions with explicit SQL: the convention row (status, dates, the projection of its current terms used by
 * the portfolio and the access rule, optimistic {@code version}), its signed versions, avenants and terminations.
 * Versions and terminations are append-only; an avenant row changes only when it is signed or withdrawn.
 */
@Repository
public class ConventionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ConventionRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A convention as stored, with the version its next save must carry. */
    public record Stored(Convention convention, int version, UUID owner) {

        /**
         * The organisation of the lead collectivité ({@link ConventionTerms#leadCollectivite()}); while no commune or
         * EPCI signs, the owner (null when recorded by an administrator or a start-up task).
         */
        public UUID lead() {
            return convention
                    .currentTerms()
                    .leadCollectivite()
                    .map(Signatory::organisationId)
                    .orElse(owner);
        }
    }

    public Optional<Stored> find(ConventionId id) {
        return jdbc.sql("""
                        SELECT id, status, predecessor_id, successor_id, signed_on, draft_terms, version, owner_id,
                            signature_place, recorded_from_text
                        FROM convention.convention WHERE id = :id""")
                .param("id", id.value())
                .query((rs, n) -> new Row(
                        id,
                        ConventionStatus.valueOf(rs.getString("status")),
                        conventionId(rs, "predecessor_id"),
                        conventionId(rs, "successor_id"),
                        rs.getObject("signed_on", LocalDate.class),
                        rs.getString("draft_terms"),
                        rs.getInt("version"),
                        rs.getObject("owner_id", UUID.class),
                        rs.getString("signature_place"),
                        rs.getBoolean("recorded_from_text")))
                .optional()
                .map(this::restore);
    }

    public boolean exists(ConventionId id) {
        return jdbc.sql("SELECT count(*) FROM convention.convention WHERE id = :id")
                        .param("id", id.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Saves a new convention recorded by {@code owner} (null for a start-up task); returns its version (0). */
    public int insert(Convention convention, UUID owner, Footprint footprint, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ConventionTerms terms = convention.currentTerms();
        jdbc.sql("""
                        INSERT INTO convention.convention (id, status, title, search_title, start_date, end_date, signed_on, caf_id,
                            predecessor_id, successor_id, communes, epcis, domains, organisations, departements, terminates_on,
                            needs_deliberation, draft_terms, version, created_at, created_by, updated_at, updated_by, owner_id,
                            footprint_communes, start_precision, end_precision, signature_place, recorded_from_text, findings)
                        VALUES (:id, :status, :title, :search, :start, :end, :signedOn, :caf, :predecessor, :successor, :communes,
                            :epcis, :domains, :orgs, :deps, :terminatesOn, CAST(:needs AS jsonb), CAST(:draft AS jsonb), 0, :now, :actor,
                            :now, :actor, :owner, :footprintCommunes, :startPrecision, :endPrecision, :signaturePlace,
                            :recordedFromText, CAST(:findings AS jsonb))""")
                .params(columns(convention, terms, footprint))
                .param("now", now)
                .param("actor", actor)
                .param("owner", owner)
                .update();
        saveChildren(convention, actor, now);
        return 0;
    }

    /**
     * Saves a convention read at {@code expectedVersion}; refused with {@link OptimisticLockingFailureException} when
     * someone saved it in between, so that nothing they did is overwritten. Returns the new version.
     */
    public int update(Convention convention, int expectedVersion, Footprint footprint, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("""
                        UPDATE convention.convention SET status = :status, title = :title, search_title = :search, start_date = :start,
                            end_date = :end, signed_on = :signedOn, caf_id = :caf, predecessor_id = :predecessor,
                            successor_id = :successor, communes = :communes, epcis = :epcis, domains = :domains, organisations = :orgs,
                            departements = :deps, footprint_communes = :footprintCommunes, terminates_on = :terminatesOn, needs_deliberation = CAST(:needs AS jsonb), draft_terms = CAST(:draft AS jsonb),
                            start_precision = :startPrecision, end_precision = :endPrecision, signature_place = :signaturePlace,
                            recorded_from_text = :recordedFromText, findings = CAST(:findings AS jsonb),
                            version = version + 1, updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :expected""")
                .params(columns(convention, convention.currentTerms(), footprint))
                .param("now", now)
                .param("actor", actor)
                .param("expected", expectedVersion)
                .update();
        if (updated == 0)
            throw new OptimisticLockingFailureException("convention " + convention.id() + " changed since read");
        saveChildren(convention, actor, now);
        return expectedVersion + 1;
    }

    /** Conventions signed, in force or not yet, whose recorded status may lag behind the calendar. */
    public List<ConventionId> refreshCandidates(LocalDate today) {
        return jdbc.sql("""
                        SELECT id FROM convention.convention
                        WHERE (status = 'SIGNED' AND (start_date <= :today OR terminates_on <= :today))
                           OR (status = 'ACTIVE' AND (end_date < :today OR terminates_on <= :today))
                           OR (status = 'EXPIRED' AND end_date >= :today)""")
                .param("today", today)
                .query((rs, n) -> new ConventionId(rs.getObject(1, UUID.class)))
                .list();
    }

    // ---------------------------------------------------------------- deliberation links

    public record Link(UUID signatoryId, UUID deliberationId, OffsetDateTime linkedAt, String linkedBy) {}

    public List<Link> links(ConventionId id) {
        return jdbc.sql("""
                        SELECT signatory_id, deliberation_id, linked_at, linked_by FROM convention.deliberation_link
                        WHERE convention_id = :id ORDER BY linked_at""")
                .param("id", id.value())
                .query((rs, n) -> new Link(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4)))
                .list();
    }

    public record ConventionLink(UUID conventionId, Link link) {}

    public List<ConventionLink> linksOf(List<ConventionId> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("""
                        SELECT convention_id, signatory_id, deliberation_id, linked_at, linked_by FROM convention.deliberation_link
                        WHERE convention_id = ANY(:ids)""")
                .param("ids", ids.stream().map(ConventionId::value).toArray(UUID[]::new))
                .query((rs, n) -> new ConventionLink(
                        rs.getObject(1, UUID.class),
                        new Link(
                                rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class),
                                rs.getObject(4, OffsetDateTime.class),
                                rs.getString(5))))
                .list();
    }

    public void link(ConventionId id, UUID signatoryId, UUID deliberationId, String actor) {
        jdbc.sql("""
                        INSERT INTO convention.deliberation_link (convention_id, signatory_id, deliberation_id, linked_at, linked_by)
                        VALUES (:id, :signatory, :deliberation, :now, :actor)
                        ON CONFLICT (convention_id, deliberation_id) DO UPDATE SET signatory_id = EXCLUDED.signatory_id""")
                .param("id", id.value())
                .param("signatory", signatoryId)
                .param("deliberation", deliberationId)
                .param("now", OffsetDateTime.now(clock))
                .param("actor", actor)
                .update();
    }

    public boolean unlink(ConventionId id, UUID deliberationId) {
        return jdbc.sql(
                                "DELETE FROM convention.deliberation_link WHERE convention_id = :id AND deliberation_id = :deliberation")
                        .param("id", id.value())
                        .param("deliberation", deliberationId)
                        .update()
                > 0;
    }

    /** Bumps the convention's version: linking a deliberation is a change another editor must not overwrite. */
    public int touch(ConventionId id, int expectedVersion, String actor) {
        int updated = jdbc.sql("""
                        UPDATE convention.convention SET version = version + 1, updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :expected""")
                .param("id", id.value())
                .param("expected", expectedVersion)
                .param("now", OffsetDateTime.now(clock))
                .param("actor", actor)
                .update();
        if (updated == 0) throw new OptimisticLockingFailureException("convention " + id + " changed since read");
        return expectedVersion + 1;
    }

    // ---------------------------------------------------------------- version metadata

    /** Who recorded each signed version and when. */
    public record VersionRecord(int number, OffsetDateTime recordedAt, String recordedBy) {}

    public List<VersionRecord> versionRecords(ConventionId id) {
        return jdbc.sql(
                        "SELECT number, recorded_at, recorded_by FROM convention.convention_version WHERE convention_id = :id ORDER BY number")
                .param("id", id.value())
                .query((rs, n) ->
                        new VersionRecord(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)))
                .list();
    }

    // ---------------------------------------------------------------- internals

    private record Row(
            ConventionId id,
            ConventionStatus status,
            ConventionId predecessor,
            ConventionId successor,
            LocalDate signedOn,
            String draftTerms,
            int version,
            UUID owner,
            String signaturePlace,
            boolean recordedFromText) {}

    private Stored restore(Row row) {
        ConventionId id = row.id();
        List<ConventionVersion> versions = jdbc.sql("""
                        SELECT number, terms, effective_from, amendment_number, signed_on FROM convention.convention_version
                        WHERE convention_id = :id ORDER BY number""")
                .param("id", id.value())
                .query((rs, n) -> new ConventionVersion(
                        rs.getInt("number"),
                        terms(rs.getString("terms")),
                        rs.getObject("effective_from", LocalDate.class),
                        (Integer) rs.getObject("amendment_number"),
                        rs.getObject("signed_on", LocalDate.class)))
                .list();
        List<Amendment> amendments = jdbc.sql("""
                        SELECT number, title, terms, changed_parts, drafted_on, signed_on, effective_from, withdrawn
                        FROM convention.amendment WHERE convention_id = :id ORDER BY number""")
                .param("id", id.value())
                .query((rs, n) -> new Amendment(
                        rs.getInt("number"),
                        rs.getString("title"),
                        terms(rs.getString("terms")),
                        parts(rs.getArray("changed_parts")),
                        rs.getObject("drafted_on", LocalDate.class),
                        rs.getObject("signed_on", LocalDate.class),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getBoolean("withdrawn")))
                .list();
        List<Termination> terminations = jdbc.sql("""
                        SELECT kind, party_id, act_on, effective_on FROM convention.termination WHERE convention_id = :id ORDER BY seq""")
                .param("id", id.value())
                .query((rs, n) -> new Termination(
                        TerminationKind.valueOf(rs.getString(1)),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .list();
        ConventionTerms draft = row.draftTerms() == null ? null : terms(row.draftTerms());
        Convention convention = Convention.restore(
                id,
                row.predecessor(),
                row.successor(),
                row.status(),
                draft,
                row.signedOn(),
                row.signaturePlace(),
                row.recordedFromText(),
                versions,
                amendments,
                terminations);
        return new Stored(convention, row.version(), row.owner());
    }

    private java.util.Map<String, Object> columns(Convention convention, ConventionTerms terms, Footprint footprint) {
        var map = new java.util.HashMap<String, Object>();
        map.put("id", convention.id().value());
        map.put("status", convention.status().name());
        map.put("title", terms.title());
        map.put("search", SearchText.fold(terms.title()));
        map.put("start", terms.period().start());
        map.put("end", terms.period().end());
        map.put("signedOn", convention.signedOn().orElse(null));
        map.put("caf", terms.caf().map(Signatory::organisationId).orElse(null));
        map.put(
                "predecessor",
                convention.predecessorId().map(ConventionId::value).orElse(null));
        map.put("successor", convention.successorId().map(ConventionId::value).orElse(null));
        map.put("communes", terms.communes().stream().map(c -> c.value()).toArray(String[]::new));
        map.put("epcis", terms.epcis().stream().map(e -> e.value()).toArray(String[]::new));
        map.put("domains", terms.domains().stream().map(DomainCode::value).toArray(String[]::new));
        map.put("orgs", footprint.organisationArray());
        map.put("footprintCommunes", footprint.communeArray());
        map.put("deps", footprint.departementArray());
        map.put("terminatesOn", convention.commitmentsStopOn().orElse(null));
        var needs = new java.util.TreeMap<String, String>();
        ConventionFindings.needingDeliberationRecord(convention)
                .forEach((org, name) -> needs.put(org.toString(), name));
        map.put("needs", json.writeValueAsString(needs));
        map.put("draft", convention.status().isSigned() ? null : toJson(terms));
        map.put("startPrecision", terms.period().startPrecision().name());
        map.put("endPrecision", terms.period().endPrecision().name());
        map.put("signaturePlace", convention.signaturePlace().orElse(null));
        map.put("recordedFromText", convention.recordedFromText());
        map.put("findings", json.writeValueAsString(ConventionFindings.of(convention)));
        return map;
    }

    private void saveChildren(Convention convention, String actor, OffsetDateTime now) {
        UUID id = convention.id().value();
        int storedVersions = count("convention_version", id);
        if (convention.recordedFromText()
                && storedVersions == 1
                && convention.versions().size() == 1) {
            // A convention recorded from its text is corrected in place while no avenant changed it.
            ConventionVersion original = convention.versions().get(0);
            jdbc.sql("""
                            UPDATE convention.convention_version SET terms = CAST(:terms AS jsonb), effective_from = :from,
                                signed_on = :signedOn
                            WHERE convention_id = :id AND number = 1""")
                    .param("id", id)
                    .param("terms", toJson(original.terms()))
                    .param("from", original.effectiveFrom())
                    .param("signedOn", original.signedOn())
                    .update();
        }
        for (ConventionVersion v : convention.versions()) {
            if (v.number() <= storedVersions) continue;
            jdbc.sql("""
                            INSERT INTO convention.convention_version (convention_id, number, terms, effective_from, amendment_number,
                                signed_on, recorded_at, recorded_by)
                            VALUES (:id, :number, CAST(:terms AS jsonb), :from, :amendment, :signedOn, :now, :actor)""")
                    .param("id", id)
                    .param("number", v.number())
                    .param("terms", toJson(v.terms()))
                    .param("from", v.effectiveFrom())
                    .param("amendment", v.amendmentNumber())
                    .param("signedOn", v.signedOn())
                    .param("now", now)
                    .param("actor", actor)
                    .update();
        }
        for (Amendment a : convention.amendments()) {
            jdbc.sql("""
                            INSERT INTO convention.amendment (convention_id, number, title, terms, changed_parts, drafted_on, signed_on,
                                effective_from, withdrawn, drafted_at, drafted_by)
                            VALUES (:id, :number, :title, CAST(:terms AS jsonb), :parts, :draftedOn, :signedOn, :from, :withdrawn, :now, :actor)
                            ON CONFLICT (convention_id, number) DO UPDATE SET signed_on = EXCLUDED.signed_on,
                                effective_from = EXCLUDED.effective_from, withdrawn = EXCLUDED.withdrawn""")
                    .param("id", id)
                    .param("number", a.number())
                    .param("title", a.title())
                    .param("terms", toJson(a.terms()))
                    .param(
                            "parts",
                            a.changedParts().stream().map(Enum::name).sorted().toArray(String[]::new))
                    .param("draftedOn", a.draftedOn())
                    .param("signedOn", a.signedOn())
                    .param("from", a.effectiveFrom())
                    .param("withdrawn", a.withdrawn())
                    .param("now", now)
                    .param("actor", actor)
                    .update();
        }
        int storedTerminations = count("termination", id);
        List<Termination> terminations = convention.terminations();
        for (int seq = storedTerminations; seq < terminations.size(); seq++) {
            Termination t = terminations.get(seq);
            jdbc.sql("""
                            INSERT INTO convention.termination (convention_id, seq, kind, party_id, act_on, effective_on, recorded_at, recorded_by)
                            VALUES (:id, :seq, :kind, :party, :actOn, :effectiveOn, :now, :actor)""")
                    .param("id", id)
                    .param("seq", seq + 1)
                    .param("kind", t.kind().name())
                    .param("party", t.party())
                    .param("actOn", t.actOn())
                    .param("effectiveOn", t.effectiveOn())
                    .param("now", now)
                    .param("actor", actor)
                    .update();
        }
    }

    private int count(String table, UUID id) {
        return jdbc.sql("SELECT count(*) FROM convention." + table + " WHERE convention_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    String toJson(ConventionTerms terms) {
        return json.writeValueAsString(TermsData.of(terms));
    }

    ConventionTerms terms(String document) {
        return json.readValue(document, TermsData.class).toTerms();
    }

    private static Set<TermsPart> parts(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        Set<TermsPart> parts = EnumSet.noneOf(TermsPart.class);
        Arrays.stream(names).map(TermsPart::valueOf).forEach(parts::add);
        return parts;
    }

    private static ConventionId conventionId(ResultSet rs, String column) throws SQLException {
        UUID value = rs.getObject(column, UUID.class);
        return value == null ? null : new ConventionId(value);
    }
}
