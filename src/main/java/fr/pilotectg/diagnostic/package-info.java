/**
 * Diagnostic et schéma de développement: the shared diagnostic of a convention's territory (population, EPCI, QPV,
 * equipment and places, Caf figures and their share of the population, the taux de couverture petite enfance, median
 * income, each figure with its source and year; the three analyses, priority fields and milestones) and its schéma de
 * développement (planned creations and developments, whose realisation updates the register's capacity history). Asks
 * territory, equipment ({@link fr.pilotectg.equipment.EquipmentRegister}) and convention
 * ({@link fr.pilotectg.convention.Conventions}). Its front door {@link fr.pilotectg.diagnostic.Diagnostics} gives the
 * places planned and created by the schéma and the taux de couverture to the evaluation, which depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Diagnostic et schéma de développement",
        allowedDependencies = {"shared", "platform", "territory", "directory", "equipment", "convention"})
package fr.pilotectg.diagnostic;
