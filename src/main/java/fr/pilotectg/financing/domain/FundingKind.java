package fr.pilotectg.financing.domain;

/** The funding lines of a structure and year (label {@code financing.kind.<KIND>}). */
public enum FundingKind {
    PS(FundingSource.PRESTATION),
    BT_EXISTING(FundingSource.BONUS_TERRITOIRE),
    BT_NEW(FundingSource.BONUS_TERRITOIRE),
    BT_RATTRAPAGE(FundingSource.BONUS_TERRITOIRE),
    BT_ALSH_EXISTANT(FundingSource.BONUS_TERRITOIRE),
    BT_ALSH_DEVELOPPEMENT(FundingSource.BONUS_TERRITOIRE),
    BT_RPE(FundingSource.BONUS_TERRITOIRE),
    BT_FORFAIT(FundingSource.BONUS_TERRITOIRE),
    BONUS_MIXITE(FundingSource.BONUS),
    BONUS_HANDICAP(FundingSource.BONUS),
    COMPLEMENT_INCLUSIF(FundingSource.BONUS),
    BONUS_TRAJECTOIRE(FundingSource.BONUS),
    BONUS_RPE_MISSION(FundingSource.BONUS);

    private final FundingSource source;

    FundingKind(FundingSource source) {
        this.source = source;
    }

    public FundingSource source() {
        return source;
    }

    public boolean bonusTerritoire() {
        return source == FundingSource.BONUS_TERRITOIRE;
    }
}
