/**
 * Territory: the reference data of French territories — communes (with communes associées and déléguées and their
 * parent), EPCI, départements, régions, the 2024 QPV — imported from the bundled files, and their search.
 * Asks nobody; other modules ask {@link fr.pilotectg.territory.Territories}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Territoires",
        allowedDependencies = {"shared", "platform"})
@org.jspecify.annotations.NullMarked
package fr.pilotectg.territory;
