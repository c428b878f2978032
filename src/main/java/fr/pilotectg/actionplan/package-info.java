/**
 * Plan d'actions of a convention: axes (linked to the convention's domains and the Caf enjeux, optionally to one
 * commune) and their fiches action with the fields of the CTG template, a status workflow from draft to done or
 * abandoned, progress, dated milestones and the "late" flag computed against today. Asks convention (which
 * convention, where it stands for access) and directory (pilot and partner organisations).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Plan d'actions",
        allowedDependencies = {"shared", "platform", "territory", "directory", "convention"})
package fr.pilotectg.actionplan;
