package fr.pilotectg.actionplan;

/**
 * Who pays a funding line of a fiche action, with the same kinds as the amounts a convention cites in the financing
 * (label {@code actionplan.funderKind.<KIND>}): the Caf's action sociale (PS, BT, bonuses), the prestations légales paid
 * to families, a commune or collectivité, the Département, the State, the MSA, another funder, or a related programme
 * (which never changes the Caf's financing total). Null: not said (« non renseigné »).
 */
public enum FunderKind {
    CAF_ACTION_SOCIALE,
    PRESTATIONS_LEGALES,
    COLLECTIVITE,
    DEPARTEMENT,
    ETAT,
    MSA,
    OTHER_FUNDER,
    RELATED_PROGRAMME
}
