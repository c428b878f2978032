package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.DeclaredCount;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventories communes declare in documents (a CTG preamble: "12 EAJE municipaux, 25 associatifs…"), kept with
 * their source and compared with the register.
 */
@Component
public class DeclaredInventory {

    /** The audit entity type of a commune's declared inventory (its id is the commune's code). */
    public static final String AUDIT_TYPE = "equipment-inventory";

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditTrail audit;
    private final EquipmentAudit texts;
    private final Clock clock;

    DeclaredInventory(JdbcClient jdbc, AccessControl access, AuditTrail audit, EquipmentAudit texts, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** The declared lines of a commune with the count of open, visible register entries of the same kind. */
    @Transactional(readOnly = true)
    public List<DeclaredCount> compare(String communeCode) {
        // What a commune declared is that commune's: out of reach, it is "not found" like any other data.
        access.requireRead(
                footprint(communeCode), () -> DomainException.notFound("DECLARED_INVENTORY_NOT_FOUND", communeCode));
        Reach reach = access.currentReach();
        return jdbc.sql("""
                        SELECT d.id, d.version, d.commune_code, d.label, d.declared_count, d.types, d.operator_category, d.source, d.declared_on,
                               CASE WHEN cardinality(d.types) = 0 THEN NULL ELSE
                               (SELECT count(*) FROM equipment.equipment e
                                 WHERE e.commune_code = d.commune_code AND e.type = ANY(d.types)
                                   AND (d.operator_category IS NULL OR e.operator_category = d.operator_category)
                                   AND (e.opened_on IS NULL OR e.opened_on <= :today) AND (e.closed_on IS NULL OR e.closed_on > :today)
                                   AND (:all OR e.commune_code = ANY(:communes) OR e.departement_code = ANY(:deps)
                                        OR e.operator_organisation_id = ANY(:orgs))) END AS registered
                        FROM equipment.declared_inventory d WHERE d.commune_code = :c ORDER BY d.source, d.position""")
                .param("c", communeCode)
                .param("today", LocalDate.now(clock))
                .param("all", reach.all())
                .param("communes", reach.communeArray())
                .param("deps", reach.departementArray())
                .param("orgs", reach.organisationArray())
                .query((rs, i) -> {
                    String category = rs.getString("operator_category");
                    return new DeclaredCount(
                            rs.getString("commune_code"),
                            rs.getString("label"),
                            rs.getInt("declared_count"),
                            types(rs.getArray("types")),
                            category == null ? null : OperatorCategory.valueOf(category),
                            (Long) rs.getObject("registered"),
                            rs.getString("source"),
                            rs.getObject("declared_on", LocalDate.class),
                            rs.getObject("id", UUID.class),
                            rs.getInt("version"));
                })
                .list();
    }

    /** A new count for one declared line, with the source it comes from and the version the user read. */
    public record Revision(UUID id, Integer version, Integer count, String source) {}

    static final int SOURCE_MAX = 300;

    /** Whether the signed-in user may revise what {@code communeCode} declared. */
    public boolean canRevise(String communeCode) {
        return access.canWrite(footprint(communeCode));
    }

    /**
     * Revises declared counts of a commune, all or nothing: each line needs a count (0 or more) and a source, and must
     * not have changed since the user read it ({@code CONCURRENT_MODIFICATION}). Each changed line is audited.
     *
     * @return how many lines changed
     */
    @Transactional
    public int revise(String communeCode, List<Revision> revisions) {
        access.requireWrite(
                footprint(communeCode), () -> DomainException.notFound("DECLARED_INVENTORY_NOT_FOUND", communeCode));
        InputLimits.check().list("lines", revisions).throwIfAny();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            Revision r = revisions.get(i);
            String prefix = "lines[" + i + "].";
            if (r.id() == null) problems.add(FieldProblem.of(prefix + "id", "REQUIRED"));
            if (r.version() == null) problems.add(FieldProblem.of(prefix + "version", "REQUIRED"));
            if (r.count() == null) problems.add(FieldProblem.of(prefix + "count", "DECLARED_COUNT_REQUIRED"));
            else if (r.count() < 0)
                problems.add(FieldProblem.of(prefix + "count", "DECLARED_COUNT_NEGATIVE", r.count()));
            else
                problems.addAll(
                        InputLimits.check().places(prefix + "count", r.count()).problems());
            if (r.source() == null || r.source().isBlank())
                problems.add(FieldProblem.of(prefix + "source", "DECLARED_SOURCE_REQUIRED"));
            else if (r.source().strip().length() > SOURCE_MAX)
                problems.add(FieldProblem.of(prefix + "source", "DECLARED_SOURCE_TOO_LONG", SOURCE_MAX));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        String actor = CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = 0;
        for (Revision r : revisions) {
            Current current = jdbc.sql(
                            "SELECT label, declared_count, source, version FROM equipment.declared_inventory WHERE id = :id AND commune_code = :c")
                    .param("id", r.id())
                    .param("c", communeCode)
                    .query((rs, n) -> new Current(
                            rs.getString("label"),
                            rs.getInt("declared_count"),
                            rs.getString("source"),
                            rs.getInt("version")))
                    .optional()
                    .orElseThrow(() -> DomainException.notFound("DECLARED_LINE_NOT_FOUND", r.id()));
            if (current.version() != r.version())
                throw new OptimisticLockingFailureException("declared line " + r.id() + " changed since read");
            String source = r.source().strip();
            if (current.count() == r.count() && current.source().equals(source)) continue;
            int updated = jdbc.sql("""
                            UPDATE equipment.declared_inventory SET declared_count = :n, source = :s, version = version + 1, updated_at = :now,
                                updated_by = :actor WHERE id = :id AND version = :v""")
                    .param("n", r.count())
                    .param("s", source)
                    .param("now", now)
                    .param("actor", actor)
                    .param("id", r.id())
                    .param("v", r.version())
                    .update();
            if (updated == 0)
                throw new OptimisticLockingFailureException("declared line " + r.id() + " changed since read");
            List<AuditChange> changes = new ArrayList<>();
            if (current.count() != r.count()) {
                changes.add(new AuditChange(
                        texts.field("declaredCount"), String.valueOf(current.count()), String.valueOf(r.count())));
            }
            if (!current.source().equals(source))
                changes.add(new AuditChange(texts.field("source"), current.source(), source));
            audit.record(new AuditRecord(
                    AUDIT_TYPE,
                    communeCode,
                    "revised",
                    texts.text(
                            "inventory.revised",
                            communeCode,
                            current.label(),
                            String.valueOf(current.count()),
                            String.valueOf(r.count()),
                            source),
                    changes,
                    footprint(communeCode)));
            changed++;
        }
        return changed;
    }

    private record Current(String label, int count, String source, int version) {}

    private static Footprint footprint(String communeCode) {
        return Footprint.ofCommune(communeCode);
    }

    private static List<EquipmentType> types(Array array) throws java.sql.SQLException {
        if (array == null) return List.of();
        List<EquipmentType> types = new ArrayList<>();
        Arrays.stream((String[]) array.getArray()).map(EquipmentType::valueOf).forEach(types::add);
        return types;
    }
}
