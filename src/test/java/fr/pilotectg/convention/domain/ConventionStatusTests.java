package fr.pilotectg.convention.domain;

import static fr.pilotectg.convention.ConventionStatus.ACTIVE;
import static fr.pilotectg.convention.ConventionStatus.DRAFT;
import static fr.pilotectg.convention.ConventionStatus.EXPIRED;
import static fr.pilotectg.convention.ConventionStatus.IN_SIGNATURE;
import static fr.pilotectg.convention.ConventionStatus.SIGNED;
import static fr.pilotectg.convention.ConventionStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.convention.ConventionStatus;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ConventionStatusTests {

    @Test
    void allowsExactlyTheTransitionsOfTheLifeCycle() {
        assertThat(DRAFT.allowedNext()).containsExactly(IN_SIGNATURE);
        assertThat(IN_SIGNATURE.allowedNext()).containsExactlyInAnyOrder(DRAFT, SIGNED);
        assertThat(SIGNED.allowedNext()).containsExactlyInAnyOrder(ACTIVE, TERMINATED);
        assertThat(ACTIVE.allowedNext()).containsExactlyInAnyOrder(EXPIRED, TERMINATED);
        assertThat(EXPIRED.allowedNext()).containsExactly(ACTIVE);
        assertThat(TERMINATED.allowedNext()).isEmpty();
    }

    @Test
    void refusesShortcutsAndGoingBack() {
        assertThat(DRAFT.canMoveTo(SIGNED)).isFalse();
        assertThat(DRAFT.canMoveTo(ACTIVE)).isFalse();
        assertThat(IN_SIGNATURE.canMoveTo(ACTIVE)).isFalse();
        assertThat(SIGNED.canMoveTo(DRAFT)).isFalse();
        assertThat(SIGNED.canMoveTo(EXPIRED)).isFalse();
        assertThat(ACTIVE.canMoveTo(SIGNED)).isFalse();
        assertThat(EXPIRED.canMoveTo(TERMINATED)).isFalse();
        for (ConventionStatus s : ConventionStatus.values()) {
            assertThat(TERMINATED.canMoveTo(s)).isFalse();
            assertThat(s.canMoveTo(s)).as("%s to itself", s).isFalse();
        }
    }

    @Test
    void knowsWhichStatusesAreSigned() {
        assertThat(EnumSet.allOf(ConventionStatus.class).stream().filter(ConventionStatus::isSigned))
                .containsExactly(SIGNED, ACTIVE, EXPIRED, TERMINATED);
        assertThat(TERMINATED.isFinal()).isTrue();
        assertThat(EXPIRED.isFinal()).isFalse();
        assertThat(ACTIVE.messageKey()).isEqualTo("convention.status.ACTIVE");
    }
}
