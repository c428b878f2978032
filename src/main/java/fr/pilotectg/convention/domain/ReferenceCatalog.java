package fr.pilotectg.convention.domain;

import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.SearchText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national list of domaines d'intervention, Caf missions and enjeux, as data: loaded from
 * {@link NationalReferenceData} at first start, then edited by administrators (wording, custom entries, retirement).
 * Custom domains typed on a convention form are added here too, so that every convention shares one list.
 */
@Service
@Order(5)
public class ReferenceCatalog implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditTrail audit;

    ReferenceCatalog(JdbcClient jdbc, AccessControl access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** Loads the standard entries that are missing; never overwrites an administrator's wording. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (var domain : NationalReferenceData.DOMAINS) {
            insertIfAbsent(ReferenceItem.Kind.DOMAIN, domain.code().value(), null, domain.label(), domain.rank());
        }
        for (var mission : NationalReferenceData.CAF_MISSIONS) {
            insertIfAbsent(ReferenceItem.Kind.MISSION, mission.code(), null, mission.label(), mission.rank());
            int rank = 1;
            for (var enjeu : mission.enjeux()) {
                insertIfAbsent(ReferenceItem.Kind.ENJEU, enjeu.code(), mission.code(), enjeu.label(), rank++);
            }
        }
    }

    @Transactional(readOnly = true)
    public List<ReferenceItem> all() {
        return jdbc.sql("SELECT * FROM convention.reference_item ORDER BY kind, parent_code NULLS FIRST, rank, code")
                .query((rs, n) -> new ReferenceItem(
                        ReferenceItem.Kind.valueOf(rs.getString("kind")),
                        rs.getString("code"),
                        rs.getString("parent_code"),
                        rs.getString("label"),
                        rs.getInt("rank"),
                        rs.getBoolean("standard"),
                        rs.getBoolean("active"),
                        rs.getInt("version")))
                .list();
    }

    /** Labels by code, for one kind (retired entries included: old conventions still name them). */
    @Transactional(readOnly = true)
    public Map<String, String> labels(ReferenceItem.Kind kind) {
        var labels = new LinkedHashMap<String, String>();
        all().stream().filter(i -> i.kind() == kind).forEach(i -> labels.put(i.code(), i.label()));
        return labels;
    }

    @Transactional(readOnly = true)
    public List<ReferenceItem> active(ReferenceItem.Kind kind) {
        return all().stream().filter(i -> i.kind() == kind && i.active()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ReferenceItem> find(ReferenceItem.Kind kind, String code) {
        return all().stream()
                .filter(i -> i.kind() == kind && i.code().equals(code))
                .findFirst();
    }

    /** Changes the wording of an entry, or retires / restores it (administrators only). */
    @Transactional
    public ReferenceItem update(ReferenceItem.Kind kind, String code, int version, String label, boolean active) {
        access.requireAdmin();
        ReferenceItem before =
                find(kind, code).orElseThrow(() -> DomainException.notFound("REFERENCE_ITEM_NOT_FOUND", code));
        String clean = checkedLabel(label);
        int updated = jdbc.sql("""
                        UPDATE convention.reference_item SET label = :label, active = :active, version = version + 1
                        WHERE kind = :kind AND code = :code AND version = :version""")
                .param("label", clean)
                .param("active", active)
                .param("kind", kind.name())
                .param("code", code)
                .param("version", version)
                .update();
        if (updated == 0) throw new OptimisticLockingFailureException("reference item " + code);
        ReferenceItem after = find(kind, code).orElseThrow();
        audit.record(new AuditRecord(
                "reference-ctg",
                kind + ":" + code,
                "updated",
                "Liste nationale : « " + clean + " »",
                AuditChange.between(before, after),
                Footprint.nationalData()));
        return after;
    }

    /** Adds a custom domain or enjeu (administrators only). */
    @Transactional
    public ReferenceItem add(ReferenceItem.Kind kind, String parentCode, String label) {
        access.requireAdmin();
        return addCustom(kind, parentCode, label);
    }

    private ReferenceItem addCustom(ReferenceItem.Kind kind, String parentCode, String label) {
        String clean = checkedLabel(label);
        if (kind == ReferenceItem.Kind.ENJEU
                && find(ReferenceItem.Kind.MISSION, String.valueOf(parentCode)).isEmpty()) {
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of("parentCode", "REFERENCE_MISSION_UNKNOWN", parentCode)));
        }
        if (kind == ReferenceItem.Kind.MISSION) throw DomainException.rule("REFERENCE_MISSIONS_FIXED");
        String code = newCode(kind, clean);
        int rank = jdbc.sql("SELECT coalesce(max(rank), 0) + 1 FROM convention.reference_item WHERE kind = :kind")
                .param("kind", kind.name())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO convention.reference_item (kind, code, parent_code, label, rank, standard, active)
                        VALUES (:kind, :code, :parent, :label, :rank, FALSE, TRUE)""")
                .param("kind", kind.name())
                .param("code", code)
                .param("parent", kind == ReferenceItem.Kind.ENJEU ? parentCode : null)
                .param("label", clean)
                .param("rank", rank)
                .update();
        ReferenceItem item = find(kind, code).orElseThrow();
        audit.record(new AuditRecord(
                "reference-ctg",
                kind + ":" + code,
                "created",
                "Liste nationale : ajout de « " + clean + " »",
                AuditChange.between(null, item),
                Footprint.nationalData()));
        return item;
    }

    /** DOMAIN: an UPPER_SNAKE code from the wording ("Sport et santé" → SPORT_ET_SANTE); ENJEU: the next E<n>. */
    private String newCode(ReferenceItem.Kind kind, String label) {
        if (kind == ReferenceItem.Kind.ENJEU) {
            int next = jdbc.sql("""
                            SELECT coalesce(max(CAST(substring(code FROM 2) AS int)), 0) + 1 FROM convention.reference_item
                            WHERE kind = 'ENJEU' AND code ~ '^E[0-9]+$'""").query(Integer.class).single();
            return "E" + next;
        }
        String base = SearchText.fold(label)
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) base = "D_" + base;
        if (base.length() < 2) base = base + "_X";
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String code = base;
        for (int i = 2; find(kind, code).isPresent(); i++) code = base + "_" + i;
        return code;
    }

    private static String checkedLabel(String label) {
        if (label == null || label.isBlank()) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("label", "REFERENCE_LABEL_REQUIRED")));
        }
        String clean = label.strip();
        if (clean.length() > ReferenceItem.MAX_LABEL_LENGTH) {
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of("label", "REFERENCE_LABEL_TOO_LONG", ReferenceItem.MAX_LABEL_LENGTH)));
        }
        return clean;
    }

    private void insertIfAbsent(ReferenceItem.Kind kind, String code, String parent, String label, int rank) {
        jdbc.sql("""
                        INSERT INTO convention.reference_item (kind, code, parent_code, label, rank, standard, active)
                        VALUES (:kind, :code, :parent, :label, :rank, TRUE, TRUE) ON CONFLICT (kind, code) DO NOTHING""")
                .param("kind", kind.name())
                .param("code", code)
                .param("parent", parent)
                .param("label", label)
                .param("rank", rank)
                .update();
    }
}
