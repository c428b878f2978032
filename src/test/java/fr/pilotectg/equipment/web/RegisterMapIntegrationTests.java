package fr.pilotectg.equipment.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.SignedIn;
import fr.pilotectg.equipment.domain.EquipmentFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The register map's data: French sentences with real plurals, a legend whose counts add up, hidden when nothing is placed. */
@IntegrationTest
class RegisterMapIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterMap map;

    @Autowired
    UserDetailsService users;

    private Map<String, Object> data(EquipmentFilter filter) {
        return SignedIn.as(users, "caf-nord", () -> map.data(filter));
    }

    @Test
    void oneEntryAtItsCentroidIsSaidInTheSingular() {
        String name = Fixtures.unique("Carte singulier");
        Fixtures.of(port, jdbc).equipment(name, Fixtures.FREE_COMMUNE, 12);
        var filter = new EquipmentFilter(Set.of(Fixtures.FREE_COMMUNE), null, null, null, null, name, null);

        Map<String, Object> data = data(filter);

        assertThat(data.get("placed")).isEqualTo(1L);
        assertThat(data.get("summary")).isEqualTo("1 équipement placé sur la carte, dont 1 à position approximative.");
        assertThat(data.get("hiddenText")).isNull();
        assertThat(data.get("notShownText")).isNull();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> legend = (List<Map<String, Object>>) data.get("legend");
        assertThat(legend)
                .singleElement()
                .satisfies(item -> assertThat(item.get("text"))
                        .isEqualTo("EAJE multi-accueil : 1 équipement, dont 1 à position approximative"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> communes = (List<Map<String, Object>>) data.get("communes");
        assertThat(communes)
                .singleElement()
                .satisfies(c -> assertThat(c.get("name")).isEqualTo("Roubaix"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> background = (List<Map<String, Object>>) data.get("background");
        assertThat(background).isNotEmpty().hasSizeLessThanOrEqualTo(120);
        assertThat(background).extracting(b -> b.get("name")).contains("Tourcoing");
    }

    @Test
    void entriesThatCannotBePlacedHideTheMapWithAReason() {
        String prefix = Fixtures.unique("Carte masquée");
        Fixtures fixtures = Fixtures.of(port, jdbc);
        for (int i = 0; i < 2; i++) {
            UUID id = UUID.fromString(fixtures.equipment(prefix + " " + i, Fixtures.FREE_COMMUNE, 5)
                    .get("id")
                    .asString());
            jdbc.sql("UPDATE equipment.equipment SET position_source = 'NONE', position_latitude = NULL,"
                            + " position_longitude = NULL WHERE id = :id")
                    .param("id", id)
                    .update();
        }
        var filter = new EquipmentFilter(Set.of(Fixtures.FREE_COMMUNE), null, null, null, null, prefix, null);

        Map<String, Object> data = data(filter);

        assertThat(data.get("total")).isEqualTo(2L);
        assertThat(data.get("placed")).isEqualTo(0L);
        assertThat((List<?>) data.get("points")).isEmpty();
        assertThat(data.get("hiddenText"))
                .isEqualTo(
                        "La carte est masquée : aucun des 2 équipements de la sélection n’a ni coordonnées, ni adresse"
                                + " localisée, ni commune dont le centre est connu.");
    }
}
