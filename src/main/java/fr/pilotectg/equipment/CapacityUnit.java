package fr.pilotectg.equipment;

/** What a capacity counts: places (EAJE, MAM), actes (LAEP, ludothèque, ALSH), ETP (RPE, coordination) or hours (ALSH). */
public enum CapacityUnit {
    PLACES,
    ACTES,
    ETP,
    HEURES
}
