package fr.pilotectg.evaluation.web;

import fr.pilotectg.evaluation.domain.EvaluationErrors;
import fr.pilotectg.evaluation.domain.EvaluationViews;
import fr.pilotectg.evaluation.domain.EvaluationViews.IndicatorLine;
import fr.pilotectg.evaluation.domain.IndicatorService;
import fr.pilotectg.evaluation.domain.IndicatorService.IndicatorInput;
import fr.pilotectg.evaluation.domain.Measure;
import fr.pilotectg.evaluation.domain.Review;
import fr.pilotectg.evaluation.domain.ReviewReport;
import fr.pilotectg.evaluation.domain.ReviewService;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation API: a convention's indicators (from the library or free; values and targets per year, typed as
 * numbers or French text such as "68,4 %"), its annual reviews and its final bilan (texts, freeze, next convention).
 * Changes carry the {@code version} read (409 {@code CONCURRENT_MODIFICATION} when stale); bad values come back as
 * problem+json {@code fields} with French messages and nothing is saved.
 */
@RestController
@Tag(name = "Évaluation")
class EvaluationRestController {

    private final IndicatorService indicators;
    private final ReviewService reviews;

    private final EvaluationFormat format;

    EvaluationRestController(IndicatorService indicators, ReviewService reviews, EvaluationFormat format) {
        this.indicators = indicators;
        this.reviews = reviews;
        this.format = format;
    }

    /** An indicator as sent: from the library ({@code code} alone) or defined in full; numbers may be JSON numbers or text. */
    record IndicatorRequest(
            Integer version,
            String code,
            String name,
            String definition,
            String unit,
            String direction,
            String source,
            String baselineValue,
            String baselineYear,
            List<UUID> ficheIds,
            Map<String, String> targets,
            String customUnit,
            Boolean signed) {

        IndicatorInput input() {
            return new IndicatorInput(
                    name,
                    definition,
                    unit,
                    direction,
                    source,
                    baselineValue,
                    baselineYear,
                    ficheIds,
                    targets,
                    customUnit,
                    signed);
        }
    }

    /** A value or a target of one year; {@code unit} optionally says what the number counts (checked against the indicator's). */
    record YearValueRequest(Integer version, String value, String unit) {}

    record ReviewRequest(
            Integer version, String conclusions, String adjustments, String effects, List<String> carriedObjectives) {}

    record FreezeRequest(Integer version, LocalDate presentedOn) {}

    record SuccessorRequest(LocalDate start, LocalDate end) {}

    /** {@code targetText} and {@code valueText}: as the page shows them, with sign and unit (« −12 % », « +3 points »). */
    record YearValue(
            int year,
            BigDecimal target,
            BigDecimal value,
            String targetText,
            String valueText,
            Boolean reached,
            String enteredBy,
            OffsetDateTime enteredAt) {}

    record IndicatorResponse(
            UUID id,
            UUID conventionId,
            String code,
            String name,
            String definition,
            String unit,
            String direction,
            String source,
            boolean computed,
            BigDecimal baselineValue,
            Integer baselineYear,
            List<UUID> ficheIds,
            List<YearValue> years,
            String trend,
            String customUnit,
            boolean signed,
            String baselineText,
            int version) {

        static IndicatorResponse of(IndicatorLine line, List<Integer> years, EvaluationFormat format) {
            var d = line.data();
            List<YearValue> values = years.stream()
                    .map(y -> {
                        Measure m = line.computed() ? null : line.measure(y);
                        return new YearValue(
                                y,
                                line.target(y),
                                line.value(y),
                                line.target(y) == null ? null : format.of(line.target(y), line.data()),
                                line.value(y) == null ? null : format.of(line.value(y), line.data()),
                                line.reached(y),
                                m == null ? null : m.enteredBy(),
                                m == null ? null : m.enteredAt());
                    })
                    .toList();
            return new IndicatorResponse(
                    line.id(),
                    line.indicator().conventionId(),
                    line.indicator().code(),
                    d.name(),
                    d.definition(),
                    d.unit().name(),
                    d.direction().name(),
                    line.computed() ? line.computedSource() : d.source(),
                    line.computed(),
                    d.baselineValue(),
                    d.baselineYear(),
                    d.ficheIds(),
                    values,
                    line.trend().name(),
                    d.customUnit(),
                    d.signed(),
                    format.baseline(d),
                    line.version());
        }
    }

    record LibraryItem(
            String code,
            String name,
            String definition,
            String unit,
            String direction,
            String source,
            boolean computed) {}

    record IndicatorsResponse(
            UUID conventionId,
            String conventionTitle,
            List<Integer> years,
            List<IndicatorResponse> indicators,
            List<LibraryItem> library) {}

    record ReviewResponse(
            UUID conventionId,
            String kind,
            Integer year,
            boolean frozen,
            LocalDate presentedOn,
            OffsetDateTime frozenAt,
            String frozenBy,
            String conclusions,
            String adjustments,
            String effects,
            List<String> carriedObjectives,
            List<String> objectivesFromPreviousConvention,
            ReviewReport report,
            int version) {

        static ReviewResponse of(EvaluationViews.ReviewPage page) {
            Review r = page.review();
            return new ReviewResponse(
                    page.convention().id(),
                    r.kind().name(),
                    r.year(),
                    r.isFrozen(),
                    r.presentedOn(),
                    r.frozenAt(),
                    r.frozenBy(),
                    r.texts().conclusions(),
                    r.texts().adjustments(),
                    r.texts().effects(),
                    r.texts().carriedObjectives(),
                    page.predecessor() == null ? List.of() : page.predecessor().carriedObjectives(),
                    page.report(),
                    page.version());
        }
    }

    // ---------------------------------------------------------------- indicators

    @GetMapping("/api/v1/conventions/{id}/indicators")
    @Operation(
            summary =
                    "Les indicateurs d’une convention (valeurs et cibles par année, tendance, valeurs calculées) et la bibliothèque")
    IndicatorsResponse indicators(@PathVariable UUID id) {
        EvaluationViews.Indicators view = indicators.indicators(id);
        List<Integer> years = view.span().years();
        return new IndicatorsResponse(
                id,
                view.convention().title(),
                years,
                view.lines().stream()
                        .map(l -> IndicatorResponse.of(l, years, format))
                        .toList(),
                view.library().stream()
                        .map(s -> new LibraryItem(
                                s.code(),
                                s.name(),
                                s.definition(),
                                s.unit().name(),
                                s.direction().name(),
                                s.source(),
                                s.computation() != null))
                        .toList());
    }

    @PostMapping("/api/v1/conventions/{id}/indicators")
    @Operation(
            summary =
                    "Ajouter un indicateur : de la bibliothèque (code seul) ou défini entièrement (nom, unité, sens, base, cibles)")
    ResponseEntity<IndicatorResponse> create(@PathVariable UUID id, @RequestBody IndicatorRequest request) {
        UUID indicatorId = request.code() != null
                        && !request.code().isBlank()
                        && (request.name() == null || request.name().isBlank())
                ? indicators.adopt(id, request.code().strip())
                : indicators.createIndicator(id, request.input());
        return ResponseEntity.created(URI.create("/api/v1/conventions/" + id + "/indicators/" + indicatorId))
                .body(indicator(id, indicatorId));
    }

    @GetMapping("/api/v1/conventions/{id}/indicators/{indicatorId}")
    @Operation(summary = "Un indicateur, avec ses valeurs (qui les a saisies et quand) et ses cibles par année")
    IndicatorResponse indicator(@PathVariable UUID id, @PathVariable UUID indicatorId) {
        IndicatorLine line = indicators.indicator(indicatorId);
        if (!line.indicator().conventionId().equals(id))
            throw DomainException.notFound(EvaluationErrors.INDICATOR_NOT_FOUND, indicatorId);
        return IndicatorResponse.of(line, indicators.indicators(id).span().years(), format);
    }

    @PutMapping("/api/v1/conventions/{id}/indicators/{indicatorId}")
    @Operation(summary = "Modifier un indicateur (avec la version lue : 409 si quelqu’un l’a modifié entre-temps)")
    IndicatorResponse update(
            @PathVariable UUID id, @PathVariable UUID indicatorId, @RequestBody IndicatorRequest request) {
        indicator(id, indicatorId);
        indicators.updateIndicator(indicatorId, RequiredVersion.of(request.version()), request.input());
        return indicator(id, indicatorId);
    }

    @PutMapping("/api/v1/conventions/{id}/indicators/{indicatorId}/values/{year}")
    @Operation(
            summary =
                    "Saisir la valeur mesurée d’une année (année de la convention, unité de l’indicateur, pourcentage ≤ 100)")
    IndicatorResponse recordValue(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @PathVariable String year,
            @RequestBody YearValueRequest request) {
        indicator(id, indicatorId);
        indicators.recordValue(
                indicatorId, RequiredVersion.of(request.version()), year, request.value(), request.unit());
        return indicator(id, indicatorId);
    }

    @PutMapping("/api/v1/conventions/{id}/indicators/{indicatorId}/targets/{year}")
    @Operation(summary = "Fixer la cible d’une année (valeur vide : retire la cible)")
    IndicatorResponse setTarget(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @PathVariable String year,
            @RequestBody YearValueRequest request) {
        indicator(id, indicatorId);
        indicators.setTarget(indicatorId, RequiredVersion.of(request.version()), year, request.value(), request.unit());
        return indicator(id, indicatorId);
    }

    // ---------------------------------------------------------------- annual reviews

    @GetMapping("/api/v1/conventions/{id}/reviews/{year}")
    @Operation(
            summary =
                    "La revue annuelle : fiches (en retard d’abord), indicateurs face aux cibles avec tendance, places prévues et "
                            + "réalisées, conclusions ; figée, elle se lit telle qu’elle a été présentée")
    ReviewResponse review(@PathVariable UUID id, @PathVariable int year) {
        return ReviewResponse.of(reviews.review(id, year));
    }

    @PutMapping("/api/v1/conventions/{id}/reviews/{year}")
    @Operation(summary = "Écrire les conclusions et ajustements décidés (version 0 pour une revue jamais enregistrée)")
    ReviewResponse writeReview(@PathVariable UUID id, @PathVariable int year, @RequestBody ReviewRequest request) {
        reviews.writeReview(id, year, RequiredVersion.of(request.version()), texts(request));
        return review(id, year);
    }

    @PostMapping("/api/v1/conventions/{id}/reviews/{year}/freeze")
    @Operation(summary = "Figer la revue une fois présentée au comité de pilotage (instantané conservé)")
    ReviewResponse freezeReview(@PathVariable UUID id, @PathVariable int year, @RequestBody FreezeRequest request) {
        reviews.freezeReview(id, year, RequiredVersion.of(request.version()), request.presentedOn());
        return review(id, year);
    }

    // ---------------------------------------------------------------- final bilan

    @GetMapping("/api/v1/conventions/{id}/final-review")
    @Operation(
            summary = "Le bilan final sur toute la période : fiches, indicateurs par année, effets, objectifs reportés")
    ReviewResponse finalReview(@PathVariable UUID id) {
        return ReviewResponse.of(reviews.finalReview(id));
    }

    @PutMapping("/api/v1/conventions/{id}/final-review")
    @Operation(
            summary =
                    "Écrire le bilan final : conclusions, évaluation des effets, objectifs à reporter dans la convention suivante")
    ReviewResponse writeFinal(@PathVariable UUID id, @RequestBody ReviewRequest request) {
        reviews.writeReview(id, null, RequiredVersion.of(request.version()), texts(request));
        return finalReview(id);
    }

    @PostMapping("/api/v1/conventions/{id}/final-review/freeze")
    @Operation(summary = "Figer le bilan final une fois présenté")
    ReviewResponse freezeFinal(@PathVariable UUID id, @RequestBody FreezeRequest request) {
        reviews.freezeReview(id, null, RequiredVersion.of(request.version()), request.presentedOn());
        return finalReview(id);
    }

    record SuccessorResponse(UUID conventionId, UUID successorId, List<String> carriedObjectives) {}

    @PostMapping("/api/v1/conventions/{id}/final-review/successor")
    @Operation(
            summary =
                    "Créer la convention suivante (renouvellement par accord exprès) ; son bilan liste les objectifs reportés")
    ResponseEntity<SuccessorResponse> successor(
            @PathVariable UUID id, @RequestBody(required = false) SuccessorRequest request) {
        UUID successor = reviews.createSuccessor(
                id, request == null ? null : request.start(), request == null ? null : request.end());
        return ResponseEntity.created(URI.create("/api/v1/conventions/" + successor))
                .body(new SuccessorResponse(
                        id, successor, reviews.finalReview(id).review().texts().carriedObjectives()));
    }

    private static Review.Texts texts(ReviewRequest request) {
        return new Review.Texts(
                request.conclusions(), request.adjustments(), request.effects(), request.carriedObjectives());
    }
}
