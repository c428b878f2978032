package fr.pilotectg.diagnostic.domain;

/**
 * What a figure of the diagnostic counts (domain spec §5). Counts are whole numbers; rates are percentages (at most
 * 100 for a share of the population); the median income is in euros per unité de consommation.
 */
public enum FigureKind {
    /** I01, the population the convention's figures refer to (it may differ from the latest INSEE population). */
    POPULATION(Measure.COUNT),
    /** I02, foyers allocataires. */
    ALLOCATAIRES(Measure.COUNT),
    /** I03, allocataires and their dependants. */
    PERSONNES_COUVERTES(Measure.COUNT),
    /** Children under 3, the denominator of the taux de couverture petite enfance (I06). */
    CHILDREN_UNDER_3(Measure.COUNT),
    /** I04 as published for a comparison territory (département, EPCI). */
    CAF_COVERED_SHARE(Measure.SHARE),
    /** I06 as published for a comparison territory (département, EPCI). */
    CHILDCARE_COVERAGE(Measure.RATE),
    /** Revenu disponible médian par unité de consommation (Filosofi), in euros. */
    MEDIAN_INCOME(Measure.EUROS);

    /** How a value is checked and shown. */
    public enum Measure {
        COUNT,
        SHARE,
        RATE,
        EUROS
    }

    private final Measure measure;

    FigureKind(Measure measure) {
        this.measure = measure;
    }

    public Measure measure() {
        return measure;
    }

    public boolean isPercentage() {
        return measure == Measure.SHARE || measure == Measure.RATE;
    }
}
