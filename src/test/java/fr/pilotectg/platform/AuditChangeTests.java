package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChangeTests {

    record Snapshot(String name, List<String> communes, int version) {}

    @Test
    void listsWhatPeopleChangedNeverTheLockingVersion() {
        assertThat(AuditChange.between(
                        new Snapshot("Lille", List.of("59350"), 3),
                        new Snapshot("Lille", List.of("59355", "59350"), 4)))
                .containsExactly(new AuditChange("communes", "59350", "59350, 59355"));
        assertThat(AuditChange.between(null, new Snapshot("Lens", List.of(), 0)))
                .containsExactly(new AuditChange("name", null, "Lens"), new AuditChange("communes", null, ""));
    }
}
