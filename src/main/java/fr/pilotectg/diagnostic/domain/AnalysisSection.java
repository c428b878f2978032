package fr.pilotectg.diagnostic.domain;

import java.util.List;

/**
 * The three analyses every diagnostic must hold (Armentières annex 1), each with the points the seed asks for: the
 * évolution du contexte local, the offre de service existante (quantitative and qualitative) and the analyse des
 * besoins.
 */
public enum AnalysisSection {
    CONTEXT(List.of()),
    OFFER(List.of(
            QualityPoint.ACCESSIBILITY,
            QualityPoint.OPENING_SPAN,
            QualityPoint.PRICING,
            QualityPoint.RELEVANCE,
            QualityPoint.FAMILY_PLACE,
            QualityPoint.SATISFACTION)),
    NEEDS(List.of());

    /** The qualitative points of the analysis of the offer. */
    public enum QualityPoint {
        ACCESSIBILITY,
        OPENING_SPAN,
        PRICING,
        RELEVANCE,
        FAMILY_PLACE,
        SATISFACTION
    }

    private final List<QualityPoint> points;

    AnalysisSection(List<QualityPoint> points) {
        this.points = points;
    }

    public List<QualityPoint> points() {
        return points;
    }
}
