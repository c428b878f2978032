package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one access rule, {@link Reach#covers}: what an administrator, a Caf and a commune reach. */
class ReachTests {

    private static final UUID CAF_NORD = UUID.fromString("00000000-0000-0000-0000-000000000059");
    private static final UUID LILLE = UUID.fromString("00000000-0000-0000-0000-000000059350");
    private static final UUID LENS = UUID.fromString("00000000-0000-0000-0000-000000062498");

    private final Reach admin = Reach.everything();
    private final Reach cafNord = new Reach(false, Set.of(CAF_NORD), Set.of(), Set.of("59"));
    private final Reach lille = new Reach(false, Set.of(LILLE), Set.of("59350", "59355", "59298"), Set.of());
    private final Reach lens = new Reach(false, Set.of(LENS), Set.of("62498"), Set.of());

    @Test
    void anEmptyFootprintIsReachedByAdministratorsOnly() {
        Footprint empty = Footprint.of(Set.of(), Set.of(), Set.of());
        assertThat(empty.isEmpty()).isTrue();
        assertThat(admin.covers(empty)).isTrue();
        assertThat(cafNord.covers(empty)).isFalse();
        assertThat(lille.covers(empty)).isFalse();
        assertThat(Reach.nothing().covers(empty)).isFalse();
    }

    @Test
    void nationalDataIsReadByEveryoneSignedIn() {
        Footprint national = Footprint.nationalData();
        assertThat(national.isEmpty()).isFalse();
        assertThat(lens.covers(national)).isTrue();
        assertThat(cafNord.covers(national)).isTrue();
    }

    @Test
    void nationalDataHasNoPlaceOfItsOwn() {
        assertThatThrownBy(() -> new Footprint(true, Set.of(LILLE), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommuneOfTheFootprintBringsItsDepartementForTheCaf() {
        Footprint armentieres = Footprint.of(Set.of(), Set.of("59017"), Set.of());
        assertThat(armentieres.departements()).containsExactly("59");
        assertThat(cafNord.covers(armentieres)).isTrue();
        assertThat(lille.covers(armentieres)).isFalse();
        assertThat(lens.covers(armentieres)).isFalse();
    }

    @Test
    void anOrganisationOrACommuneInCommonIsEnough() {
        assertThat(lille.covers(Footprint.ofOrganisation(LILLE))).isTrue();
        assertThat(lens.covers(Footprint.ofOrganisation(LILLE))).isFalse();
        assertThat(lille.covers(Footprint.of(Set.of(), Set.of("59355"), Set.of())))
                .isTrue();
        assertThat(cafNord.covers(Footprint.of(Set.of(LENS), Set.of("62498"), Set.of())))
                .isFalse();
        assertThat(cafNord.covers(Footprint.of(Set.of(CAF_NORD, LENS), Set.of("62498"), Set.of())))
                .isTrue();
    }
}
