package fr.pilotectg.evaluation.domain;

import fr.pilotectg.convention.ConventionSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/** What the evaluation pages and the API show. */
public final class EvaluationViews {

    private EvaluationViews() {}

    /** An indicator with its values (measured, or computed on reading), its trend as of today and the fiches it follows. */
    public record IndicatorLine(
            Indicator indicator,
            int version,
            SortedMap<Integer, BigDecimal> values,
            String computedSource,
            Trend trend,
            Map<UUID, String> fiches,
            OffsetDateTime updatedAt,
            String updatedBy) {

        public UUID id() {
            return indicator.id();
        }

        public IndicatorData data() {
            return indicator.data();
        }

        public boolean computed() {
            return indicator.isComputed();
        }

        public BigDecimal target(int year) {
            return indicator.data().targets().get(year);
        }

        public BigDecimal value(int year) {
            return values.get(year);
        }

        public Boolean reached(int year) {
            return Trend.reached(indicator.data().direction(), target(year), value(year));
        }

        public Measure measure(int year) {
            return indicator.measures().get(year);
        }
    }

    /** A convention's indicators page. */
    public record Indicators(
            ConventionSummary convention,
            YearSpan span,
            LocalDate today,
            List<IndicatorLine> lines,
            List<EvaluationRepository.StandardIndicator> library,
            Map<UUID, String> fiches,
            Map<Integer, Boolean> reviews,
            boolean canEdit) {}

    /** A review (annual or final) with the report it shows: the snapshot once frozen, live data before. */
    public record ReviewPage(
            ConventionSummary convention,
            YearSpan span,
            Review review,
            int version,
            ReviewReport report,
            boolean canEdit,
            boolean canWrite,
            Predecessor predecessor) {

        public boolean frozen() {
            return review.isFrozen();
        }
    }

    /** The previous convention's final bilan, as far as it carries objectives into this one. */
    public record Predecessor(UUID conventionId, String title, List<String> carriedObjectives) {}
}
