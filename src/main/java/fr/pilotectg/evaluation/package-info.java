/**
 * Evaluation of a convention: its indicators (from a library of standard indicators or free, with baseline, a target
 * and a measured value per year, linked to fiches action), the ones the system computes itself from the other modules
 * (places created and the taux de couverture from the diagnostic's front door {@link fr.pilotectg.diagnostic.Diagnostics},
 * actions done and late from the action plan, a past year's from the plan's dated history), the annual review of the
 * plan (a past year's as it stood on 31 December; frozen with a snapshot once presented) and the final bilan with the
 * objectives carried into the next convention.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Évaluation",
        allowedDependencies = {"shared", "platform", "territory", "directory", "convention", "actionplan", "diagnostic"
        })
package fr.pilotectg.evaluation;
