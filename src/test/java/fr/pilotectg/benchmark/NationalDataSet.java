package fr.pilotectg.benchmark;

import fr.pilotectg.shared.SearchText;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A national-scale copy of the demo (issue 15): {@code scale} × (100 Caf, 2 000 conventions, 50 000 fiches, 100 000
 * register entries), deterministic from {@code seed}, on the real commune list (the reference data the application
 * imported). Loaded with PostgreSQL's COPY.
 *
 * <p>Every convention is a copy of a demo convention written by the application itself (the template, by default the
 * Lille – Lomme – Hellemmes CTG): its row, its signed version, and every row of every module that hangs on it through
 * a {@code convention_id} column (plan axes and fiches, governance bodies, meetings and posts, evaluation, diagnostic,
 * financing…) are copied with new ids, so the copies hold the same JSON documents the application wrote and reads.
 * In each copy the template's ids become new ones (derived from the seed), its communes become distinct real communes
 * of the copy's département, its organisations become organisations of its own (the Caf: the département's Caf), its
 * title a new one, and its dates move by whole years (so that most copies are in force). The plan is copied as many
 * times as needed to reach 25 fiches a convention. Deliberation links are not copied (they name real deliberations).
 * Register entries (with their capacity) and audit rows (with their footprint) are generated directly.
 */
public final class NationalDataSet {

    /** What a load wrote, and how long it took. */
    public record Figures(
            int cafs,
            int conventions,
            long fiches,
            long bodies,
            long meetings,
            long posts,
            long equipment,
            long audit,
            long millis) {

        @Override
        public String toString() {
            return "%d Caf, %d conventions, %d fiches, %d bodies, %d meetings, %d posts, %d register entries, %d audit rows in %.1f s"
                    .formatted(cafs, conventions, fiches, bodies, meetings, posts, equipment, audit, millis / 1000.0);
        }
    }

    /** The demo convention copied: CTG Lille – Lomme – Hellemmes 2021-2024. */
    public static final UUID TEMPLATE = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");

    static final int CAFS = 100;
    static final int CONVENTIONS = 2000;
    static final int FICHES_PER_CONVENTION = 25;
    static final int EQUIPMENT = 100_000;
    static final String MARK = "jeu national";

    /** Tables filled by triggers or naming data of other modules that a copy must not hold. */
    private static final List<String> NOT_COPIED =
            List.of("actionplan.fiche_state", "convention.deliberation_link", "convention.convention");

    /** Tables copied first, in this order (foreign keys); the others follow in name order. */
    private static final List<String> FIRST =
            List.of("convention.convention_version", "actionplan.axis", "actionplan.fiche", "governance.body");

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final long seed;
    private final double scale;
    private final LocalDate today;

    public NationalDataSet(long seed, double scale, LocalDate today) {
        if (scale <= 0 || scale > 1) throw new IllegalArgumentException("scale must be in ]0, 1]: " + scale);
        this.seed = seed;
        this.scale = scale;
        this.today = today;
    }

    /** Loads the data set into the database of {@code dataSource} (migrated, reference data and demo loaded). */
    public Figures load(DataSource dataSource) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Figures figures = load(connection, started);
                connection.commit();
                return figures;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private UUID id(String kind, long n, Object original) {
        return UUID.nameUUIDFromBytes((seed + ":" + kind + ":" + n + ":" + original).getBytes(StandardCharsets.UTF_8));
    }

    private record Commune(String code, String name, String epci) {}

    private record Departement(String code, String name, List<Commune> communes) {}

    private record Organisation(UUID id, String kind, String name, List<String> communes, List<String> departements) {}

    /** Whether a national data set is in the database already (it is loaded once into a database). */
    public static boolean loaded(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement s = db.prepareStatement(
                        "SELECT EXISTS (SELECT 1 FROM directory.organisation WHERE kind = 'CAF' AND name LIKE ?)")) {
            s.setString(1, "%(" + MARK + ")");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private Figures load(Connection db, long started) throws Exception {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        Random random = new Random(seed);
        int cafCount = Math.max(1, (int) Math.round(CAFS * scale));
        int conventionCount = Math.max(1, (int) Math.round(CONVENTIONS * scale));
        int equipmentCount = Math.max(1, (int) Math.round(EQUIPMENT * scale));

        // The template: its communes, organisations and the rows that hang on it.
        Map<String, Object> template = row(db, "SELECT * FROM convention.convention WHERE id = ?", TEMPLATE);
        if (template.isEmpty()) throw new IllegalStateException("the demo convention " + TEMPLATE + " is missing");
        List<String> templateCommunes =
                strings(db, "SELECT unnest(footprint_communes) FROM convention.convention WHERE id = ?");
        String templateTitle = (String) template.get("title");
        UUID templateCaf = (UUID) template.get("caf_id");
        List<Organisation> templateOrganisations = organisations(db);
        List<String> tables = tables(db);
        Map<String, List<String>> templateRows = new LinkedHashMap<>();
        for (String table : tables) templateRows.put(table, copyOut(copy, table, columns(db, table), "convention_id"));
        int templateFiches =
                templateRows.getOrDefault("actionplan.fiche", List.of()).size();
        int planCopies =
                templateFiches == 0 ? 1 : Math.max(1, (FICHES_PER_CONVENTION + templateFiches - 1) / templateFiches);
        List<String> conventionColumns = columns(db, "convention.convention");
        List<String> conventionRow = copyOut(copy, "convention.convention", conventionColumns, "id");
        Map<String, List<String>> uuidsOfTemplate = new HashMap<>();
        for (var rows : templateRows.entrySet()) uuidsOfTemplate.put(rows.getKey(), uuids(rows.getValue()));
        Set<String> communeCodes = Set.copyOf(templateCommunes);
        List<String> titles = List.of(templateTitle, SearchText.fold(templateTitle));
        List<List<Part>> conventionLines =
                conventionRow.stream().map(l -> parse(l, communeCodes, titles)).toList();
        Map<String, List<List<Part>>> templateLines = new HashMap<>();
        templateRows.forEach((table, rows) -> templateLines.put(
                table, rows.stream().map(l -> parse(l, communeCodes, titles)).toList()));

        // The départements with enough communes, the Caf of each.
        List<Departement> departements = departements(db, templateCommunes.size() + 20, cafCount);
        List<Organisation> cafs = new ArrayList<>();
        StringBuilder organisations = new StringBuilder();
        StringBuilder organisationCommunes = new StringBuilder();
        for (int d = 0; d < departements.size(); d++) {
            Departement dep = departements.get(d);
            Organisation caf = new Organisation(
                    id("caf", d, dep.code()),
                    "CAF",
                    "Caisse d'allocations familiales — " + dep.name() + " (" + MARK + ")",
                    List.of(),
                    List.of(dep.code()));
            cafs.add(caf);
            organisationLine(organisations, caf);
        }

        // The conventions: each a copy of the template on distinct communes of its Caf's département.
        StringBuilder conventions = new StringBuilder();
        Map<String, StringBuilder> hanging = new LinkedHashMap<>();
        tables.forEach(t -> hanging.put(t, new StringBuilder()));
        List<UUID> conventionIds = new ArrayList<>();
        List<List<String>> conventionCommunes = new ArrayList<>();
        List<List<UUID>> conventionOrganisations = new ArrayList<>();
        for (int n = 0; n < conventionCount; n++) {
            Departement dep = departements.get(departementOf(n, departements.size()));
            Organisation caf = cafs.get(departementOf(n, departements.size()));
            UUID conventionId = id("convention", n, TEMPLATE);
            conventionIds.add(conventionId);
            List<Commune> communes = pick(random, dep.communes(), templateCommunes.size());
            Map<String, String> communeMap = new HashMap<>();
            for (int i = 0; i < templateCommunes.size(); i++)
                communeMap.put(templateCommunes.get(i), communes.get(i).code());
            conventionCommunes.add(communes.stream().map(Commune::code).toList());
            Map<String, String> replacements = new HashMap<>();
            replacements.put(TEMPLATE.toString(), conventionId.toString());
            replacements.put(templateCaf.toString(), caf.id().toString());
            List<UUID> owners = new ArrayList<>(List.of(caf.id()));
            for (Organisation o : templateOrganisations) {
                if (o.id().equals(templateCaf)) continue;
                List<String> mapped = o.communes().stream()
                        .map(c -> communeMap.getOrDefault(c, c))
                        .toList();
                Organisation copy1 = new Organisation(
                        id("organisation", n, o.id()),
                        o.kind(),
                        o.name() + " — CTG n° " + (n + 1) + " (" + MARK + ")",
                        mapped.stream().filter(communeMap::containsValue).toList(),
                        o.departements().isEmpty() ? List.of() : List.of(dep.code()));
                replacements.put(o.id().toString(), copy1.id().toString());
                owners.add(copy1.id());
                organisationLine(organisations, copy1);
                copy1.communes()
                        .forEach(c -> organisationCommunes
                                .append(copy1.id())
                                .append('\t')
                                .append(c)
                                .append('\n'));
            }
            conventionOrganisations.add(owners);
            int years = 2 + n % 4;
            String title =
                    "CTG " + communes.get(0).name() + " " + (2021 + years) + "-" + (2024 + years) + " n° " + (n + 1);
            Map<String, String> texts =
                    Map.of(templateTitle, title, SearchText.fold(templateTitle), SearchText.fold(title));
            for (List<Part> line : conventionLines) rewrite(conventions, line, replacements, communeMap, texts, years);
            // The template's ids in this copy: one set for the whole convention, the plan's again for each repeat.
            Map<String, String> base = new HashMap<>(replacements);
            for (String t : tables)
                for (String old : uuidsOfTemplate.get(t))
                    base.putIfAbsent(old, id(t, n, old).toString());
            for (int k = 0; k < planCopies; k++) {
                Map<String, String> ids = base;
                if (k > 0) {
                    ids = new HashMap<>(base);
                    for (String t : tables)
                        if (t.startsWith("actionplan."))
                            for (String old : uuidsOfTemplate.get(t))
                                ids.put(old, id(t + k, n, old).toString());
                }
                for (String table : tables) {
                    if (k > 0 && !table.startsWith("actionplan.")) continue;
                    for (List<Part> line : templateLines.get(table))
                        rewrite(hanging.get(table), line, ids, communeMap, texts, years);
                }
            }
        }
        phase("rows written in memory", started);
        copyIn(
                copy,
                "directory.organisation",
                List.of("id", "kind", "name", "search_name", "departements", "created_at", "updated_at"),
                organisations);
        copyIn(
                copy,
                "directory.organisation_commune",
                List.of("organisation_id", "commune_code"),
                organisationCommunes);
        copyIn(copy, "convention.convention", conventionColumns, conventions);
        // The generated conventions have no predecessor or successor, and their status follows their dates.
        try (PreparedStatement update = db.prepareStatement("""
                UPDATE convention.convention SET predecessor_id = NULL, successor_id = NULL, terminates_on = NULL,
                    status = CASE WHEN end_date < ? THEN 'EXPIRED' WHEN start_date <= ? THEN 'ACTIVE' ELSE 'SIGNED' END,
                    departements = ARRAY(SELECT DISTINCT m.departement_code FROM territory.commune m
                                         WHERE m.code = ANY(footprint_communes) ORDER BY 1)
                WHERE id = ANY(?)""")) {
            update.setObject(1, today);
            update.setObject(2, today);
            update.setArray(3, db.createArrayOf("uuid", conventionIds.toArray()));
            update.executeUpdate();
        }
        List<String> ordered =
                new ArrayList<>(FIRST.stream().filter(tables::contains).toList());
        tables.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        for (String table : ordered) copyIn(copy, table, columns(db, table), hanging.get(table));

        phase("conventions and what hangs on them copied", started);
        long equipment = equipment(db, copy, random, departements, conventionCommunes, equipmentCount);
        phase("register copied", started);
        long audit = audit(db, copy, conventionIds, conventionCommunes, conventionOrganisations, departements);
        phase("audit copied", started);
        try (Statement analyse = db.createStatement()) {
            analyse.execute("ANALYZE");
        }
        return new Figures(
                cafs.size(),
                conventionCount,
                count(db, "actionplan.fiche", conventionIds),
                count(db, "governance.body", conventionIds),
                count(db, "governance.meeting", conventionIds),
                count(db, "governance.post", conventionIds),
                equipment,
                audit,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The département (and Caf) of the n-th convention: three in ten go to the first (the département with the most
     * communes, like the Caf du Nord's 600 conventions of issue 15), the others round the départements.
     */
    static int departementOf(int n, int departements) {
        return n % 10 < 3 ? 0 : n % departements;
    }

    private static void phase(String what, long started) {
        org.slf4j.LoggerFactory.getLogger(NationalDataSet.class)
                .info("National data set: {} at {} ms", what, (System.nanoTime() - started) / 1_000_000);
    }

    /** A piece of a template line: literal text, or what a copy replaces. */
    private sealed interface Part {}

    private record Literal(String text) implements Part {}

    private record OldId(String id) implements Part {}

    private record CommuneCode(String code) implements Part {}

    private record Day(int year, String month, String day) implements Part {}

    private record Text(String original) implements Part {}

    /**
     * Cuts a template line (a COPY text row) once into literal text and the places a copy replaces: ids, the
     * template's commune codes (whole numbers), dates (not those of a timestamp) and its title (plain or folded).
     */
    private static List<Part> parse(String line, Set<String> communes, List<String> texts) {
        String pattern = "(?<uuid>" + UUID_TEXT.pattern() + ")"
                + (communes.isEmpty()
                        ? ""
                        : "|(?<![0-9A-Za-z])(?<code>"
                                + String.join(
                                        "|",
                                        communes.stream().map(Pattern::quote).toList())
                                + ")(?![0-9A-Za-z])")
                + "|(?<![0-9])(?<date>(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2}))(?![0-9]|[ T][0-9])"
                + "|(?<text>"
                + String.join("|", texts.stream().map(Pattern::quote).toList()) + ")";
        Matcher m = PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(line);
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            if (m.start() > at) parts.add(new Literal(line.substring(at, m.start())));
            if (m.group("uuid") != null) parts.add(new OldId(m.group("uuid")));
            else if (!communes.isEmpty() && m.group("code") != null) parts.add(new CommuneCode(m.group("code")));
            else if (m.group("date") != null)
                parts.add(new Day(Integer.parseInt(m.group("y")), m.group("m"), m.group("d")));
            else parts.add(new Text(m.group("text")));
            at = m.end();
        }
        if (at < line.length()) parts.add(new Literal(line.substring(at)));
        return parts;
    }

    private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A template line with its ids, communes, title and dates replaced, then a new line. */
    private static void rewrite(
            StringBuilder out,
            List<Part> line,
            Map<String, String> ids,
            Map<String, String> communes,
            Map<String, String> texts,
            int years) {
        for (Part part : line) {
            if (part instanceof Literal l) out.append(l.text());
            else if (part instanceof OldId i) out.append(ids.getOrDefault(i.id(), i.id()));
            else if (part instanceof CommuneCode c) out.append(communes.getOrDefault(c.code(), c.code()));
            else if (part instanceof Text t) out.append(texts.getOrDefault(t.original(), t.original()));
            else if (part instanceof Day d) {
                int year = d.year() + years;
                String day =
                        d.month().equals("02") && d.day().equals("29") && !java.time.Year.isLeap(year) ? "28" : d.day();
                out.append(year).append('-').append(d.month()).append('-').append(day);
            }
        }
        out.append('\n');
    }

    private static void organisationLine(StringBuilder out, Organisation o) {
        out.append(o.id())
                .append('\t')
                .append(o.kind())
                .append('\t')
                .append(escape(o.name()))
                .append('\t')
                .append(escape(SearchText.fold(o.name())))
                .append('\t')
                .append('{')
                .append(String.join(",", o.departements()))
                .append('}')
                .append("\t2026-01-01 00:00:00+00\t2026-01-01 00:00:00+00\n");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    /** Register entries: first on the conventions' communes, the rest anywhere in their départements. */
    private long equipment(
            Connection db,
            CopyManager copy,
            Random random,
            List<Departement> departements,
            List<List<String>> conventionCommunes,
            int count)
            throws Exception {
        String[] types = {"EAJE_MULTI_ACCUEIL", "EAJE_CRECHE_COLLECTIVE", "EAJE_CRECHE_FAMILIALE"};
        StringBuilder rows = new StringBuilder();
        StringBuilder capacities = new StringBuilder();
        Map<String, String> departementOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        for (Departement d : departements)
            for (Commune c : d.communes()) {
                departementOf.put(c.code(), d.code());
                nameOf.put(c.code(), c.name());
            }
        for (int i = 0; i < count; i++) {
            String commune;
            if (i < conventionCommunes.size() * 25) {
                List<String> communes = conventionCommunes.get(i % conventionCommunes.size());
                commune = communes.get(i % communes.size());
            } else {
                Departement d = departements.get(random.nextInt(departements.size()));
                commune = d.communes().get(random.nextInt(d.communes().size())).code();
            }
            String type = types[i % types.length];
            String name = "Crèche n° " + (i + 1) + " (" + MARK + ")";
            String city = nameOf.get(commune);
            String street = (i % 90 + 1) + " rue de la République";
            String folded = SearchText.fold(name + " " + street + " " + city);
            UUID id = UUID.nameUUIDFromBytes(("equipment:" + i).getBytes(StandardCharsets.UTF_8));
            rows.append(id)
                    .append('\t')
                    .append(type)
                    .append('\t')
                    .append(escape(name))
                    .append('\t')
                    .append(escape(folded))
                    .append('\t')
                    .append(escape(SearchText.fold(name) + "|" + SearchText.fold(street) + "|" + type + "|" + commune))
                    .append("\tAssociation gestionnaire\tASSOCIATIF\t")
                    .append(escape("[{\"street\": \"" + street + "\", \"postalCode\": \"" + commune + "\", \"city\": \""
                            + city.replace("\"", "") + "\"}]"))
                    .append('\t')
                    .append(commune)
                    .append('\t')
                    .append(departementOf.get(commune))
                    .append("\tUNKNOWN\t2015-09-01\t")
                    .append(i % 2 == 0 ? "t" : "f")
                    .append("\t2026-01-01 00:00:00+00\t2026-01-01 00:00:00+00\n");
            capacities
                    .append(id)
                    .append("\t2015-09-01\t")
                    .append(10 + i % 50)
                    .append("\tPLACES\t2026-01-01 00:00:00+00\n");
        }
        copyIn(
                copy,
                "equipment.equipment",
                List.of(
                        "id",
                        "type",
                        "name",
                        "search_text",
                        "match_key",
                        "operator_name",
                        "operator_category",
                        "addresses",
                        "commune_code",
                        "departement_code",
                        "qpv_origin",
                        "opened_on",
                        "supported_by_collectivite",
                        "created_at",
                        "updated_at"),
                rows);
        copyIn(
                copy,
                "equipment.capacity",
                List.of("equipment_id", "effective_on", "value", "unit", "recorded_at"),
                capacities);
        return count;
    }

    /** Audit rows: the recording and signature of each convention and one change per fiche, with their footprint. */
    private long audit(
            Connection db,
            CopyManager copy,
            List<UUID> conventions,
            List<List<String>> communes,
            List<List<UUID>> organisations,
            List<Departement> departements)
            throws Exception {
        StringBuilder rows = new StringBuilder();
        long count = 0;
        Map<UUID, List<UUID>> fiches = new HashMap<>();
        try (PreparedStatement query =
                db.prepareStatement("SELECT convention_id, id FROM actionplan.fiche WHERE convention_id = ANY(?)")) {
            query.setArray(1, db.createArrayOf("uuid", conventions.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next())
                    fiches.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
            }
        }
        for (int n = 0; n < conventions.size(); n++) {
            String footprint = "{"
                    + String.join(
                            ",",
                            organisations.get(n).stream().map(UUID::toString).toList())
                    + "}\t{" + String.join(",", communes.get(n)) + "}\t{"
                    + departements.get(departementOf(n, departements.size())).code() + "}";
            UUID c = conventions.get(n);
            rows.append(auditLine(
                    "2026-01-05 09:00:00+00",
                    "convention",
                    c.toString(),
                    "CREATED",
                    "Convention enregistrée (" + MARK + ")",
                    footprint));
            rows.append(auditLine(
                    "2026-01-06 09:00:00+00",
                    "convention",
                    c.toString(),
                    "SIGNED",
                    "Convention signée (" + MARK + ")",
                    footprint));
            count += 2;
            for (UUID fiche : fiches.getOrDefault(c, List.of())) {
                rows.append(auditLine(
                        "2026-01-07 09:00:00+00",
                        "fiche",
                        fiche.toString(),
                        "UPDATED",
                        "Fiche action modifiée (" + MARK + ")",
                        footprint));
                count++;
            }
        }
        copyIn(
                copy,
                "platform.audit_event",
                List.of(
                        "occurred_at",
                        "actor_name",
                        "entity_type",
                        "entity_id",
                        "action",
                        "summary",
                        "organisations",
                        "communes",
                        "departements"),
                rows);
        return count;
    }

    private static String auditLine(
            String at, String type, String id, String action, String summary, String footprint) {
        return at + "\tJeu national\t" + type + "\t" + id + "\t" + action + "\t" + escape(summary) + "\t" + footprint
                + "\n";
    }

    // ------------------------------------------------------------------------------------------------ SQL helpers

    private static Map<String, Object> row(Connection db, String sql, Object param) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, param);
            try (ResultSet rs = s.executeQuery()) {
                Map<String, Object> row = new LinkedHashMap<>();
                if (rs.next())
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++)
                        row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                return row;
            }
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, TEMPLATE);
            List<String> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) result.add(rs.getString(1));
            }
            return result;
        }
    }

    /** The template's organisations with their communes and départements. */
    private static List<Organisation> organisations(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                SELECT o.id, o.kind, o.name, o.departements,
                       ARRAY(SELECT commune_code FROM directory.organisation_commune oc WHERE oc.organisation_id = o.id ORDER BY 1)
                FROM directory.organisation o
                WHERE o.id IN (SELECT unnest(organisations) FROM convention.convention WHERE id = ?)
                ORDER BY o.id""")) {
            s.setObject(1, TEMPLATE);
            List<Organisation> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next())
                    result.add(new Organisation(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            List.of((String[]) rs.getArray(5).getArray()),
                            List.of((String[]) rs.getArray(4).getArray())));
            }
            return result;
        }
    }

    /** Tables of the modules with a {@code convention_id} column, but those not copied. */
    private static List<String> tables(Connection db) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT table_schema || '.' || table_name FROM information_schema.columns
                WHERE column_name = 'convention_id' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')
                ORDER BY 1""");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) if (!NOT_COPIED.contains(rs.getString(1))) result.add(rs.getString(1));
        }
        return result;
    }

    /** The columns of a table a copy writes: all but those a sequence fills. */
    private static List<String> columns(Connection db, String table) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema || '.' || table_name = ? AND coalesce(column_default, '') NOT LIKE 'nextval%'
                  AND is_generated = 'NEVER'
                ORDER BY ordinal_position""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) result.add(rs.getString(1));
            }
        }
        return result;
    }

    private static List<String> copyOut(CopyManager copy, String table, List<String> columns, String key)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy.copyOut(
                "COPY (SELECT " + String.join(", ", quoted(columns)) + " FROM " + table + " WHERE " + key + " = '"
                        + TEMPLATE + "') TO STDOUT",
                out);
        String text = out.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static void copyIn(CopyManager copy, String table, List<String> columns, CharSequence rows)
            throws Exception {
        if (rows.isEmpty()) return;
        copy.copyIn(
                "COPY " + table + " (" + String.join(", ", quoted(columns)) + ") FROM STDIN",
                new StringReader(rows.toString()));
    }

    private static List<String> quoted(List<String> columns) {
        return columns.stream().map(c -> "\"" + c + "\"").toList();
    }

    private static List<String> uuids(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            Matcher m = UUID_TEXT.matcher(line);
            // The first column of a copied row is its id (when it has one).
            if (m.find() && m.start() == 0) result.add(m.group());
        }
        return result;
    }

    private static long count(Connection db, String table, List<UUID> conventions) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("SELECT count(*) FROM " + table + " WHERE convention_id = ANY(?)")) {
            s.setArray(1, db.createArrayOf("uuid", conventions.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The départements with at least {@code minimum} communes, most communes first, at most {@code limit}. */
    private static List<Departement> departements(Connection db, int minimum, int limit) throws SQLException {
        Map<String, Departement> result = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT d.code, d.name, c.code, c.name, c.epci_siren
                FROM territory.departement d JOIN territory.commune c ON c.departement_code = d.code AND c.kind = 'COMMUNE'
                WHERE d.code IN (SELECT departement_code FROM territory.commune WHERE kind = 'COMMUNE'
                                 GROUP BY departement_code HAVING count(*) >= ?
                                 ORDER BY count(*) DESC, departement_code LIMIT ?)
                ORDER BY d.code, c.code""")) {
            s.setInt(1, minimum);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    String name = rs.getString(2);
                    result.computeIfAbsent(code, k -> new Departement(k, name, new ArrayList<>()))
                            .communes()
                            .add(new Commune(rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return List.copyOf(result.values());
    }

    private static List<Commune> pick(Random random, List<Commune> communes, int count) {
        List<Commune> picked = new ArrayList<>();
        while (picked.size() < count) {
            Commune c = communes.get(random.nextInt(communes.size()));
            if (!picked.contains(c)) picked.add(c);
        }
        return picked;
    }
}
