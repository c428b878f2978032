package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.SignedIn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * Parties as they really are (issue 12, point 3): the kind follows the organisation, the Caf signs through a
 * vice-president, one person sits for two parties, a collective party names its member communes, a party not yet
 * identified saves in a draft and blocks only the signature of a new convention.
 */
@IntegrationTest
class ConventionPartiesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Conventions conventions;

    @Autowired
    UserDetailsService users;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private Api admin() {
        return Api.as(port, "admin", "demo");
    }

    private Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    /** A new organisation of the directory attached to Armentières (so in the Caf du Nord's reach). */
    private UUID organisation(String kind, String name) {
        Api.Response created = admin().post("/api/v1/organisations", """
                {"kind":"%s","name":"%s","communes":["59017"]}""".formatted(kind, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private String caf(String representatives) {
        return """
                {"organisationId":"%s","representatives":%s}""".formatted(fixtures().organisation("Caisse d'allocations familiales du Nord"), representatives);
    }

    private String armentieres(String representatives) {
        return """
                {"organisationId":"%s","alias":"la Ville","representatives":%s}""".formatted(fixtures().organisation("Ville d'Armentières"), representatives);
    }

    private String terms(String title, String... signatories) {
        return """
                {"title":"%s","start":"2024-01-01","end":"2027-12-31","communes":["59017"],
                 "signatories":[%s],"domains":["PETITE_ENFANCE"]}""".formatted(title, String.join(",", signatories));
    }

    private static final String CAF_VICE_PRESIDENT = """
            [{"civility":"MONSIEUR","name":"Jean MARTIN","title":"1er vice-Président"},
             {"civility":"MADAME","name":"Audrey MATHON-DEBETENCOURT","role":"DIRECTOR","title":"Directrice par intérim"}]""";

    @Test
    void anEpciCannotBeSavedAsACommuneAndNothingIsSaved() {
        UUID epci = organisation("EPCI", Fixtures.unique("Communauté de communes des Tests"));
        String title = Fixtures.unique("CTG type contradictoire");
        Api.Response refused =
                caf().post("/api/v1/conventions", terms(title, caf(CAF_VICE_PRESIDENT), """
                                {"kind":"COMMUNE","organisationId":"%s"}""".formatted(epci)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode field = refused.json().get("fields").get(0);
        assertThat(field.get("code").asString()).isEqualTo("PARTY_KIND_MISMATCH");
        assertThat(field.get("field").asString()).isEqualTo("signatories[1].kind");
        assertThat(field.get("message").asString()).contains("un EPCI ne peut pas être enregistré comme commune");
        assertThat(caf().get("/api/v1/conventions?size=10&q=" + encode(title))
                        .json()
                        .get("content")
                        .size())
                .as("nothing half saved")
                .isZero();

        Api.Response asEpci =
                caf().post("/api/v1/conventions", terms(title, caf(CAF_VICE_PRESIDENT), """
                                {"organisationId":"%s"}""".formatted(epci)));
        assertThat(asEpci.status()).as(asEpci.body()).isEqualTo(201);
        assertThat(asEpci.json()
                        .get("terms")
                        .get("signatories")
                        .get(1)
                        .get("kind")
                        .asString())
                .as("the kind follows the organisation")
                .isEqualTo("EPCI");
    }

    @Test
    void theCafSignsThroughAVicePresidentAndOnePersonSitsForTwoParties() {
        UUID syndicat = organisation("SYNDICAT", Fixtures.unique("SIVU enfance des Tests"));
        String title = Fixtures.unique("CTG syndicat et Caf par vice-président");
        Api.Response created = caf().post(
                        "/api/v1/conventions",
                        terms(title, caf(CAF_VICE_PRESIDENT), armentieres("""
                                        [{"civility":"MADAME","name":"Marie LEROY","title":"Première adjointe au Maire"}]"""), """
                                {"organisationId":"%s","alias":"le Syndicat","representatives":[
                                  {"civility":"MONSIEUR","name":"Jean MARTIN","role":"PRESIDENT","title":"Président du comité syndical"}]}""".formatted(syndicat)));
        assertThat(created.status())
                .as("the same person for two parties is no duplicate: " + created.body())
                .isEqualTo(201);
        JsonNode signatories = created.json().get("terms").get("signatories");
        JsonNode vicePresident = signatories.get(0).get("representatives").get(0);
        assertThat(vicePresident.get("role").asString()).isEqualTo("VICE_PRESIDENT");
        assertThat(vicePresident.get("title").asString()).isEqualTo("1er vice-Président");
        assertThat(vicePresident.get("civility").asString()).isEqualTo("MONSIEUR");
        assertThat(signatories.get(1).get("representatives").get(0).get("role").asString())
                .isEqualTo("VICE_PRESIDENT");
        assertThat(signatories.get(2).get("kind").asString()).isEqualTo("SYNDICAT");
        assertThat(signatories.get(2).get("needsCouncilDeliberation").asBoolean())
                .isTrue();

        String id = created.json().get("id").asString();
        Api.Response submitted = caf().post(
                        "/api/v1/conventions/" + id + "/submission",
                        "{\"version\":%d}"
                                .formatted(created.json().get("version").asInt()));
        assertThat(submitted.status())
                .as("a Caf signing through its 1st vice-president and its director is complete: " + submitted.body())
                .isEqualTo(200);

        List<ConventionParty> parties = SignedIn.as(users, "caf-nord", () -> conventions.parties(UUID.fromString(id)));
        assertThat(parties).extracting(ConventionParty::kind).containsExactly("CAF", "COMMUNE", "SYNDICAT");
        assertThat(parties.get(2).assemblyKey()).isEqualTo("convention.party.assembly.SYNDICAT");
        assertThat(parties.get(2).alias()).isEqualTo("le Syndicat");
        ConventionParty.Person deputy = parties.get(1).representatives().get(0);
        assertThat(deputy.printedRole()).isEqualTo("Première adjointe au Maire");
        assertThat(deputy.category()).isEqualTo("DEPUTY");
        assertThat(deputy.civility()).isEqualTo("MADAME");

        assertThat(page("/conventions/" + id))
                .contains("comité syndical")
                .contains("ci-après dénommée « le Syndicat »")
                .contains("Première adjointe au Maire")
                .contains("1er vice-Président");
    }

    @Test
    void aCafRepresentedByItsDirectorAloneCannotBeSentForSignature() {
        String title = Fixtures.unique("CTG Caf sans présidence");
        Api.Response created = caf().post("/api/v1/conventions", terms(title, caf("""
                                        [{"name":"Audrey MATHON-DEBETENCOURT","role":"DIRECTOR"}]"""), armentieres("""
                                        [{"name":"Bernard HAESEBROECK","title":"Maire"}]""")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Response refused = caf().post(
                        "/api/v1/conventions/" + created.json().get("id").asString() + "/submission",
                        "{\"version\":%d}"
                                .formatted(created.json().get("version").asInt()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("CONVENTION_CAF_REPRESENTATIVES_REQUIRED");
    }

    @Test
    void aCollectivePartyNamesItsMemberCommunesFromTheReferenceData() {
        String title = Fixtures.unique("CTG communes membres");
        String collective = """
                {"kind":"COMMUNE","collective":true,"organisationName":"Les communes membres de la Communauté",
                 "members":["59017","%s"],"representatives":[{"title":"Les maires"}]}""";
        Api.Response unknown =
                caf().post("/api/v1/conventions", terms(title, caf(CAF_VICE_PRESIDENT), collective.formatted("59999")));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.json().get("fields").get(0).get("field").asString()).isEqualTo("signatories[1].members[1]");
        assertThat(unknown.json().get("fields").get(0).get("code").asString()).isEqualTo("CONVENTION_COMMUNE_UNKNOWN");

        Api.Response created =
                caf().post("/api/v1/conventions", terms(title, caf(CAF_VICE_PRESIDENT), collective.formatted("59350")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode party = created.json().get("terms").get("signatories").get(1);
        assertThat(party.get("collective").asBoolean()).isTrue();
        assertThat(party.get("members").toString()).isEqualTo("[\"59017\",\"59350\"]");
        assertThat(created.json().get("findings").findValuesAsString("code"))
                .doesNotContain("PARTY_UNIDENTIFIED", "MEMBERS_UNKNOWN")
                .as("« Les maires » are not named")
                .contains("REPRESENTATIVES_UNKNOWN");
        assertThat(page("/conventions/" + created.json().get("id").asString()))
                .contains("2 communes membres")
                .contains("Armentières (59017)");
    }

    @Test
    void anUnidentifiedPartySavesInADraftIsAFindingAndBlocksOnlyTheSignatureOfANewConvention() {
        String title = Fixtures.unique("CTG commune à identifier");
        String unidentified = """
                {"kind":"COMMUNE","organisationName":"Commune de …","representatives":[{"title":"Le Maire"}]}""";
        Api.Response draft = caf().post(
                        "/api/v1/conventions", terms(title, caf(CAF_VICE_PRESIDENT), armentieres("""
                                        [{"name":"Bernard HAESEBROECK","title":"Maire"}]"""), unidentified));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().get("findings").findValuesAsString("code")).contains("PARTY_UNIDENTIFIED");
        assertThat(draft.json().get("findings").toString()).contains("1 partie non identifiée : Commune de …");

        Api.Response refused = caf().post(
                        "/api/v1/conventions/" + draft.json().get("id").asString() + "/submission",
                        "{\"version\":%d}".formatted(draft.json().get("version").asInt()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("CONVENTION_PARTY_UNIDENTIFIED").contains("« Commune de … »");

        Api.Response recorded = caf().post("/api/v1/conventions/signed", """
                {"signedOn":"2024-02-01","signaturePlace":"Lille","terms":%s}""".formatted(
                        terms(Fixtures.unique("CTG passée à identifier"), caf(CAF_VICE_PRESIDENT), unidentified)));
        assertThat(recorded.status())
                .as("recording a past convention is not refused: " + recorded.body())
                .isEqualTo(201);
        assertThat(recorded.json().get("findings").findValuesAsString("code")).contains("PARTY_UNIDENTIFIED");
    }

    @Test
    void aTerritoryListedInPartOrGivenAsACountSaysSoAndItsPopulationCoversTheListedCommunesOnly() {
        String partial = """
                {"signedOn":"2023-05-10","signaturePlace":"Armentières","terms":{"title":"%s","start":"2023","end":"2027",
                 "communes":["59017","59350","59355"],"territoryIncomplete":true,"declaredCommunes":12,
                 "signatories":[%s]}}""".formatted(Fixtures.unique("CTG trois communes sur douze"), caf(CAF_VICE_PRESIDENT));
        Api.Response recorded = caf().post("/api/v1/conventions/signed", partial);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String id = recorded.json().get("id").asString();
        assertThat(recorded.json().get("terms").get("declaredCommunes").asInt()).isEqualTo(12);
        assertThat(recorded.json().get("findings").findValuesAsString("code")).contains("TERRITORY_INCOMPLETE");
        assertThat(recorded.json().get("findings").toString()).contains("3 communes listées sur 12");
        assertThat(page("/conventions/" + id))
                .contains("3 communes listées")
                .contains("sur 12 selon le texte")
                .contains("les chiffres de population ne couvrent que les communes listées");
        assertThat(page("/conventions/" + id + "/diagnostic"))
                .contains("population et comptes des seules 3 communes listées sur 12 selon la convention");

        Api.Response countOnly = caf().post("/api/v1/conventions", """
                        {"title":"%s","start":"2024","end":"2027","declaredCommunes":38,"signatories":[%s]}""".formatted(
                        Fixtures.unique("CTG 38 communes"), caf(CAF_VICE_PRESIDENT)));
        assertThat(countOnly.status()).as(countOnly.body()).isEqualTo(201);
        assertThat(countOnly.json().get("findings").findValuesAsString("code"))
                .contains("TERRITORY_COUNT_ONLY")
                .doesNotContain("TERRITORY_UNKNOWN");
        assertThat(page("/conventions/" + countOnly.json().get("id").asString()))
                .contains("38 communes selon le texte, liste non renseignée");

        Api.Response below = caf().post("/api/v1/conventions", """
                        {"title":"%s","start":"2024","end":"2027","communes":["59017","59350"],"declaredCommunes":1,
                         "signatories":[%s]}""".formatted(
                        Fixtures.unique("CTG compte faux"), caf(CAF_VICE_PRESIDENT)));
        assertThat(below.status()).isEqualTo(400);
        assertThat(below.json().get("fields").get(0).get("field").asString()).isEqualTo("declaredCommunes");
        assertThat(below.json().get("fields").get(0).get("code").asString())
                .isEqualTo("CONVENTION_TERRITORY_COUNT_BELOW_LIST");
    }

    private String page(String path) {
        return fr.pilotectg.platform.PageSession.signIn(port, "caf-nord", "demo")
                .get(path)
                .body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
