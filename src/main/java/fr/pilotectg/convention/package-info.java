/**
 * Conventions territoriales globales (CTG): the terms of a convention (period, territory, signatories, domains,
 * Caf missions and enjeux), its life cycle from draft to signature, its avenants and versions, its renewal by
 * explicit agreement and its three ways of termination. Asks territory (covered communes), directory (signatory
 * organisations) and deliberation (council approvals before signature).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Conventions",
        allowedDependencies = {"shared", "platform", "territory", "directory", "deliberation"})
package fr.pilotectg.convention;
