package fr.pilotectg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one French order (ADR 0016): {@link FrenchOrder} in Java and the collation {@code french} in PostgreSQL sort
 * alike, and the name columns of the lists carry that collation.
 */
@IntegrationTest
class FrenchOrderIntegrationTests {

    /**
     * Names that the byte order (C) or a naive comparison gets wrong. Not here: the typographic apostrophe (’) and ß,
     * the two points where the embedded PostgreSQL's ICU 60 and a current ICU (ICU4J here, and the ICU of a current
     * PostgreSQL server) differ (ADR 0016).
     */
    static final List<String> TRICKY = List.of(
            "Écaillon",
            "Eccles",
            "eccles",
            "Ecques",
            "Éterpigny",
            "État",
            "Etaples",
            "Étaples",
            "Ételle",
            "Œuilly",
            "Oeuilly",
            "Oeuf",
            "L'Abergement",
            "Villeneuve-d'Ascq",
            "Villeneuve",
            "Labergement",
            "L'Abergement-Clémenciat",
            "Le Cateau-Cambrésis",
            "Lécluse",
            "Leers",
            "Saint-Amand-les-Eaux",
            "Saint Amand",
            "saint-amand",
            "Saint-Amand",
            "Saint-Omer",
            "Sainte-Marie-Kerque",
            "Saintes",
            "ZUTKERQUE",
            "Zutkerque",
            "Zuydcoote",
            "Ébblinghem",
            "Ebblinghem",
            "Lille 10",
            "Lille 2",
            "Lille",
            "Æ",
            "Aa",
            "Abbeville",
            "Îles",
            "Ile",
            "Ivry",
            "Ça",
            "Cà",
            "Caen");

    @Autowired
    JdbcClient jdbc;

    @Test
    void javaAndPostgresqlSortTheTrickyNamesAlike() {
        List<String> shuffled = new ArrayList<>(TRICKY);
        Collections.shuffle(shuffled, new Random(TRICKY.hashCode()));

        List<String> inJava = shuffled.stream().sorted(FrenchOrder.NAMES).toList();

        assertThat(sortedByPostgresql(shuffled)).containsExactlyElementsOf(inJava);
    }

    @Test
    void theOrderIsTheFrenchOneNotTheByteOrder() {
        List<String> sorted = sortedByPostgresql(TRICKY);

        // Accents are a secondary difference: the base letters decide first.
        assertThat(sorted.indexOf("Écaillon")).isLessThan(sorted.indexOf("Eccles"));
        assertThat(sorted.indexOf("Ebblinghem")).isEqualTo(sorted.indexOf("Ébblinghem") - 1);
        assertThat(sorted.subList(sorted.indexOf("Ecques") + 1, sorted.indexOf("Îles") - 1))
                .containsExactly("Etaples", "Étaples", "État", "Ételle", "Éterpigny");
        // Case does not split the list, ligatures sort as their letters.
        assertThat(sorted.indexOf("eccles")).isEqualTo(sorted.indexOf("Eccles") - 1);
        assertThat(sorted.indexOf("Œuilly")).isEqualTo(sorted.indexOf("Oeuilly") + 1);
        assertThat(sorted.indexOf("ZUTKERQUE")).isEqualTo(sorted.indexOf("Zutkerque") + 1);
        // Spellings of one name stay together; every « Saint-… » comes before « Sainte-… » and « Saintes ».
        assertThat(sorted.subList(sorted.indexOf("Saint Amand"), sorted.indexOf("Saint Amand") + 6))
                .containsExactly(
                        "Saint Amand",
                        "saint-amand",
                        "Saint-Amand",
                        "Saint-Amand-les-Eaux",
                        "Saint-Omer",
                        "Sainte-Marie-Kerque");
        // Numbers compare as numbers.
        assertThat(sorted.subList(sorted.indexOf("Lille"), sorted.indexOf("Lille") + 3))
                .containsExactly("Lille", "Lille 2", "Lille 10");
        assertThat(sorted.get(0)).isEqualTo("Aa");
        assertThat(sorted.get(sorted.size() - 1)).isEqualTo("Zuydcoote");
    }

    @Test
    void javaAndPostgresqlAgreeOnRandomNamesMadeOfTrickyPieces() {
        String[] pieces = {
            "E", "É", "e", "é", "è", "ê", "A", "à", "a", "Œ", "oe", "O", "æ", "ae", "c", "ç", "C", "i", "î", "-", " ",
            "'", "2", "10", "9", "Saint", "saint", "Sainte", "L", "l", "Z", "z", "y", "Y", "."
        };
        Random random = new Random(20261202L);
        for (int round = 0; round < 20; round++) {
            List<String> names = new ArrayList<>();
            for (int n = 0; n < 50; n++) {
                var name = new StringBuilder();
                int length = 1 + random.nextInt(6);
                for (int i = 0; i < length; i++) name.append(pieces[random.nextInt(pieces.length)]);
                names.add(name.toString());
            }
            assertThat(sortedByPostgresql(names))
                    .as("round %d", round)
                    .containsExactlyElementsOf(
                            names.stream().sorted(FrenchOrder.NAMES).toList());
        }
    }

    @Test
    void theNameColumnsOfTheListsCarryTheFrenchCollation() {
        List<String> columns = List.of(
                "territory.region.name",
                "territory.departement.name",
                "territory.epci.name",
                "territory.commune.name",
                "territory.qpv.name",
                "directory.organisation.name",
                "directory.organisation.short_name",
                "directory.user_account.display_name",
                "directory.user_account.username",
                "convention.convention.title",
                "governance.body.name",
                "actionplan.axis.title",
                "actionplan.fiche.title",
                "equipment.equipment.name",
                "equipment.equipment.operator_name");
        List<String> french = jdbc.sql("""
                        SELECT table_schema || '.' || table_name || '.' || column_name FROM information_schema.columns
                        WHERE collation_name = :collation""")
                .param("collation", FrenchOrder.COLLATION)
                .query(String.class)
                .list();
        assertThat(french).containsAll(columns);
    }

    private List<String> sortedByPostgresql(List<String> names) {
        return jdbc.sql("SELECT n FROM unnest(CAST(:names AS text[])) AS t(n) ORDER BY n COLLATE "
                        + FrenchOrder.COLLATION)
                .param("names", names.toArray(String[]::new))
                .query(String.class)
                .list();
    }
}
