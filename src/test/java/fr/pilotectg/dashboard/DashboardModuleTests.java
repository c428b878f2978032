package fr.pilotectg.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.platform.NavigationEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard (a web module, no front door) starts with what it depends on and offers the home page in the navigation. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class DashboardModuleTests {

    @Autowired
    List<NavigationEntry> navigation;

    @Test
    void theHomePageIsInTheNavigation() {
        assertThat(navigation).extracting(NavigationEntry::path).contains("/");
    }
}
