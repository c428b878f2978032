package fr.pilotectg.financing.domain;

/** Where a line's money comes from, for the share of each source: prestations de service, bonus territoire, bonuses. */
public enum FundingSource {
    PRESTATION,
    BONUS_TERRITOIRE,
    BONUS
}
