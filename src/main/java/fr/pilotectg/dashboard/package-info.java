/**
 * Dashboard: the home page a signed-in user lands on, by role (issue 16) — what needs them (the conventions waiting for an
 * act, the fiches late or due this quarter, the next meetings) or a synthesis of the conventions in force (plan progress
 * by axis, indicators against their targets, places created against planned by the schéma, next COPIL) —, their organisation, the organisations and territories they work with. It only reads other modules' front doors and owns no data.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Tableau de bord",
        allowedDependencies = {
            "shared",
            "platform",
            "territory",
            "directory",
            "convention",
            "actionplan",
            "governance",
            "evaluation",
            "diagnostic"
        })
package fr.pilotectg.dashboard;
