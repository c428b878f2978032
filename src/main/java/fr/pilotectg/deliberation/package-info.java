/**
 * Délibérations: the council decisions (conseil municipal, communal, communautaire, conseil d'administration de la Caf)
 * that authorise a CTG — séance, attendance and proxies, vote, ACTES identifier and transmission to the préfecture —
 * and the CGCT checks run on them (quorum, proxies, counts, dates). Asks territory and directory; publishes nothing yet.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Délibérations",
        allowedDependencies = {"shared", "platform", "territory", "directory"})
package fr.pilotectg.deliberation;
