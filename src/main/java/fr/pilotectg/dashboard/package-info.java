/**
 * Dashboard: the home page a signed-in user lands on — their organisation, the conventions that need attention, the organisations
 * and territories they work with. It only reads other modules' front doors and owns no data.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Tableau de bord",
        allowedDependencies = {"shared", "platform", "territory", "directory", "convention"})
package fr.pilotectg.dashboard;
