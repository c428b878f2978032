package fr.pilotectg.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the quorum (CGCT L2121-17): more than half of the members in office, physically present. */
class QuorumProperties {

    /** A distinct member for each index: the surname in capitals differs, so {@link MemberName#sameMemberAs} tells them apart. */
    static String member(int index) {
        StringBuilder surname = new StringBuilder();
        int n = index;
        do {
            surname.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return "Camille MEMBRE" + surname;
    }

    static List<String> members(int from, int count) {
        List<String> names = new ArrayList<>();
        for (int i = from; i < from + count; i++) names.add(member(i));
        return names;
    }

    @Property
    void theQuorumIsTheSmallestStrictMajority(@ForAll @IntRange(min = 1, max = 200) int membersInOffice) {
        int quorum = Attendance.quorumOf(membersInOffice);
        assertThat(2 * quorum).as("a strict majority").isGreaterThan(membersInOffice);
        assertThat(2 * (quorum - 1)).as("the smallest one").isLessThanOrEqualTo(membersInOffice);
        assertThat(quorum).isBetween(1, membersInOffice);
    }

    @Property
    void theQuorumIsReachedExactlyWhenEnoughDistinctMembersArePresent(
            @ForAll @IntRange(min = 1, max = 69) int membersInOffice,
            @ForAll @IntRange(min = 1, max = 69) int present,
            @ForAll @IntRange(min = 0, max = 10) int listedTwice) {
        Assume.that(present <= membersInOffice && listedTwice <= present);
        List<String> names = members(0, present);
        names.addAll(members(0, listedTwice)); // a member listed twice counts once
        Attendance attendance = Attendance.builder(membersInOffice)
                .present(names.toArray(String[]::new))
                .build();

        assertThat(attendance.counts().present()).isEqualTo(present);
        assertThat(attendance.quorumReached()).isEqualTo(present >= Attendance.quorumOf(membersInOffice));
    }

    @Property
    void proxiesNeverCountTowardTheQuorumButCountAsVotes(
            @ForAll @IntRange(min = 1, max = 69) int membersInOffice,
            @ForAll @IntRange(min = 1, max = 69) int present,
            @ForAll @IntRange(min = 0, max = 30) int proxies) {
        Assume.that(present + proxies <= membersInOffice);
        Attendance.Builder builder =
                Attendance.builder(membersInOffice).present(members(0, present).toArray(String[]::new));
        for (int i = 0; i < proxies; i++) builder.proxy(member(present + i), member(i % present));
        Attendance attendance = builder.build();
        Attendance withoutProxies = Attendance.builder(membersInOffice)
                .present(members(0, present).toArray(String[]::new))
                .build();

        assertThat(attendance.quorumReached()).isEqualTo(withoutProxies.quorumReached());
        assertThat(attendance.counts().present()).isEqualTo(present);
        assertThat(attendance.counts().represented()).isEqualTo(proxies);
        assertThat(attendance.counts().voting()).isEqualTo(present + proxies);
    }

    @Property
    void aPresentMemberWhoGaveAProxyCountsAsRepresentedNotPresent(
            @ForAll @IntRange(min = 2, max = 40) int present, @ForAll @IntRange(min = 1, max = 40) int givers) {
        Assume.that(givers < present);
        int membersInOffice = 2 * present;
        Attendance.Builder builder =
                Attendance.builder(membersInOffice).present(members(0, present).toArray(String[]::new));
        for (int i = 0; i < givers; i++)
            builder.proxy(member(i), member(present - 1)); // listed present and represented
        Attendance attendance = builder.build();

        assertThat(attendance.counts().present()).isEqualTo(present - givers);
        assertThat(attendance.counts().represented()).isEqualTo(givers);
        assertThat(attendance.counts().total()).isEqualTo(present);
        assertThat(attendance.quorumReached()).isEqualTo(present - givers >= Attendance.quorumOf(membersInOffice));
    }

    @Property
    void thePresidentCountsAsPresentWhenTheListOmitsHim(
            @ForAll @IntRange(min = 1, max = 60) int membersInOffice,
            @ForAll @IntRange(min = 0, max = 60) int present) {
        Assume.that(present + 1 <= membersInOffice);
        Attendance attendance = Attendance.builder(membersInOffice)
                .present(members(0, present).toArray(String[]::new))
                .president(member(present))
                .build();
        assertThat(attendance.counts().present()).isEqualTo(present + 1);
        Attendance listed = Attendance.builder(membersInOffice)
                .present(members(0, present + 1).toArray(String[]::new))
                .president(member(present))
                .build();
        assertThat(listed.counts().present())
                .as("listed and president: counted once")
                .isEqualTo(present + 1);
    }

    @Property
    void aReconvenedSeanceNeedsNoQuorum(
            @ForAll @IntRange(min = 1, max = 69) int membersInOffice,
            @ForAll @IntRange(min = 1, max = 69) int present) {
        Assume.that(present <= membersInOffice);
        Attendance attendance = Attendance.builder(membersInOffice)
                .present(members(0, present).toArray(String[]::new))
                .reconvenedWithoutQuorum()
                .build();
        assertThat(attendance.quorumReached()).isTrue();
    }
}
