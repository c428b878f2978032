/**
 * Shared kernel: value objects used by several modules (INSEE codes, SIREN, paging) and the
 * base error types every module raises. Nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Noyau partagé", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.pilotectg.shared;
