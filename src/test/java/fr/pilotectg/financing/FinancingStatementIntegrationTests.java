package fr.pilotectg.financing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.financing.FinancingTestData.TestCaf;
import fr.pilotectg.platform.PageSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The statement of a structure (« relevé de financement ») reaches its gestionnaire — a partner association outside
 * the convention — and those who read the convention; another gestionnaire, or anyone else, gets 404.
 */
@IntegrationTest
class FinancingStatementIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    FinancingTestData data() {
        return new FinancingTestData(port, jdbc);
    }

    @Test
    void aGestionnaireSeesItsOwnStatementAndGets404OnAnothersAndOnTheConvention() {
        FinancingTestData data = data();
        TestCaf caf = data.newCaf();
        String convention = data.conventionWithOisillons(caf);
        UUID association = data.organisation("ASSOCIATION", Fixtures.unique("Association Les Oisillons"));
        UUID other = data.organisation("ASSOCIATION", Fixtures.unique("Association Les Moineaux"));
        String[] gestionnaire = data.user(association, "PARTNER");
        String[] stranger = data.user(other, "PARTNER");
        String financing = "/api/v1/conventions/" + convention + "/financing";

        Api.Response unknownOperator = caf.api(port)
                .put(
                        financing + "/inputs",
                        "{\"version\":1,\"inputs\":"
                                + data.oisillons("{\"organisationId\":\"" + UUID.randomUUID() + "\",\"name\":\"X\"}")
                                + "}");
        assertThat(unknownOperator.status()).isEqualTo(400);
        assertThat(unknownOperator.json().get("fields").findValuesAsString("code"))
                .containsExactly("FINANCING_OPERATOR_UNKNOWN");
        Api.Response put = caf.api(port)
                .put(
                        financing + "/inputs",
                        "{\"version\":1,\"inputs\":"
                                + data.oisillons("{\"organisationId\":\"" + association
                                        + "\",\"name\":\"Association Les Oisillons\"}")
                                + "}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode report = caf.api(port).get(financing).json();
        assertThat(report.get("totalsByOperator").get(0).get("label").asString())
                .isEqualTo("Association Les Oisillons");
        assertThat(report.get("totalsByOperator")
                        .get(0)
                        .get("total")
                        .get("amount")
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo(
                        report.get("total").get("amount").get("amount").decimalValue());
        assertThat(report.get("totalsByTerritory").get(0).get("label").asString())
                .isEqualTo("Armentières");

        Api own = Api.as(port, gestionnaire[0], gestionnaire[1]);
        String statement = financing + "/statements/oisillons";
        JsonNode received = own.get("/api/v1/financing/statements").json();
        assertThat(received.size()).isEqualTo(1);
        assertThat(received.get(0).get("structureName").asString()).isEqualTo("Les Oisillons");
        assertThat(received.get(0).get("conventionTitle").asString()).startsWith("CTG financement Caf d’essai");
        Api.Response mine = own.get(statement);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().get("operatorName").asString()).isEqualTo("Association Les Oisillons");
        JsonNode y2024 = mine.json().get("years").get(1);
        assertThat(y2024.get("year").asInt()).isEqualTo(2024);
        assertThat(y2024.get("total").get("amount").decimalValue()).isEqualByComparingTo("50400");
        assertThat(y2024.get("total").get("unknownLines").asInt()).isPositive();
        assertThat(own.get(financing).status())
                .as("the convention itself stays out of reach")
                .isEqualTo(404);

        Api.Response others = Api.as(port, stranger[0], stranger[1]).get(statement);
        assertThat(others.status()).isEqualTo(404);
        assertThat(others.code()).isEqualTo("FINANCING_STATEMENT_NOT_FOUND");
        assertThat(Api.as(port, stranger[0], stranger[1])
                        .get("/api/v1/financing/statements")
                        .json()
                        .size())
                .isZero();
        assertThat(Api.as(port, "lens", "demo").get(statement).status()).isEqualTo(404);
        assertThat(caf.api(port).get(statement).status()).isEqualTo(200);
        assertThat(own.get(financing + "/statements/inconnue").status()).isEqualTo(404);

        PageSession session = PageSession.signIn(port, gestionnaire[0], gestionnaire[1]);
        assertThat(session.get("/financement/releves").body()).contains("Les Oisillons", "Relevés de financement");
        PageSession.Page page = session.get("/conventions/" + convention + "/financement/releves/oisillons");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Relevé de financement — Les Oisillons", "Association Les Oisillons")
                .contains("50\u00a0400,00\u00a0€")
                .contains("Année 2024");
        assertThat(PageSession.signIn(port, stranger[0], stranger[1])
                        .get("/conventions/" + convention + "/financement/releves/oisillons")
                        .status())
                .isEqualTo(404);
    }
}
