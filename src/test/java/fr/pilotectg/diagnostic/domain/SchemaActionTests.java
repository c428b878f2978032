package fr.pilotectg.diagnostic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchemaActionTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static ActionData concorde(Integer before, Integer added, Integer after) {
        return new ActionData(
                "59350",
                Thematic.PETITE_ENFANCE_PARENTALITE,
                ActionNature.DEVELOPPEMENT,
                "MAC Concorde",
                null,
                "Faubourg de Béthune",
                null,
                null,
                EquipmentType.EAJE_MULTI_ACCUEIL,
                dec(before),
                dec(added),
                dec(after),
                CapacityUnit.PLACES,
                false,
                "2023",
                Map.of(),
                null,
                null);
    }

    private static BigDecimal dec(Integer v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }

    @Test
    void deltaIsAfterMinusBeforeOrTheAddedPlaces() {
        assertThat(concorde(50, null, 70).delta()).isEqualByComparingTo("20");
        assertThat(concorde(null, null, 16).delta()).isEqualByComparingTo("16");
        assertThat(concorde(null, 2, null).delta()).isEqualByComparingTo("2");
        assertThat(concorde(15, null, null).delta()).isNull();
        assertThat(concorde(50, 20, 70).checked(List.of("59350")).countsForChildcare())
                .isTrue();
    }

    @Test
    void capacitiesMustAddUpAndNotBeNegative() {
        assertThatThrownBy(() -> concorde(50, 10, 70).checked(List.of("59350")))
                .satisfies(e ->
                        assertThat(((DomainException) e).fields().get(0).code()).isEqualTo("SCHEMA_CAPACITY_MISMATCH"));
        assertThatThrownBy(() -> concorde(-1, null, 70).checked(List.of("59350")))
                .satisfies(e ->
                        assertThat(((DomainException) e).fields().get(0).code()).isEqualTo("SCHEMA_CAPACITY_NEGATIVE"));
        assertThatThrownBy(() -> concorde(50, null, 70).checked(List.of("59017")))
                .satisfies(e ->
                        assertThat(((DomainException) e).fields().get(0).code()).isEqualTo("SCHEMA_COMMUNE_UNKNOWN"));
    }

    @Test
    void aRowIsRealisedOnceNotInTheFutureAndNotOnceAbandoned() {
        SchemaAction action = SchemaAction.plan(UUID.randomUUID(), 1, concorde(50, 20, 70));
        assertThat(action.status()).isEqualTo(ActionStatus.PLANNED);
        assertThatThrownBy(() -> action.realise(TODAY.plusDays(1), TODAY)).isInstanceOf(DomainException.class);
        action.moveTo(ActionStatus.IN_PROGRESS);
        action.realise(TODAY, TODAY);
        assertThat(action.status()).isEqualTo(ActionStatus.REALISED);
        assertThat(action.realisedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> action.realise(TODAY, TODAY)).hasMessageContaining("SCHEMA_ALREADY_REALISED");
        assertThatThrownBy(() -> action.moveTo(ActionStatus.PLANNED)).hasMessageContaining("SCHEMA_ALREADY_REALISED");

        SchemaAction abandoned = SchemaAction.plan(UUID.randomUUID(), 2, concorde(50, 20, 70));
        assertThatThrownBy(() -> abandoned.moveTo(ActionStatus.ABANDONED)).hasMessageContaining("VALIDATION_FAILED");
        assertThatThrownBy(() -> abandoned.moveTo(ActionStatus.ABANDONED, " "))
                .hasMessageContaining("VALIDATION_FAILED");
        abandoned.moveTo(ActionStatus.ABANDONED, " Terrain non disponible ");
        assertThat(abandoned.statusReason()).isEqualTo("Terrain non disponible");
        assertThatThrownBy(() -> abandoned.realise(TODAY, TODAY)).hasMessageContaining("SCHEMA_ABANDONED");
        assertThatThrownBy(() -> abandoned.moveTo(ActionStatus.REALISED))
                .hasMessageContaining("SCHEMA_REALISE_WITH_DATE");
    }

    @Test
    void plannedDatesKeepTheirTextAndTheirFirstYear() {
        assertThat(PlannedDate.parse("2021")).isEqualTo(new PlannedDate("2021", 2021));
        assertThat(PlannedDate.parse("SEPTEMBRE 2022")).isEqualTo(new PlannedDate("SEPTEMBRE 2022", 2022));
        assertThat(PlannedDate.parse("2022-2023")).isEqualTo(new PlannedDate("2022-2023", 2022));
        assertThat(PlannedDate.parse("A voir")).isEqualTo(new PlannedDate("A voir", null));
        assertThat(PlannedDate.parse("  ")).isNull();
    }
}
