/**
 * Platform: the wiring every capability stands on. It owns sign-in (form, HTTP Basic, personal API tokens),
 * the single access mechanism ({@link fr.pilotectg.platform.AccessControl}), the audit trail
 * ({@link fr.pilotectg.platform.AuditTrail}), the UI shell, the error handlers of both channels and the
 * embedded database. It knows no business module: modules plug in through {@link fr.pilotectg.platform.ReachResolver},
 * {@link fr.pilotectg.platform.ApiTokenAuthenticator} and {@link fr.pilotectg.platform.NavigationEntry} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plateforme", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package fr.pilotectg.platform;
