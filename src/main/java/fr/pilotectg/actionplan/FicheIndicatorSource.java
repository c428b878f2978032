package fr.pilotectg.actionplan;

import java.util.UUID;

/**
 * What a later module (the evaluation) tells the fiche page about the indicators that follow a fiche: their values
 * against their targets, a chart and the indicators that could be linked. The action plan declares it and does not know
 * who implements it (modules depend downwards only, ADR 0001); without an implementation the fiche shows none.
 */
public interface FicheIndicatorSource {

    /** The indicators of the fiche's convention that follow {@code ficheId}, as the current user may see them. */
    FicheIndicators indicatorsOf(UUID conventionId, UUID ficheId);
}
