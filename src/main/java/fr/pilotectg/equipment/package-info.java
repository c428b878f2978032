/**
 * Équipements et services: the register of the equipment and services a territory offers families (EAJE, micro-crèches,
 * MAM, LAEP, RPE, ludothèques, ALSH, centres sociaux, EVS…), with their gestionnaire, addresses, QPV, dated capacity
 * history, the inventory each commune declares, and their import and export. Asks territory (communes, QPV outlines) and
 * directory (gestionnaire organisations); other modules ask {@link fr.pilotectg.equipment.EquipmentRegister}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Équipements et services",
        allowedDependencies = {"shared", "platform", "territory", "directory"})
package fr.pilotectg.equipment;
