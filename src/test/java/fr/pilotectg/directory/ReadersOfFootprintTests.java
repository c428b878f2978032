package fr.pilotectg.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.directory.domain.UserAccountRepository;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.ReachResolver;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may be mentioned on a piece of data is decided by one SQL query over the users' organisations; it must pick
 * exactly the users whose own reach (as computed for their requests) covers the data's footprint.
 */
@IntegrationTest
class ReadersOfFootprintTests {

    private static final long SEED = 20261203L;
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    UserAccountRepository users;

    @Autowired
    ReachResolver reaches;

    private final Random random = new Random(SEED);

    @Test
    void theQueryPicksWhomEachUsersOwnReachCovers() {
        // Organisations reaching through each path of the rule: an EPCI (its member communes), a commune with its
        // communes associées, a Caf by its département, an organisation attached to nothing, a disabled account.
        UUID epci = organisation("EPCI", "{}");
        jdbc.sql("INSERT INTO directory.organisation_epci VALUES (:id, '200093201')")
                .param("id", epci)
                .update();
        UUID lille = organisation("COMMUNE", "{}");
        jdbc.sql("INSERT INTO directory.organisation_commune VALUES (:id, '59350')")
                .param("id", lille)
                .update();
        UUID caf = organisation("CAF", "{62}");
        UUID alone = organisation("ASSOCIATION", "{}");
        List<UUID> created = List.of(
                user(epci, "COLLECTIVITE_AGENT", true),
                user(lille, "READER", true),
                user(caf, "CAF_AGENT", true),
                user(alone, "PARTNER", true),
                user(lille, "COLLECTIVITE_AGENT", false));

        List<UUID> enabled = jdbc.sql("SELECT id FROM directory.user_account WHERE enabled")
                .query(UUID.class)
                .list();
        List<PiloteUser> principals = enabled.stream()
                .map(id -> users.findPrincipal(id).orElseThrow())
                .toList();
        List<UUID> organisations = new ArrayList<>(jdbc.sql("SELECT id FROM directory.organisation")
                .query(UUID.class)
                .list());
        organisations.sort(null);
        List<String> communes = List.of("59350", "59355", "59298", "59017", "59009", "62498", "62041", "2A004");
        List<String> departements = List.of("59", "62", "75");

        List<Footprint> footprints = new ArrayList<>(List.of(
                Footprint.ofCommune("59355"),
                Footprint.ofCommune("59009"),
                Footprint.ofOrganisation(alone),
                Footprint.of(Set.of(), Set.of(), Set.of("62")),
                Footprint.administratorsOnly(),
                Footprint.nationalData()));
        for (int i = 0; i < 40; i++)
            footprints.add(Footprint.of(some(organisations, 2), some(communes, 3), some(departements, 1)));

        int partial = 0;
        for (Footprint footprint : footprints) {
            Set<UUID> expected = principals.stream()
                    .filter(u -> reaches.reachOf(u).covers(footprint))
                    .map(PiloteUser::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<UUID> selected = directory.readersAmong(footprint, enabled).stream()
                    .map(Directory.Colleague::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(selected).as(footprint.toString()).isEqualTo(expected);
            if (!expected.isEmpty() && expected.size() < enabled.size()) partial++;
        }
        // The comparison means something: most footprints are read by some users and not by others.
        assertThat(partial).isGreaterThan(footprints.size() / 2);
        // Lomme is a commune associée of Lille: Lille's organisation reaches it, the EPCI's (member communes) does not
        assertThat(directory.readersAmong(Footprint.ofCommune("59355"), created))
                .extracting(Directory.Colleague::id)
                .containsExactly(created.get(1));
        assertThat(directory.readersAmong(Footprint.ofCommune("59009"), created))
                .extracting(Directory.Colleague::id)
                .containsExactly(created.get(0));
        assertThat(directory.readersAmong(Footprint.ofCommune("62041"), created))
                .extracting(Directory.Colleague::id)
                .containsExactly(created.get(2));
    }

    private UUID organisation(String kind, String departements) {
        UUID id = UUID.randomUUID();
        String name = Fixtures.unique("Lecteurs " + kind);
        jdbc.sql("""
                        INSERT INTO directory.organisation (id, kind, name, search_name, departements, created_at, updated_at)
                        VALUES (:id, :kind, :name, lower(:name), CAST(:deps AS TEXT[]), :at, :at)""")
                .param("id", id)
                .param("kind", kind)
                .param("name", name)
                .param("deps", departements)
                .param("at", CREATED)
                .update();
        return id;
    }

    private UUID user(UUID organisation, String role, boolean enabled) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO directory.user_account (id, username, display_name, password_hash, organisation_id,
                                                            role, enabled, created_at)
                        VALUES (:id, :username, :username, 'x', :org, :role, :enabled, :at)""")
                .param("id", id)
                .param("username", Fixtures.unique("lecteur"))
                .param("org", organisation)
                .param("role", role)
                .param("enabled", enabled)
                .param("at", CREATED)
                .update();
        return id;
    }

    private <T> Set<T> some(List<T> values, int max) {
        int count = random.nextInt(max + 1);
        Set<T> picked = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) picked.add(values.get(random.nextInt(values.size())));
        return picked;
    }
}
