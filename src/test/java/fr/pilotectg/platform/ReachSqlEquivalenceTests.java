package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ReachSql#covers} selects exactly the rows whose footprint {@link Reach#covers} accepts: generated footprints
 * (empty ones included) are stored in a temporary table shaped like the modules' footprint columns, and each
 * generated reach is asked both ways.
 */
@IntegrationTest
@Transactional
class ReachSqlEquivalenceTests {

    private static final long SEED = 20261202L;

    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random(SEED);
    private final List<UUID> organisations = List.of(new UUID(0, 1), new UUID(0, 2), new UUID(0, 3), new UUID(0, 4));
    private final List<String> communes = List.of("59350", "59355", "59298", "59017", "62498", "2A004", "97411");
    private final List<String> departements = List.of("59", "62", "2A", "974", "75");

    @Test
    void theSqlRuleSelectsWhatTheJavaRuleAccepts() {
        jdbc.sql(
                        "CREATE TEMP TABLE footprint_case (id INT PRIMARY KEY, organisations UUID[] NOT NULL, communes TEXT[] NOT NULL,"
                                + " departements TEXT[] NOT NULL) ON COMMIT DROP")
                .update();
        List<Footprint> footprints = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Footprint footprint = i == 0
                    ? Footprint.of(Set.of(), Set.of(), Set.of())
                    : Footprint.of(some(organisations), some(communes), some(departements));
            footprints.add(footprint);
            jdbc.sql("INSERT INTO footprint_case VALUES (:id, :orgs, :communes, :deps)")
                    .param("id", i)
                    .param("orgs", footprint.organisationArray())
                    .param("communes", footprint.communeArray())
                    .param("deps", footprint.departementArray())
                    .update();
        }
        List<Reach> reaches = new ArrayList<>(List.of(Reach.everything(), Reach.nothing()));
        for (int i = 0; i < 200; i++)
            reaches.add(new Reach(false, some(organisations), some(communes), some(departements)));

        int compared = 0;
        for (Reach reach : reaches) {
            Set<Integer> expected = new TreeSet<>();
            for (int i = 0; i < footprints.size(); i++) if (reach.covers(footprints.get(i))) expected.add(i);
            Set<Integer> selected = new TreeSet<>(ReachSql.bind(
                            jdbc.sql("SELECT id FROM footprint_case WHERE "
                                    + ReachSql.covers("organisations", "communes", "departements")),
                            reach)
                    .query(Integer.class)
                    .list());
            assertThat(selected).as("reach %s (seed %d)", reach, SEED).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isEqualTo(202);
        assertThat(footprints.get(0).isEmpty()).isTrue();
    }

    /** Zero to three values of the pool (an empty set is a case of its own). */
    private <T> Set<T> some(List<T> pool) {
        Set<T> chosen = new HashSet<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) chosen.add(pool.get(random.nextInt(pool.size())));
        return chosen;
    }
}
