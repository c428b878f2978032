package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Rights within a shared convention (ADR 0003, "Within a convention"), through the real HTTP API: a convention signed by
 * the Caf du Nord, a lead commune (A, first commune signatory) and a second commune (B), with a partner association, and
 * for each role — Caf agent, agent of A, agent of B, partner, reader — every part (terms, axis, fiches by pilot and by
 * commune, governance bodies and posts by owner) of that convention and of one out of everyone's reach (Pas-de-Calais).
 * Everything is built here with unique names; nothing of the demo data is changed.
 */
@IntegrationTest
class ConventionPartsRightsTests {

    /** Tourcoing and Roubaix: communes of the Nord without demo convention. */
    static final String COMMUNE_A = "59599";

    static final String COMMUNE_B = Fixtures.FREE_COMMUNE;
    /** Arras (Pas-de-Calais): out of the Caf du Nord's reach. */
    static final String COMMUNE_OTHER = "62041";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConventionRights rights;

    @Autowired
    Conventions conventions;

    private Api admin() {
        return Api.as(port, "admin", "demo");
    }

    private Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    /** A new organisation of the directory attached to {@code commune}. */
    private UUID organisation(String kind, String name, String commune) {
        Api.Response created = admin().post("/api/v1/organisations", """
                {"kind":"%s","name":"%s","communes":["%s"]}""".formatted(kind, name, commune));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    /** A login and password of a new user of {@code organisation} with {@code role}, its password as chosen. */
    private String[] user(UUID organisation, String role) {
        String username = "droits-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin().post("/api/v1/users", """
                {"username":"%s","displayName":"Compte %s","organisationId":"%s","role":"%s"}""".formatted(username, role, organisation, role));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        jdbc.sql("UPDATE directory.user_account SET must_change_password = FALSE WHERE username = :u")
                .param("u", username)
                .update();
        return new String[] {username, created.json().get("oneTimePassword").asString()};
    }

    private Api as(String[] login) {
        return Api.as(port, login[0], login[1]);
    }

    private static String terms(String title, List<String> communes, UUID caf, List<UUID> collectivites, UUID partner) {
        var signatories = new StringBuilder("""
                {"organisationId":"%s","representatives":[{"name":"Mme Présidente","role":"BOARD_CHAIR"},
                                                          {"name":"M. Directeur","role":"DIRECTOR"}]}""".formatted(caf));
        for (UUID c : collectivites) {
            signatories.append(
                    ",{\"organisationId\":\"%s\",\"representatives\":[{\"name\":\"M. Maire\",\"role\":\"MAYOR\"}]}"
                            .formatted(c));
        }
        String partners = partner == null
                ? "[]"
                : "[{\"name\":\"Association partenaire\",\"kind\":\"OTHER\",\"organisationId\":\"%s\"}]"
                        .formatted(partner);
        return """
                {"title":"%s","start":"2025-01-01","end":"2028-12-31","communes":[%s],"signatories":[%s],"partners":%s,
                 "domains":["PETITE_ENFANCE","PARENTALITE"],"missions":[{"code":"M1","enjeux":["E1"]}]}""".formatted(
                title,
                String.join(",", communes.stream().map(c -> "\"" + c + "\"").toList()),
                signatories,
                partners);
    }

    /** The objects of one convention the matrix changes, by name, and what changes each. */
    record Target(String convention, String terms, Map<String, String> ids) {}

    /** The shared convention and its objects, and the users of each role. */
    record World(Target own, Target other, Map<String, Api> roles, String[] otherLogin, UUID a, UUID b) {}

    private World world() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID cafNord = fixtures().organisation("Caisse d'allocations familiales du Nord");
        UUID a = organisation("COMMUNE", "Ville porteuse " + suffix, COMMUNE_A);
        UUID b = organisation("COMMUNE", "Ville associée " + suffix, COMMUNE_B);
        UUID p = organisation("ASSOCIATION", "Association partenaire " + suffix, COMMUNE_B);
        Api caf = fixtures().caf();
        String ownTerms = terms("CTG partagée " + suffix, List.of(COMMUNE_A, COMMUNE_B), cafNord, List.of(a, b), p);
        Api.Response convention = caf.post("/api/v1/conventions", ownTerms);
        assertThat(convention.status()).as(convention.body()).isEqualTo(201);
        String id = convention.json().get("id").asString();

        Map<String, Api> roles = new LinkedHashMap<>();
        roles.put("caf", caf);
        roles.put("lead", as(user(a, "COLLECTIVITE_AGENT")));
        String[] otherLogin = user(b, "COLLECTIVITE_AGENT");
        roles.put("other", as(otherLogin));
        roles.put("partner", as(user(p, "PARTNER")));
        roles.put("reader", as(user(a, "READER")));

        Map<String, String> ids = new LinkedHashMap<>();
        String plainAxis = created(caf, "/api/v1/conventions/" + id + "/plan/axes", "{\"title\":\"Axe commun\"}");
        String axisB = created(
                caf,
                "/api/v1/conventions/" + id + "/plan/axes",
                "{\"title\":\"Axe de B\",\"commune\":\"%s\"}".formatted(COMMUNE_B));
        ids.put("axis", plainAxis);
        ids.put("ficheOfA", fiche(caf, id, plainAxis, a));
        ids.put("ficheOfB", fiche(roles.get("other"), id, plainAxis, b));
        ids.put("ficheInB", fiche(caf, id, axisB, null));
        ids.put("ficheOfPartner", fiche(caf, id, plainAxis, p));
        String governance = "/api/v1/conventions/" + id + "/governance";
        ids.put("bodyShared", created(caf, governance + "/bodies", "{\"kind\":\"COPIL\",\"name\":\"COPIL partagé\"}"));
        ids.put(
                "bodyOfB",
                created(
                        roles.get("other"),
                        governance + "/bodies",
                        "{\"kind\":\"GROUPE_TRAVAIL\",\"name\":\"Groupe de B\"}"));
        ids.put(
                "bodyOfPartner",
                created(
                        roles.get("partner"),
                        governance + "/bodies",
                        "{\"kind\":\"GROUPE_TRAVAIL\",\"name\":\"Groupe du partenaire\"}"));
        ids.put("postOfA", created(caf, governance + "/posts", post(a)));
        ids.put("postOfB", created(roles.get("other"), governance + "/posts", post(b)));
        Target own = new Target(id, ownTerms, ids);

        // Out of everyone's reach but the Caf du Pas-de-Calais': the same objects in Arras.
        Api cafPdc = Api.as(port, "caf-pas-de-calais", "demo");
        UUID cafPdcId = fixtures().organisation("Caisse d'allocations familiales du Pas-de-Calais");
        UUID arras = organisation("COMMUNE", "Ville hors champ " + suffix, COMMUNE_OTHER);
        String otherTerms = terms("CTG hors champ " + suffix, List.of(COMMUNE_OTHER), cafPdcId, List.of(arras), null);
        Api.Response outside = cafPdc.post("/api/v1/conventions", otherTerms);
        assertThat(outside.status()).as(outside.body()).isEqualTo(201);
        String otherId = outside.json().get("id").asString();
        Map<String, String> otherIds = new LinkedHashMap<>();
        String otherAxis =
                created(cafPdc, "/api/v1/conventions/" + otherId + "/plan/axes", "{\"title\":\"Axe hors champ\"}");
        otherIds.put("axis", otherAxis);
        String otherFiche = fiche(cafPdc, otherId, otherAxis, arras);
        for (String f : List.of("ficheOfA", "ficheOfB", "ficheInB", "ficheOfPartner")) otherIds.put(f, otherFiche);
        String otherBody = created(
                cafPdc,
                "/api/v1/conventions/" + otherId + "/governance/bodies",
                "{\"kind\":\"COPIL\",\"name\":\"COPIL hors champ\"}");
        for (String body : List.of("bodyShared", "bodyOfB", "bodyOfPartner")) otherIds.put(body, otherBody);
        String otherPost = created(cafPdc, "/api/v1/conventions/" + otherId + "/governance/posts", post(arras));
        for (String post : List.of("postOfA", "postOfB")) otherIds.put(post, otherPost);
        return new World(own, new Target(otherId, otherTerms, otherIds), roles, otherLogin, a, b);
    }

    private static String post(UUID employer) {
        return "{\"role\":\"CHEF_PROJET\",\"theme\":\"Coordination\",\"etp\":0.5,\"employerId\":\"%s\"}"
                .formatted(employer);
    }

    private static String fiche(Api api, String convention, String axis, UUID pilot) {
        return created(
                api,
                "/api/v1/conventions/" + convention + "/plan/fiches",
                "{\"axisId\":\"%s\",\"title\":\"Fiche\"%s}"
                        .formatted(axis, pilot == null ? "" : ",\"pilotId\":\"" + pilot + "\""));
    }

    private static String created(Api api, String path, String body) {
        Api.Response created = api.post(path, body);
        assertThat(created.status()).as(path + " " + created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** One change of a part, as the role given, on a target; returns the status and the code of a refusal. */
    private String attempt(String part, Api api, Target t) {
        Api admin = admin();
        Api.Response r;
        String fiche = t.ids().get(part);
        switch (part) {
            case "terms" -> {
                int version = admin.get("/api/v1/conventions/" + t.convention())
                        .json()
                        .get("version")
                        .asInt();
                r = api.put(
                        "/api/v1/conventions/" + t.convention() + "/terms",
                        "{\"version\":%d,\"terms\":%s}".formatted(version, t.terms()));
            }
            case "axis" ->
                r = api.post(
                        "/api/v1/conventions/" + t.convention() + "/plan/axes",
                        "{\"title\":\"Axe " + UUID.randomUUID() + "\"}");
            case "ficheOfA", "ficheOfB", "ficheInB", "ficheOfPartner" -> {
                JsonNode current = admin.get("/api/v1/fiches/" + fiche).json();
                String pilot = current.path("pilotId").isMissingNode()
                                || current.path("pilotId").isNull()
                        ? ""
                        : ",\"pilotId\":\"" + current.get("pilotId").asString() + "\"";
                r = api.put(
                        "/api/v1/fiches/" + fiche,
                        "{\"version\":%d,\"axisId\":\"%s\",\"title\":\"Fiche revue\",\"progress\":20%s}"
                                .formatted(
                                        current.get("version").asInt(),
                                        current.get("axisId").asString(),
                                        pilot));
            }
            case "bodyShared", "bodyOfB", "bodyOfPartner" -> {
                String path = "/api/v1/conventions/" + t.convention() + "/governance/bodies/"
                        + t.ids().get(part);
                int version = admin.get(path).json().get("version").asInt();
                r = api.put(
                        path,
                        "{\"version\":%d,\"kind\":\"GROUPE_TRAVAIL\",\"name\":\"Instance revue\"}".formatted(version));
            }
            case "postOfA", "postOfB" -> {
                String path = "/api/v1/conventions/" + t.convention() + "/governance/posts/"
                        + t.ids().get(part);
                JsonNode current = admin.get(path).json();
                r = api.put(
                        path,
                        "{\"version\":%d,\"role\":\"CHEF_PROJET\",\"theme\":\"Coordination revue\",\"etp\":0.6,\"employerId\":\"%s\"}"
                                .formatted(
                                        current.get("version").asInt(),
                                        current.get("employerId").asString()));
            }
            default -> throw new IllegalArgumentException(part);
        }
        return r.status() < 300 ? "2xx" : r.status() + " " + r.code();
    }

    static final List<String> PARTS = List.of(
            "terms",
            "axis",
            "ficheOfA",
            "ficheOfB",
            "ficheInB",
            "ficheOfPartner",
            "bodyShared",
            "bodyOfB",
            "bodyOfPartner",
            "postOfA",
            "postOfB");

    static final String T = "403 CONVENTION_TERMS_RESERVED";
    static final String F = "403 FICHE_NOT_YOURS";
    static final String G = "403 GOVERNANCE_NOT_YOURS";
    static final String R = "403 ACCESS_DENIED";
    static final String OK = "2xx";

    /** Expected outcome by role, in the order of {@link #PARTS}. */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("caf", List.of(OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK));
        EXPECTED.put("lead", List.of(OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK));
        EXPECTED.put("other", List.of(T, T, F, OK, OK, F, G, OK, G, G, OK));
        EXPECTED.put("partner", List.of(T, T, F, F, F, OK, G, G, OK, G, G));
        EXPECTED.put("reader", List.of(R, R, R, R, R, R, R, R, R, R, R));
    }

    @Test
    void eachRoleChangesOnlyItsPartsOfASharedConventionAndNothingOutOfReach() {
        World w = world();
        List<String> differences = new ArrayList<>();
        for (var role : w.roles().entrySet()) {
            for (int i = 0; i < PARTS.size(); i++) {
                String part = PARTS.get(i);
                String own = attempt(part, role.getValue(), w.own());
                String expected = EXPECTED.get(role.getKey()).get(i);
                if (!own.startsWith(expected))
                    differences.add(role.getKey() + " × " + part + " × own: " + own + ", expected " + expected);
                String other = attempt(part, role.getValue(), w.other());
                if (!other.startsWith("404"))
                    differences.add(role.getKey() + " × " + part + " × other: " + other + ", expected 404");
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void aCollectiviteCreatesTheFichesItPilotsButNotThoseOfAnotherAndTheRefusalIsInFrench() {
        World w = world();
        Api other = w.roles().get("other");
        String axis = w.own().ids().get("axis");
        String path = "/api/v1/conventions/" + w.own().convention() + "/plan/fiches";
        Api.Response own = other.post(
                path, "{\"axisId\":\"%s\",\"title\":\"La mienne\",\"pilotId\":\"%s\"}".formatted(axis, w.b()));
        assertThat(own.status()).as(own.body()).isEqualTo(201);

        Api.Response foreign = other.post(
                path, "{\"axisId\":\"%s\",\"title\":\"Celle de A\",\"pilotId\":\"%s\"}".formatted(axis, w.a()));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).contains("application/problem+json");
        assertThat(foreign.code()).isEqualTo("FICHE_NOT_YOURS");
        assertThat(foreign.json().get("detail").asString()).contains("votre organisation pilote");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM actionplan.fiche WHERE convention_id = :c AND content->>'title' = 'Celle de A'")
                        .param("c", UUID.fromString(w.own().convention()))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFichesPilotAndPartnersTakePartInTheConventionOrStandOnItsTerritory() {
        World w = world();
        Api caf = fixtures().caf();
        String axis = w.own().ids().get("axis");
        String path = "/api/v1/conventions/" + w.own().convention() + "/plan/fiches";
        UUID armentieres = fixtures().organisation("Ville d'Armentières");
        UUID departement = fixtures().organisation("Département du Nord");

        Api.Response pilot = caf.post(
                path,
                "{\"axisId\":\"%s\",\"title\":\"Pilote étranger\",\"pilotId\":\"%s\"}".formatted(axis, armentieres));
        assertThat(pilot.status()).as(pilot.body()).isEqualTo(400);
        JsonNode field = pilot.json().get("fields").get(0);
        assertThat(field.get("field").asString()).isEqualTo("pilotId");
        assertThat(field.get("code").asString()).isEqualTo("FICHE_PILOT_OUTSIDE_CONVENTION");
        assertThat(field.get("message").asString()).contains("partie à la convention");

        Api.Response partner = caf.post(path, """
                {"axisId":"%s","title":"Partenaire étranger","partners":[{"organisationId":"%s"}]}""".formatted(axis, armentieres));
        assertThat(partner.status()).as(partner.body()).isEqualTo(400);
        field = partner.json().get("fields").get(0);
        assertThat(field.get("field").asString()).isEqualTo("partners[0].organisationId");
        assertThat(field.get("code").asString()).isEqualTo("FICHE_PARTNER_OUTSIDE_CONVENTION");
        assertThat(field.get("message").asString()).contains("Ville d'Armentières");

        // The Département covers the Nord (a directory partner on the territory), a free name is free text.
        Api.Response accepted = caf.post(path, """
                {"axisId":"%s","title":"Partenaires admis","pilotId":"%s",
                 "partners":[{"organisationId":"%s"},{"name":"Le club de prévention"}]}""".formatted(axis, w.b(), departement));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    }

    @Test
    void theFichePageOffersNoEditToWhoMayNotChangeItAndAPostGetsTheFrenchRefusal() {
        World w = world();
        PageSession other = PageSession.signIn(port, w.otherLogin()[0], w.otherLogin()[1]);
        String foreign = w.own().ids().get("ficheOfA");
        String mine = w.own().ids().get("ficheOfB");

        PageSession.Page foreignPage = other.get("/fiches/" + foreign);
        assertThat(foreignPage.status()).isEqualTo(200);
        assertThat(foreignPage.body()).doesNotContain("/fiches/" + foreign + "/edit", "id=\"changer-statut\"");
        PageSession.Page minePage = other.get("/fiches/" + mine);
        assertThat(minePage.body()).contains("/fiches/" + mine + "/edit", "id=\"changer-statut\"");

        PageSession.Page plan = other.get("/conventions/" + w.own().convention() + "/plan");
        assertThat(plan.body()).contains("/plan/fiches/new").doesNotContain("id=\"nouvel-axe\"", "/plan/import");

        String governance = "/conventions/" + w.own().convention() + "/gouvernance";
        PageSession.Page bodies = other.get(governance);
        assertThat(bodies.body())
                .contains(governance + "/instances/" + w.own().ids().get("bodyOfB") + "/modifier")
                .doesNotContain(governance + "/instances/" + w.own().ids().get("bodyShared") + "/modifier")
                .contains(governance + "/postes/" + w.own().ids().get("postOfB") + "/modifier")
                .doesNotContain(governance + "/postes/" + w.own().ids().get("postOfA") + "/modifier");
        PageSession.Page sharedBody =
                other.get(governance + "/instances/" + w.own().ids().get("bodyShared") + "/modifier");
        assertThat(sharedBody.status()).isEqualTo(403);
        assertThat(sharedBody.body()).contains("instances et les postes de votre organisation");

        assertThat(other.get("/fiches/" + foreign + "/edit").status()).isEqualTo(403);
        PageSession.Page refused =
                other.post("/fiches/" + foreign + "/status", Map.of("version", "0", "status", "PRESENTED"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("votre organisation pilote");
    }

    @Test
    void theDemoFichesNameOnlyOrganisationsThatTakePartInTheirConvention() {
        List<UUID[]> named = jdbc.sql("""
                        SELECT f.convention_id, f.pilot_id FROM actionplan.fiche f
                        WHERE f.created_by = 'system' AND f.pilot_id IS NOT NULL
                        UNION ALL
                        SELECT f.convention_id, CAST(p->>'organisationId' AS uuid)
                        FROM actionplan.fiche f, jsonb_array_elements(f.content->'partners') p
                        WHERE f.created_by = 'system' AND p->>'organisationId' IS NOT NULL""")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        assertThat(named).as("the demo plans name pilots and partners").hasSizeGreaterThan(5);
        assertThat(named)
                .allSatisfy(row -> assertThat(
                                rights.takesPart(conventions.find(row[0]).orElseThrow(), row[1]))
                        .as("organisation " + row[1] + " in convention " + row[0])
                        .isTrue());
        UUID lens = fixtures().organisation("Ville de Lens");
        assertThat(rights.takesPart(conventions.find(named.get(0)[0]).orElseThrow(), lens))
                .isFalse();
    }
}
