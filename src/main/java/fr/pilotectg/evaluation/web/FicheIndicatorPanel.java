package fr.pilotectg.evaluation.web;

import fr.pilotectg.actionplan.FicheIndicatorSource;
import fr.pilotectg.actionplan.FicheIndicators;
import fr.pilotectg.evaluation.domain.EvaluationViews;
import fr.pilotectg.evaluation.domain.IndicatorService;
import fr.pilotectg.evaluation.domain.ReviewReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The indicators a fiche page shows ({@link FicheIndicatorSource}): those of the convention that follow the fiche, with
 * their targets and values per year (the years where one of them is known) and the same chart as the evaluation page;
 * the others may be linked by whoever may change the convention. Read through {@link IndicatorService}, so with the
 * same access checks as the evaluation page.
 */
@Component
class FicheIndicatorPanel implements FicheIndicatorSource {

    private final IndicatorService indicators;
    private final EvaluationFormat format;
    private final MessageSource messages;

    FicheIndicatorPanel(IndicatorService indicators, EvaluationFormat format, MessageSource messages) {
        this.indicators = indicators;
        this.format = format;
        this.messages = messages;
    }

    @Override
    public FicheIndicators indicatorsOf(UUID conventionId, UUID ficheId) {
        EvaluationViews.Indicators view = indicators.indicators(conventionId);
        List<FicheIndicators.Linked> linked = new ArrayList<>();
        List<FicheIndicators.Choice> linkable = new ArrayList<>();
        for (EvaluationViews.IndicatorLine line : view.lines()) {
            if (!line.data().ficheIds().contains(ficheId)) {
                linkable.add(new FicheIndicators.Choice(line.id(), line.data().name(), line.version()));
                continue;
            }
            List<FicheIndicators.Row> rows = new ArrayList<>();
            List<ReviewReport.YearPoint> points = new ArrayList<>();
            for (int year : view.span().years()) {
                points.add(new ReviewReport.YearPoint(year, line.target(year), line.value(year)));
                if (line.target(year) == null && line.value(year) == null) continue;
                rows.add(new FicheIndicators.Row(
                        year,
                        known(line.target(year) == null ? null : format.of(line.target(year), line.data())),
                        known(line.value(year) == null ? null : format.of(line.value(year), line.data())),
                        msg("evaluation.reached." + line.reached(year))));
            }
            String caption = msg("evaluation.chart.caption", line.data().name());
            linked.add(new FicheIndicators.Linked(
                    line.id(),
                    line.data().name(),
                    format.unitName(line.data()),
                    line.version(),
                    "/conventions/" + conventionId + "/evaluation#indicateur-" + line.id(),
                    caption,
                    Charts.lines(points, caption),
                    rows));
        }
        return new FicheIndicators(linked, linkable, view.canEdit());
    }

    private String known(String text) {
        return text == null ? msg("evaluation.unknown") : text;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
