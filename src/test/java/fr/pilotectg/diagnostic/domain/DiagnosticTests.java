package fr.pilotectg.diagnostic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DiagnosticTests {

    /** Enjeu codes as the convention module lists them (the national list). */
    static final java.util.Set<String> ENJEUX = java.util.Set.of("E1", "E2", "E3");

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static Figure figure(FigureScope scope, FigureKind kind, long value) {
        return Figure.checked(scope, kind, BigDecimal.valueOf(value), 2023, "Test", FigureOrigin.ENTERED, null);
    }

    private static String fieldCode(Throwable e) {
        return ((DomainException) e).fields().get(0).code();
    }

    @Test
    void theShareUsesTheConventionsPopulationElseTheReferenceOne() {
        Diagnostic d = Diagnostic.start(UUID.randomUUID());
        d.recordFigure(figure(FigureScope.TERRITORY, FigureKind.PERSONNES_COUVERTES, 17_009), 26_998);
        assertThat(d.coveredShare(26_998)).isEqualByComparingTo("63.0");
        d.recordFigure(figure(FigureScope.TERRITORY, FigureKind.POPULATION, 24_882), 26_998);
        assertThat(d.coveredShare(26_998)).isEqualByComparingTo("68.4");
    }

    @Test
    void theDemoArmentieresDiagnosticGives68Point4() {
        assertThat(fr.pilotectg.diagnostic.demo.DemoDiagnostics.armentieres().coveredShare(26_998))
                .isEqualByComparingTo("68.4");
    }

    @Test
    void aShareOver100IsRefusedWhicheverFigureComesLast() {
        Diagnostic d = Diagnostic.start(UUID.randomUUID());
        d.recordFigure(figure(FigureScope.TERRITORY, FigureKind.POPULATION, 1_000), null);
        assertThatThrownBy(() ->
                        d.recordFigure(figure(FigureScope.TERRITORY, FigureKind.PERSONNES_COUVERTES, 1_200), null))
                .satisfies(e -> assertThat(fieldCode(e)).isEqualTo("FIGURE_SHARE_OVER_100"));
        d.recordFigure(figure(FigureScope.TERRITORY, FigureKind.PERSONNES_COUVERTES, 900), null);
        assertThatThrownBy(() -> d.recordFigure(figure(FigureScope.TERRITORY, FigureKind.POPULATION, 800), null))
                .satisfies(e -> assertThat(fieldCode(e)).isEqualTo("FIGURE_SHARE_OVER_100"));
        assertThat(d.figure(FigureScope.TERRITORY, FigureKind.POPULATION)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("1000");
    }

    @Test
    void allocatairesCannotOutnumberPersonnesCouvertes() {
        Diagnostic d = Diagnostic.start(UUID.randomUUID());
        d.recordFigure(figure(FigureScope.TERRITORY, FigureKind.PERSONNES_COUVERTES, 100), null);
        assertThatThrownBy(() -> d.recordFigure(figure(FigureScope.TERRITORY, FigureKind.ALLOCATAIRES, 101), null))
                .satisfies(e -> assertThat(fieldCode(e)).isEqualTo("FIGURE_ALLOCATAIRES_OVER_COVERED"));
    }

    @Test
    void aFigureNeedsAValueAYearAndASource() {
        assertThatThrownBy(
                        () -> Figure.checked(FigureScope.TERRITORY, FigureKind.POPULATION, null, null, " ", null, null))
                .satisfies(e -> assertThat(((DomainException) e).fields())
                        .extracting(p -> p.code())
                        .containsExactly("FIGURE_VALUE_REQUIRED", "FIGURE_YEAR_REQUIRED", "FIGURE_SOURCE_REQUIRED"));
        assertThatThrownBy(() -> Figure.checked(
                        FigureScope.TERRITORY, FigureKind.POPULATION, BigDecimal.ONE, 1850, "x", null, null))
                .satisfies(e -> assertThat(fieldCode(e)).isEqualTo("FIGURE_YEAR_INVALID"));
        assertThat(Figure.checked(
                                FigureScope.EPCI,
                                FigureKind.CHILDCARE_COVERAGE,
                                new BigDecimal("56.3"),
                                2013,
                                "ONPE",
                                null,
                                null)
                        .entered())
                .isTrue();
    }

    @Test
    void recordingAFigureAgainReplacesIt() {
        Diagnostic d = Diagnostic.start(UUID.randomUUID());
        d.recordFigure(figure(FigureScope.DEPARTEMENT, FigureKind.MEDIAN_INCOME, 20_000), null);
        d.recordFigure(figure(FigureScope.DEPARTEMENT, FigureKind.MEDIAN_INCOME, 21_000), null);
        assertThat(d.figures()).hasSize(1);
        assertThat(d.removeFigure(FigureScope.DEPARTEMENT, FigureKind.MEDIAN_INCOME))
                .isTrue();
        assertThat(d.removeFigure(FigureScope.DEPARTEMENT, FigureKind.MEDIAN_INCOME))
                .isFalse();
    }

    @Test
    void theThreeAnalysesAreAlwaysThereAndADoneOneNeedsTextAndSources() {
        Diagnostic d = Diagnostic.start(UUID.randomUUID());
        assertThat(d.analyses()).extracting(Analysis::section).containsExactly(AnalysisSection.values());
        assertThatThrownBy(() -> d.writeAnalysis(
                        new Analysis(AnalysisSection.NEEDS, AnalysisStatus.DONE, "", List.of(), Map.of())))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> d.writeAnalysis(new Analysis(
                        AnalysisSection.NEEDS,
                        AnalysisStatus.IN_PROGRESS,
                        "x",
                        List.of(),
                        Map.of(AnalysisSection.QualityPoint.PRICING, "tarifs"))))
                .satisfies(e -> assertThat(fieldCode(e)).isEqualTo("ANALYSIS_POINT_NOT_ALLOWED"));
        d.writeAnalysis(new Analysis(
                AnalysisSection.OFFER,
                AnalysisStatus.DONE,
                "Offre",
                List.of("Caf, SIAS"),
                Map.of(AnalysisSection.QualityPoint.PRICING, "Barème national")));
        assertThat(d.analysis(AnalysisSection.OFFER).point(AnalysisSection.QualityPoint.PRICING))
                .isEqualTo("Barème national");
    }

    @Test
    void prioritiesReferToTheConventionsDomains() {
        Diagnostic d = Diagnostic.start(UUID.randomUUID());
        assertThatThrownBy(() -> d.replacePriorities(
                        List.of(new Priority("Accueil du jeune enfant", "LOGEMENT", List.of("E1"), List.of())),
                        List.of("PETITE_ENFANCE"),
                        ENJEUX))
                .satisfies(e -> assertThat(fieldCode(e)).isEqualTo("PRIORITY_DOMAIN_NOT_IN_CONVENTION"));
        d.replacePriorities(
                List.of(new Priority(
                        "Accueil du jeune enfant", "PETITE_ENFANCE", List.of("E1"), List.of("Créer des places"))),
                List.of("PETITE_ENFANCE"),
                ENJEUX);
        assertThat(d.priorities()).hasSize(1);
    }

    @Test
    void enjeuxAreCodesOfTheNationalList() {
        Diagnostic d = Diagnostic.start(UUID.randomUUID());
        // "E99" has the shape of a code but is not in the list the convention module gives.
        assertThatThrownBy(() -> d.replacePriorities(
                        List.of(new Priority("Accueil du jeune enfant", "PETITE_ENFANCE", List.of("E99"), List.of())),
                        List.of("PETITE_ENFANCE"),
                        ENJEUX))
                .satisfies(e -> assertThat(fieldCode(e)).isEqualTo("PRIORITY_ENJEU_UNKNOWN"));
        assertThatThrownBy(() -> d.putPriority(
                        null,
                        new Priority("Accueil", "PETITE_ENFANCE", List.of("E1", "X"), List.of()),
                        List.of("PETITE_ENFANCE"),
                        ENJEUX))
                .satisfies(e -> assertThat(fieldCode(e)).isEqualTo("PRIORITY_ENJEU_UNKNOWN"));
        d.putPriority(
                null,
                new Priority("Accueil", "PETITE_ENFANCE", List.of("E2"), List.of()),
                List.of("PETITE_ENFANCE"),
                ENJEUX);
        assertThat(d.priorities()).extracting(Priority::enjeux).containsExactly(List.of("E2"));
    }

    @Test
    void milestonesAreMarkedAndValidationIsNotInTheFuture() {
        Diagnostic d = fr.pilotectg.diagnostic.demo.DemoDiagnostics.lilleLommeHellemmes();
        assertThat(d.milestones())
                .extracting(Milestone::dueOn)
                .containsExactly(LocalDate.of(2022, 12, 31), LocalDate.of(2024, 12, 31));
        assertThat(d.milestones().get(0).lateOn(TODAY)).isTrue();
        d.markMilestone(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 15), TODAY);
        assertThat(d.milestones().get(0).done()).isTrue();
        assertThatThrownBy(() -> d.validate(TODAY.plusDays(1), TODAY))
                .satisfies(e -> assertThat(fieldCode(e)).isEqualTo("DATE_IN_FUTURE"));
        d.validate(LocalDate.of(2023, 6, 20), TODAY);
        assertThat(d.validatedByCopilOn()).isEqualTo(LocalDate.of(2023, 6, 20));
    }
}
