package fr.pilotectg.diagnostic;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A row of a convention's schéma de développement that plans places for children under 3 and is not abandoned, as other
 * modules read it (the financing's scenarios): the register's entry it names (null for a creation not yet in it), the
 * capacity before and after the row and its places added (each null when not known), the year of its planned start (null
 * when the schéma gives none that can be read).
 */
public record SchemaRow(
        UUID id,
        String title,
        String communeCode,
        UUID equipmentId,
        BigDecimal capacityBefore,
        BigDecimal capacityAfter,
        BigDecimal placesAdded,
        Integer year,
        boolean realised) {}
