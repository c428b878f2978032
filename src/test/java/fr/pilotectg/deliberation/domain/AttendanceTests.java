package fr.pilotectg.deliberation.domain;

import static fr.pilotectg.deliberation.domain.TestDeliberations.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttendanceTests {

    @ParameterizedTest(name = "{0} in office → quorum {1}")
    @CsvSource({"39, 20", "35, 18", "1, 1", "2, 2", "3, 2", "4, 3", "33, 17", "69, 35"})
    void quorumIsStrictlyMoreThanHalfOfTheMembersInOffice(int membersInOffice, int quorum) {
        assertThat(Attendance.quorumOf(membersInOffice)).isEqualTo(quorum);
        assertThat(Attendance.builder(membersInOffice)
                        .present("Anne AUBERT")
                        .build()
                        .quorum())
                .isEqualTo(quorum);
    }

    @Test
    void theQuorumCountsOnlyMembersPhysicallyPresent() {
        var justEnough = Attendance.builder(7)
                .president("Anne AUBERT")
                .present("Bruno BLANC", "Claire COLIN", "David DUVAL")
                .proxy("Emma EVRARD", "Bruno BLANC")
                .build();
        var oneShort = Attendance.builder(7)
                .president("Anne AUBERT")
                .present("Bruno BLANC", "Claire COLIN")
                .proxy("Emma EVRARD", "Bruno BLANC")
                .proxy("David DUVAL", "Claire COLIN")
                .build();

        assertThat(justEnough.counts().present()).isEqualTo(4);
        assertThat(justEnough.quorumReached()).isTrue();
        assertThat(oneShort.counts().present()).isEqualTo(3);
        assertThat(oneShort.counts().represented()).isEqualTo(2);
        assertThat(oneShort.quorumReached()).isFalse();
    }

    @Test
    void aReconvenedSeanceNeedsNoQuorum() {
        var attendance = Attendance.builder(7)
                .present("Anne AUBERT")
                .reconvenedWithoutQuorum()
                .build();

        assertThat(attendance.quorumReached()).isTrue();
    }

    @Test
    void thePresidentCountsAsPresentWhenTheListOmitsHim() {
        var omitted = Attendance.builder(5)
                .president("Anne AUBERT")
                .present("Bruno BLANC", "Claire COLIN")
                .build();
        var listed = Attendance.builder(5)
                .president("Anne AUBERT")
                .present("Mme AUBERT", "Bruno BLANC")
                .build();

        assertThat(omitted.counts().present()).isEqualTo(3);
        assertThat(omitted.isPresent(MemberName.of("Mme AUBERT"))).isTrue();
        assertThat(listed.counts().present()).isEqualTo(2);
        assertThat(listed.listings()).hasSize(2);
    }

    @Test
    void aMemberListedPresentAndRepresentedCountsOnceAsRepresented() {
        var attendance = Attendance.builder(4)
                .present("Anne AUBERT", "Bruno BLANC", "Claire COLIN")
                .proxy("Claire COLIN", "Anne AUBERT")
                .proxy("David DUVAL", "Bruno BLANC")
                .build();

        assertThat(attendance.counts()).isEqualTo(new Attendance.Counts(2, 2, 0, 0));
        assertThat(attendance.counts().total()).isEqualTo(4);
        assertThat(attendance.counts().voting()).isEqualTo(4);
        assertThat(attendance.isPresent(MemberName.of("Claire COLIN"))).isFalse();
        assertThat(attendance.members()).hasSize(4);
    }

    @Test
    void aMemberListedPresentAndAbsentCountsAsPresent() {
        var attendance = Attendance.builder(3)
                .present("Anne AUBERT", "Bruno BLANC")
                .absent("M. BLANC")
                .excused("Claire COLIN")
                .build();

        assertThat(attendance.counts()).isEqualTo(new Attendance.Counts(2, 0, 1, 0));
        assertThat(attendance.members())
                .filteredOn(m -> m.listings().size() == 2)
                .singleElement()
                .satisfies(member -> assertThat(member.status()).isEqualTo(AttendanceStatus.PRESENT));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void refusesACouncilWithoutMembers(int membersInOffice) {
        var refusal = refusalOf(
                () -> Attendance.builder(membersInOffice).present("Anne AUBERT").build());

        assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(refusal.fields())
                .containsExactly(FieldProblem.of("membersInOffice", "MEMBERS_IN_OFFICE_TOO_FEW", membersInOffice));
    }

    @Test
    void refusesAnImpossiblePrintedNumberOfPresentMembers() {
        var negative = refusalOf(() -> Attendance.builder(35)
                .present("Anne AUBERT")
                .declaredPresent(-1)
                .build());
        var tooMany = refusalOf(() -> Attendance.builder(35)
                .present("Anne AUBERT")
                .declaredPresent(36)
                .build());

        assertThat(negative.fields())
                .containsExactly(FieldProblem.of("declaredPresent", "DELIBERATION_COUNT_NEGATIVE", -1));
        assertThat(tooMany.fields())
                .containsExactly(FieldProblem.of("declaredPresent", "PRESENT_EXCEEDS_MEMBERS", 36, 35));
    }

    @Test
    void refusesASeanceWithNobodyPresent() {
        var refusal =
                refusalOf(() -> Attendance.builder(10).excused("Anne AUBERT").build());

        assertThat(refusal.fields()).containsExactly(FieldProblem.of("present", "ATTENDANCE_NOBODY_PRESENT"));
    }

    @Test
    void reportsEveryBlankNameByItsPositionAndTheCountsInOneRefusal() {
        var refusal = refusalOf(() -> Attendance.builder(0)
                .present("Anne AUBERT", " ", "Claire COLIN")
                .proxy("", "Anne AUBERT")
                .absent((String) null)
                .build());

        assertThat(refusal.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refusal.fields())
                .containsExactlyInAnyOrder(
                        FieldProblem.of("present[1]", "REQUIRED"),
                        FieldProblem.of("proxies[0].giver", "REQUIRED"),
                        FieldProblem.of("absent[0]", "REQUIRED"),
                        FieldProblem.of("membersInOffice", "MEMBERS_IN_OFFICE_TOO_FEW", 0));
    }

    @Test
    void refusesAProxyToOneself() {
        var refusal = refusalOf(() -> Attendance.builder(39)
                .present("M. ROBERT")
                .proxy("M. ROBERT", "Sylvain ROBERT")
                .build());

        assertThat(refusal.fields())
                .containsExactly(FieldProblem.of("proxies[0].holder", "PROXY_TO_SELF", "M. ROBERT"));
        assertThatThrownBy(() -> Proxy.of("Anne AUBERT", "Mme AUBERT"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fields())
                                .containsExactly(FieldProblem.of("holder", "PROXY_TO_SELF", "Anne AUBERT")));
    }

    @Test
    void theConstructorRefusesMissingEntriesByPosition() {
        var present = new ArrayList<MemberName>(Arrays.asList(MemberName.of("Anne AUBERT"), null));
        var refusal = refusalOf(() -> new Attendance(5, present, null, null, null, null, null, null, false));

        assertThat(refusal.fields()).containsExactly(FieldProblem.of("present[1]", "REQUIRED"));
    }

    @Test
    void keepsItsOwnCopyOfTheLists() {
        var present = new ArrayList<>(List.of(MemberName.of("Anne AUBERT")));
        var attendance = new Attendance(5, present, null, null, null, null, null, null, false);
        present.add(MemberName.of("Bruno BLANC"));

        assertThat(attendance.present()).hasSize(1);
        assertThat(attendance.proxies()).isEmpty();
        assertThatThrownBy(() -> attendance.present().add(MemberName.of("Claire COLIN")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
