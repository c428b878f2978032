package fr.pilotectg.evaluation.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual reviews and the final bilan of a convention: read one (live, or its snapshot once frozen), write its
 * texts, freeze it as presented to the comité de pilotage, and create the next convention from the bilan. Changes go
 * through {@link EvaluationFlow}.
 */
@Service
public class ReviewService {

    public static final String ENTITY = "revue-evaluation";

    private final EvaluationRepository repository;
    private final EvaluationFlow flow;
    private final ReviewReports reports;
    private final Conventions conventions;

    ReviewService(
            EvaluationRepository repository, EvaluationFlow flow, ReviewReports reports, Conventions conventions) {
        this.repository = repository;
        this.flow = flow;
        this.reports = reports;
        this.conventions = conventions;
    }

    @Transactional(readOnly = true)
    public EvaluationViews.ReviewPage review(UUID conventionId, int year) {
        ConventionSummary convention =
                flow.readable(conventionId, () -> IndicatorService.conventionNotFound(conventionId));
        checkYear(convention, year);
        return page(convention, Review.Kind.ANNUAL, year, repository.findAnnual(conventionId, year));
    }

    @Transactional(readOnly = true)
    public EvaluationViews.ReviewPage finalReview(UUID conventionId) {
        ConventionSummary convention =
                flow.readable(conventionId, () -> IndicatorService.conventionNotFound(conventionId));
        return page(convention, Review.Kind.FINAL, null, repository.findFinal(conventionId));
    }

    @Transactional
    public int writeReview(UUID conventionId, Integer year, int version, Review.Texts texts) {
        return change(conventionId, year, version, (review, convention) -> {
            Review.Texts before = review.texts();
            review.write(texts);
            Review.Texts after = review.texts();
            var changes = new ArrayList<AuditChange>();
            field(changes, "conclusions", before.conclusions(), after.conclusions());
            field(changes, "adjustments", before.adjustments(), after.adjustments());
            field(changes, "effects", before.effects(), after.effects());
            field(
                    changes,
                    "carriedObjectives",
                    String.join(" ; ", before.carriedObjectives()),
                    String.join(" ; ", after.carriedObjectives()));
            return new EvaluationFlow.Done(
                    "updated",
                    flow.text("evaluation.audit.review.updated." + review.kind().name(), review.year()),
                    changes);
        });
    }

    /** Freezes the review as it reads now (presented to the comité de pilotage on {@code presentedOn}). */
    @Transactional
    public int freezeReview(UUID conventionId, Integer year, int version, LocalDate presentedOn) {
        InputLimits.check().date("presentedOn", presentedOn).throwIfAny();
        return change(conventionId, year, version, (review, convention) -> {
            review.freeze(
                    reports.report(convention, review.kind(), review.year(), flow.today()),
                    presentedOn == null ? flow.today() : presentedOn,
                    EvaluationFlow.actor(),
                    flow.now());
            return new EvaluationFlow.Done(
                    "frozen",
                    flow.text(
                            "evaluation.audit.review.frozen." + review.kind().name(),
                            review.year(),
                            review.presentedOn()),
                    List.of(new AuditChange(
                            flow.text("evaluation.audit.field.status"),
                            flow.text("evaluation.audit.value.draft"),
                            flow.text("evaluation.audit.value.frozen"))));
        });
    }

    /**
     * Creates the next convention (renewal by express agreement) from the final bilan; its bilan page then lists the
     * objectives carried over. Refused when the bilan carries no objective or the convention has already been renewed.
     */
    @Transactional
    public UUID createSuccessor(UUID conventionId, LocalDate start, LocalDate end) {
        InputLimits.check().date("start", start).date("end", end).throwIfAny();
        UUID[] successor = {null};
        flow.change(
                conventionId,
                () -> IndicatorService.conventionNotFound(conventionId),
                null,
                ENTITY,
                convention -> {
                    if (convention.successorId() != null) throw DomainException.rule(EvaluationErrors.ALREADY_RENEWED);
                    var bilan = repository.findFinal(conventionId);
                    if (bilan.isEmpty()
                            || bilan.get().review().texts().carriedObjectives().isEmpty()) {
                        throw DomainException.invalidFields(
                                List.of(FieldProblem.of("carriedObjectives", EvaluationErrors.OBJECTIVES_REQUIRED)));
                    }
                    return new EvaluationFlow.Loaded<>(
                            bilan.get().review(),
                            bilan.get().review().id().toString(),
                            bilan.get().version());
                },
                (bilan, convention) -> {
                    LocalDate from = start != null ? start : convention.end().plusDays(1);
                    LocalDate to = end != null
                            ? end
                            : from.plusYears(convention.end().getYear()
                                            - convention.start().getYear()
                                            + 1L)
                                    .minusDays(1);
                    successor[0] = conventions.renew(conventionId, from, to);
                    String title = conventions
                            .find(successor[0])
                            .map(ConventionSummary::title)
                            .orElse(successor[0].toString());
                    return new EvaluationFlow.Done(
                            "successor-created",
                            flow.text(
                                    "evaluation.audit.successor",
                                    bilan.texts().carriedObjectives().size()),
                            List.of(new AuditChange(flow.text("evaluation.audit.field.successor"), null, title)));
                },
                (bilan, expected, actor) -> expected);
        return successor[0];
    }

    // ---------------------------------------------------------------- internals

    private EvaluationViews.ReviewPage page(
            ConventionSummary convention,
            Review.Kind kind,
            Integer year,
            Optional<EvaluationRepository.StoredReview> stored) {
        Review review = stored.map(EvaluationRepository.StoredReview::review)
                .orElseGet(() -> Review.open(convention.id(), kind, year));
        ReviewReport report =
                review.isFrozen() ? review.snapshot() : reports.report(convention, kind, year, flow.today());
        boolean canWrite = conventions.canWrite(convention);
        return new EvaluationViews.ReviewPage(
                convention,
                IndicatorService.span(convention),
                review,
                stored.map(EvaluationRepository.StoredReview::version).orElse(0),
                report,
                canWrite && !review.isFrozen(),
                canWrite,
                predecessor(convention));
    }

    /** The previous convention's carried objectives, if it has a final bilan the user may see. */
    private EvaluationViews.Predecessor predecessor(ConventionSummary convention) {
        if (convention.predecessorId() == null) return null;
        var previous = conventions.find(convention.predecessorId()).filter(conventions::canRead);
        if (previous.isEmpty()) return null;
        List<String> objectives = repository
                .findFinal(previous.get().id())
                .map(s -> s.review().texts().carriedObjectives())
                .orElse(List.of());
        return new EvaluationViews.Predecessor(
                previous.get().id(), previous.get().title(), objectives);
    }

    private int change(
            UUID conventionId,
            Integer year,
            int version,
            BiFunction<Review, ConventionSummary, EvaluationFlow.Done> verb) {
        Review.Kind kind = year == null ? Review.Kind.FINAL : Review.Kind.ANNUAL;
        return flow.change(
                conventionId,
                () -> IndicatorService.conventionNotFound(conventionId),
                version,
                ENTITY,
                convention -> {
                    if (year != null) checkYear(convention, year);
                    var stored = kind == Review.Kind.FINAL
                            ? repository.findFinal(conventionId)
                            : repository.findAnnual(conventionId, year);
                    Review review = stored.map(EvaluationRepository.StoredReview::review)
                            .orElseGet(() -> Review.open(conventionId, kind, year));
                    return new EvaluationFlow.Loaded<>(
                            review,
                            review.id().toString(),
                            stored.map(EvaluationRepository.StoredReview::version)
                                    .orElse(null));
                },
                verb,
                (review, expected, actor) -> expected == null
                        ? repository.insertReview(review, actor)
                        : repository.updateReview(review, expected, actor));
    }

    private static void checkYear(ConventionSummary convention, int year) {
        YearSpan span = IndicatorService.span(convention);
        if (!span.contains(year))
            throw DomainException.notFound(EvaluationErrors.REVIEW_YEAR_OUTSIDE, year, span.from(), span.to());
    }

    private void field(List<AuditChange> changes, String field, String before, String after) {
        if (!before.equals(after))
            changes.add(new AuditChange(flow.text("evaluation.audit.field." + field), before, after));
    }
}
