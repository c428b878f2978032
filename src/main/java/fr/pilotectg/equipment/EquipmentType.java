package fr.pilotectg.equipment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of equipment and service of the register (domain spec §2.7), each with the units its capacity is usually
 * counted in; the first is the default. Another unit is accepted with a warning (the Hellemmes table counts its RAM in
 * actes).
 */
public enum EquipmentType {
    EAJE_MULTI_ACCUEIL(Family.PETITE_ENFANCE, CapacityUnit.PLACES),
    EAJE_CRECHE_COLLECTIVE(Family.PETITE_ENFANCE, CapacityUnit.PLACES),
    EAJE_CRECHE_FAMILIALE(Family.PETITE_ENFANCE, CapacityUnit.PLACES),
    EAJE_CRECHE_PARENTALE(Family.PETITE_ENFANCE, CapacityUnit.PLACES),
    EAJE_HALTE_GARDERIE(Family.PETITE_ENFANCE, CapacityUnit.PLACES),
    EAJE_LIEU_ACCUEIL(Family.PETITE_ENFANCE, CapacityUnit.PLACES),
    MICRO_CRECHE_PSU(Family.PETITE_ENFANCE, CapacityUnit.PLACES),
    MICRO_CRECHE_PAJE(Family.PETITE_ENFANCE, CapacityUnit.PLACES),
    CRECHE_ENTREPRISE(Family.PETITE_ENFANCE, CapacityUnit.PLACES),
    MAM(Family.PETITE_ENFANCE, CapacityUnit.PLACES),
    LAEP(Family.PARENTALITE, CapacityUnit.ACTES, CapacityUnit.HEURES),
    RPE(Family.PETITE_ENFANCE, CapacityUnit.ETP),
    LUDOTHEQUE(Family.PARENTALITE, CapacityUnit.ACTES, CapacityUnit.HEURES),
    ALSH_PERI(Family.ENFANCE_JEUNESSE, CapacityUnit.ACTES, CapacityUnit.HEURES, CapacityUnit.PLACES),
    ALSH_EXTRA(Family.ENFANCE_JEUNESSE, CapacityUnit.ACTES, CapacityUnit.HEURES, CapacityUnit.PLACES),
    ALSH_ADOS(Family.ENFANCE_JEUNESSE, CapacityUnit.ACTES, CapacityUnit.HEURES, CapacityUnit.PLACES),
    CENTRE_SOCIAL(Family.ANIMATION_VIE_SOCIALE, CapacityUnit.ETP, CapacityUnit.ACTES, CapacityUnit.HEURES),
    EVS(Family.ANIMATION_VIE_SOCIALE, CapacityUnit.ETP, CapacityUnit.ACTES, CapacityUnit.HEURES),
    MAISON_DES_PARENTS(Family.PARENTALITE, CapacityUnit.ACTES, CapacityUnit.ETP, CapacityUnit.HEURES),
    POSTE_PILOTAGE(Family.PILOTAGE, CapacityUnit.ETP),
    AUTRE(Family.AUTRE, CapacityUnit.PLACES, CapacityUnit.ACTES, CapacityUnit.ETP, CapacityUnit.HEURES);

    /** Groups of types shown together in the register's totals. */
    public enum Family {
        PETITE_ENFANCE,
        PARENTALITE,
        ENFANCE_JEUNESSE,
        ANIMATION_VIE_SOCIALE,
        PILOTAGE,
        AUTRE
    }

    private final Family family;
    private final CapacityUnit defaultUnit;
    private final Set<CapacityUnit> usualUnits;

    EquipmentType(Family family, CapacityUnit defaultUnit, CapacityUnit... others) {
        this.family = family;
        this.defaultUnit = defaultUnit;
        this.usualUnits = EnumSet.of(defaultUnit, others);
    }

    public Family family() {
        return family;
    }

    public CapacityUnit defaultUnit() {
        return defaultUnit;
    }

    public Set<CapacityUnit> usualUnits() {
        return Set.copyOf(usualUnits);
    }

    /** Whether a capacity in this unit is what one expects for this type (otherwise: a warning, not a refusal). */
    public boolean fits(CapacityUnit unit) {
        return usualUnits.contains(unit);
    }

    /** An établissement d'accueil du jeune enfant (including micro-crèches and crèches d'entreprise), not a MAM. */
    public boolean isEaje() {
        return family == Family.PETITE_ENFANCE && this != MAM && this != RPE;
    }
}
