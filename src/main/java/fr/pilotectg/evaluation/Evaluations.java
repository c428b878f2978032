package fr.pilotectg.evaluation;

import fr.pilotectg.evaluation.domain.EvaluationViews;
import fr.pilotectg.evaluation.domain.ReviewReport;
import fr.pilotectg.evaluation.domain.ReviewService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The evaluation module's front door for other modules: an annual review or the final bilan as the review pages show
 * it (same access rule: the convention's reach, out of reach "not found"), and the years a review can be written for.
 */
@Service
public class Evaluations {

    private final ReviewService reviews;
    private final Clock clock;

    Evaluations(ReviewService reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The annual review of {@code year} (not found outside the convention's years or out of reach). */
    public ReviewFile annualReview(UUID conventionId, int year) {
        return file(reviews.review(conventionId, year));
    }

    /** The final bilan (live while the convention runs, its snapshot once frozen). */
    public ReviewFile finalBilan(UUID conventionId) {
        return file(reviews.finalReview(conventionId));
    }

    /** The convention's years up to the current one: those an annual review exists or can be printed for. */
    public List<Integer> reviewYears(UUID conventionId) {
        var page = reviews.finalReview(conventionId);
        int current = LocalDate.now(clock).getYear();
        return page.span().years().stream().filter(y -> y <= current).toList();
    }

    private static ReviewFile file(EvaluationViews.ReviewPage page) {
        ReviewReport r = page.report();
        var texts = page.review().texts();
        return new ReviewFile(
                r.conventionId(),
                r.conventionTitle(),
                r.kind(),
                r.year(),
                r.fromYear(),
                r.toYear(),
                r.asOf(),
                page.frozen(),
                page.review().presentedOn(),
                texts.conclusions(),
                texts.adjustments(),
                texts.effects(),
                texts.carriedObjectives(),
                r.fiches().stream()
                        .map(f -> new ReviewFile.Fiche(f.title(), f.status(), f.progress(), f.late()))
                        .toList(),
                r.countsByStatus(),
                r.lateCount(),
                r.averageProgress(),
                r.indicators().stream()
                        .map(i -> new ReviewFile.Indicator(
                                i.name(),
                                i.unit(),
                                i.customUnit(),
                                Boolean.TRUE.equals(i.signed()),
                                i.computed(),
                                i.baselineValue(),
                                i.baselineYear(),
                                i.year(),
                                i.target(),
                                i.value(),
                                i.reached(),
                                i.trend(),
                                points(i.points())))
                        .toList(),
                r.places() == null
                        ? null
                        : new ReviewFile.Places(
                                r.places().planned(),
                                r.places().realised(),
                                points(r.places().points())));
    }

    private static List<ReviewFile.Point> points(List<ReviewReport.YearPoint> points) {
        return points == null
                ? List.of()
                : points.stream()
                        .map(p -> new ReviewFile.Point(p.year(), p.target(), p.value()))
                        .toList();
    }
}
