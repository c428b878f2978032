/**
 * Shared kernel: value objects used by several modules (INSEE codes, SIREN, paging), the base error types every
 * module raises, and the few ways of reading what people type that every module must read alike (search folding,
 * French numbers, codes typed in one field, the required version). Nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Noyau partagé",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package fr.pilotectg.shared;
