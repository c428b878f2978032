package fr.pilotectg.equipment;

/** The category of the gestionnaire of an equipment, as the CTG annexes print it. */
public enum OperatorCategory {
    MUNICIPAL,
    ASSOCIATIF,
    PRIVE,
    ENTREPRISE
}
