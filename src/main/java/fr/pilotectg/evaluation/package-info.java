/**
 * Evaluation of a convention: its indicators (from a library of standard indicators or free, with baseline, a target
 * and a measured value per year, linked to fiches action), the ones the system computes itself from the other modules
 * (places created from the equipment register's capacity history, actions done and late from the action plan; other
 * modules may add theirs by implementing {@link fr.pilotectg.evaluation.IndicatorComputation}), the annual review
 * of the plan (frozen with a snapshot once presented) and the final bilan with the objectives carried into the next
 * convention.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Évaluation",
        allowedDependencies = {"shared", "platform", "territory", "directory", "equipment", "convention", "actionplan"})
package fr.pilotectg.evaluation;
