package fr.pilotectg.financing.domain;

/** The kinds of structure the financing tells apart (label {@code financing.structureKind.<KIND>}). */
public enum StructureKind {
    EAJE,
    ALSH,
    RPE,
    LAEP,
    LUDOTHEQUE,
    OTHER
}
