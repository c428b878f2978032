package fr.pilotectg.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.territory.Territories;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The deliberation module bootstrapped with only what it depends on (platform, territory, directory), on its own
 * embedded PostgreSQL with only those modules' migrations. One context for the three lower front doors too: the
 * territory's {@link Territories} and the directory's {@link Directory}, which this slice contains.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class DeliberationModuleTests {

    @Autowired
    Deliberations deliberations;

    @Autowired
    Territories territories;

    @Autowired
    Directory directory;

    @Test
    void theFrontDoorSummarisesTheArmentieresDeliberation() {
        DeliberationSummary armentieres =
                deliberations.findSummary(SeedDeliberationIds.ARMENTIERES).orElseThrow();
        assertThat(armentieres.number()).isEqualTo("DE23.027");
        assertThat(armentieres.actesId()).isEqualTo("059-215900176-20230209-DE23027-DE");
        assertThat(armentieres.warnings()).isPositive();
        assertThat(deliberations.ofOrganisations(List.of(armentieres.organisationId())))
                .extracting(DeliberationSummary::number)
                .contains("DE23.027");
    }

    @Test
    void theTerritoryFindsACommuneAndTheDirectoryAnOrganisation() {
        assertThat(territories.findCommune("59017").orElseThrow().name()).isEqualTo("Armentières");
        assertThat(territories.findCommune("99999")).isEmpty();
        var ville = directory.findOrganisationByName("Ville d'Armentières").orElseThrow();
        assertThat(ville.kind()).isEqualTo(OrganisationKind.COMMUNE);
        assertThat(directory.findOrganisation(ville.id())).contains(ville);
    }
}
