package fr.pilotectg.equipment;

import java.math.BigDecimal;

/**
 * How many open entries of one type a commune has, and the sum of their current capacities in places (EAJE, MAM…) and
 * in the type's other units, for the annex tables and the financing module.
 */
public record EquipmentTally(
        String communeCode,
        EquipmentType type,
        long count,
        BigDecimal places,
        BigDecimal actes,
        BigDecimal etp,
        BigDecimal heures) {}
