/**
 * Gouvernance of a convention: its bodies (comité de pilotage, comité technique, instances locales, groupes) with their
 * seats by institution, named members, missions and frequency rule; their meetings (agenda, attendance, minutes,
 * decisions, a decision may change a fiche action's status); the calendar of expected meetings over the convention's
 * period with warnings when a body is behind; and the chargés de coopération / chef de projet posts with their ETP, the
 * share co-financed by the Caf, the target reference and the yearly activity report owed to the Caf.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Gouvernance",
        allowedDependencies = {"shared", "platform", "territory", "directory", "convention", "actionplan"})
package fr.pilotectg.governance;
