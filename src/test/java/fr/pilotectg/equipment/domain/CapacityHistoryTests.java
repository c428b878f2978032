package fr.pilotectg.equipment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.equipment.QpvOrigin;
import fr.pilotectg.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dated capacity history and the other verbs of an entry. */
class CapacityHistoryTests {

    private static Equipment popelines() {
        return Equipment.register(
                EquipmentType.EAJE_MULTI_ACCUEIL,
                "Multi Accueil municipal les Popelines",
                new Operator(null, "Ville d’Hellemmes", OperatorCategory.MUNICIPAL),
                "59298",
                List.of(new Address("6, allée des Fileuses – Parc de la Filature", "59260", "Hellemmes")),
                null);
    }

    private static Capacity places(String day, int value) {
        return new Capacity(LocalDate.parse(day), BigDecimal.valueOf(value), CapacityUnit.PLACES, null);
    }

    @Test
    void theCapacityInForceIsTheLatestEffectiveOnOrBeforeTheDay() {
        Equipment e = popelines();
        e.recordCapacity(places("2021-01-01", 73));
        e.recordCapacity(places("2020-01-01", 60));
        e.recordCapacity(places("2027-09-01", 80));
        assertThat(e.capacityOn(LocalDate.parse("2019-12-31"))).isEmpty();
        assertThat(e.capacityOn(LocalDate.parse("2020-06-30")).orElseThrow().value())
                .isEqualByComparingTo("60");
        assertThat(e.capacityOn(LocalDate.parse("2021-01-01")).orElseThrow().value())
                .isEqualByComparingTo("73");
        assertThat(e.capacityOn(LocalDate.parse("2026-01-01")).orElseThrow().value())
                .isEqualByComparingTo("73");
        assertThat(e.capacities()).extracting(Capacity::effectiveOn).isSorted();
    }

    @Test
    void recordingOnTheSameDateReplaces() {
        Equipment e = popelines();
        e.recordCapacity(places("2021-01-01", 73));
        e.recordCapacity(places("2021-01-01", 70));
        assertThat(e.capacities()).hasSize(1);
        assertThat(e.capacities().get(0).value()).isEqualByComparingTo("70");
    }

    @Test
    void aCapacityIsNonNegativeWithAtMostTwoDecimals() {
        assertThatThrownBy(() -> places("2021-01-01", -1))
                .isInstanceOf(DomainException.class)
                .satisfies(x ->
                        assertThat(((DomainException) x).fields().get(0).code()).isEqualTo("CAPACITY_NEGATIVE"));
        assertThatThrownBy(
                        () -> new Capacity(LocalDate.of(2026, 6, 15), new BigDecimal("1.234"), CapacityUnit.ETP, null))
                .isInstanceOf(DomainException.class);
        assertThat(new Capacity(LocalDate.of(2026, 6, 15), new BigDecimal("20.00"), CapacityUnit.PLACES, null)
                        .value()
                        .toPlainString())
                .isEqualTo("20");
        assertThat(new Capacity(LocalDate.of(2026, 6, 15), new BigDecimal("0.50"), CapacityUnit.ETP, null)
                        .value()
                        .toPlainString())
                .isEqualTo("0.5");
    }

    @Test
    void closingKeepsTheEntryAndRefusesToCloseTwice() {
        Equipment e = popelines();
        e.schedule(LocalDate.parse("2010-09-01"), null);
        e.close(LocalDate.parse("2024-12-31"));
        assertThat(e.closedOn()).isEqualTo(LocalDate.parse("2024-12-31"));
        assertThatThrownBy(() -> e.close(LocalDate.parse("2025-01-31")))
                .isInstanceOf(DomainException.class)
                .extracting(x -> ((DomainException) x).code())
                .isEqualTo("EQUIPMENT_ALREADY_CLOSED");
        assertThatThrownBy(() -> e.schedule(LocalDate.parse("2025-01-01"), LocalDate.parse("2024-01-01")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aComputedQpvWinsOverAManualOneAndIsForgottenWithTheCoordinates() {
        Equipment e = popelines();
        e.declareQpv("QN05978M", true);
        assertThat(e.qpvOrigin()).isEqualTo(QpvOrigin.MANUAL);
        e.locate(new GeoPoint(new BigDecimal("50.6288"), new BigDecimal("3.1134")), null);
        assertThat(e.qpvOrigin()).isEqualTo(QpvOrigin.COMPUTED);
        assertThat(e.qpvCode()).isNull();
        e.declareQpv("QN05978M", true);
        assertThat(e.qpvOrigin())
                .as("a manual QPV does not override coordinates")
                .isEqualTo(QpvOrigin.COMPUTED);
        e.unlocate();
        assertThat(e.qpvOrigin()).isEqualTo(QpvOrigin.UNKNOWN);
    }

    @Test
    void theMatchKeyIgnoresCaseAndAccents() {
        Address a = new Address("2 rue André Gide", "59000", "Lille");
        assertThat(Equipment.matchKey("Multi-accueil Marie-Curie", a, EquipmentType.EAJE_MULTI_ACCUEIL, "59350"))
                .isEqualTo(Equipment.matchKey(
                        "MULTI ACCUEIL MARIE CURIE",
                        new Address("2 Rue Andre Gide", "59000", null),
                        EquipmentType.EAJE_MULTI_ACCUEIL,
                        "59350"));
    }

    @Test
    void addressesAreReadWithTheirPostalCodeAndCity() {
        Address a = Address.parse("60 rue du Général Anne de la Bourdonnaye, 59160 Lille", null, null);
        assertThat(a).isEqualTo(new Address("60 rue du Général Anne de la Bourdonnaye", "59160", "Lille"));
        assertThat(Address.parse("780 avenue de Dunkerque", null, "Lomme"))
                .isEqualTo(new Address("780 avenue de Dunkerque", null, "Lomme"));
        assertThat(a.view().oneLine()).isEqualTo("60 rue du Général Anne de la Bourdonnaye, 59160 Lille");
    }
}
