package fr.pilotectg.equipment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import org.junit.jupiter.api.Test;

/** Types and the units their capacity is counted in (domain spec §2.7). */
class EquipmentTypeTests {

    @Test
    void eachTypeHasItsUsualUnit() {
        assertThat(EquipmentType.EAJE_MULTI_ACCUEIL.defaultUnit()).isEqualTo(CapacityUnit.PLACES);
        assertThat(EquipmentType.MAM.defaultUnit()).isEqualTo(CapacityUnit.PLACES);
        assertThat(EquipmentType.LAEP.defaultUnit()).isEqualTo(CapacityUnit.ACTES);
        assertThat(EquipmentType.LUDOTHEQUE.defaultUnit()).isEqualTo(CapacityUnit.ACTES);
        assertThat(EquipmentType.RPE.defaultUnit()).isEqualTo(CapacityUnit.ETP);
        assertThat(EquipmentType.POSTE_PILOTAGE.defaultUnit()).isEqualTo(CapacityUnit.ETP);
        assertThat(EquipmentType.ALSH_PERI.fits(CapacityUnit.HEURES)).isTrue();
    }

    @Test
    void aRamCountedInActesIsAWarningNotARefusal() {
        // Hellemmes, annexe 4 bis: "RAM 1,86 Actes".
        assertThat(EquipmentType.RPE.fits(CapacityUnit.ACTES)).isFalse();
        assertThat(Equipment.unitWarnings(EquipmentType.RPE, CapacityUnit.ACTES))
                .containsExactly("UNIT_UNUSUAL_FOR_TYPE");
        assertThat(Equipment.unitWarnings(EquipmentType.RPE, CapacityUnit.ETP)).isEmpty();
        assertThat(EquipmentType.AUTRE.fits(CapacityUnit.HEURES)).isTrue();
    }

    @Test
    void eajeFamilyExcludesMamAndRelais() {
        assertThat(EquipmentType.MICRO_CRECHE_PAJE.isEaje()).isTrue();
        assertThat(EquipmentType.CRECHE_ENTREPRISE.isEaje()).isTrue();
        assertThat(EquipmentType.MAM.isEaje()).isFalse();
        assertThat(EquipmentType.RPE.isEaje()).isFalse();
        assertThat(EquipmentType.LAEP.isEaje()).isFalse();
    }
}
