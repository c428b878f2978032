package fr.pilotectg.evaluation.domain;

import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.diagnostic.Diagnostics;
import fr.pilotectg.diagnostic.SchemaPlaces;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The indicators the application computes itself, each from the one computation of the module that owns the data:
 * places created from the schéma de développement and the taux de couverture from the diagnostic (through the
 * {@link Diagnostics} front door), actions done and late from the action plan ({@link ActionPlans}), a past year's
 * from the plan's dated history at 31 December of that year. The annual review and the final bilan read the same.
 */
@Component
public class Computations {

    public static final String PLACES_CREATED = "PLACES_CREATED";
    public static final String COVERAGE_UNDER_3 = "COVERAGE_UNDER_3";
    public static final String ACTIONS_DONE = "ACTIONS_DONE";
    public static final String ACTIONS_LATE = "ACTIONS_LATE";

    private final Diagnostics diagnostics;
    private final ActionPlans plans;
    private final MessageSource messages;

    Computations(Diagnostics diagnostics, ActionPlans plans, MessageSource messages) {
        this.diagnostics = diagnostics;
        this.plans = plans;
        this.messages = messages;
    }

    /** An indicator's computed values (year → value) and where they come from, in French. */
    record Computed(SortedMap<Integer, BigDecimal> values, String source) {}

    /** The values of the computation {@code name} for the convention's years so far; empty for a name nobody computes. */
    Optional<Computed> compute(String name, ConventionSummary convention, LocalDate today) {
        if (name == null) return Optional.empty();
        SortedMap<Integer, BigDecimal> values = new TreeMap<>();
        String caveat = "";
        switch (name) {
            case PLACES_CREATED -> {
                SchemaPlaces places = diagnostics.places(convention.id());
                yearsSoFar(convention, today).forEach(y -> values.put(y, places.createdUpTo(y)));
                // Rows realised without a known number of places are not counted as 0 silently: the source says so.
                if (places.createdUnknown() > 0) {
                    caveat = messages.getMessage(
                            "evaluation.computed.source.unknownPlaces",
                            new Object[] {places.createdUnknown()},
                            Locale.FRANCE);
                }
            }
            case COVERAGE_UNDER_3 ->
                diagnostics.coverage(convention.id()).ifPresent(c -> values.put(c.year(), c.rate()));
            case ACTIONS_DONE ->
                countFiches(convention, today, f -> f.status() == fr.pilotectg.actionplan.FicheStatus.DONE, values);
            case ACTIONS_LATE -> countFiches(convention, today, FicheSummary::late, values);
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new Computed(
                values, messages.getMessage("evaluation.computed.source." + name, null, name, Locale.FRANCE) + caveat));
    }

    /** The fiches as they stood at the end of {@code day}: today's when it is today or later, else from the plan's history. */
    List<FicheSummary> fichesAt(UUID conventionId, LocalDate day, LocalDate today) {
        return day.isBefore(today) ? plans.fichesAsOf(conventionId, day) : plans.fichesOf(conventionId);
    }

    /** The day a year's state is taken at: 31 December, or the convention's end or today when earlier. */
    static LocalDate dayOf(ConventionSummary convention, int year, LocalDate today) {
        return dayOf(convention.end(), year, today);
    }

    static LocalDate dayOf(LocalDate end, int year, LocalDate today) {
        LocalDate day = LocalDate.of(year, 12, 31);
        if (day.isAfter(end)) day = end;
        return day.isAfter(today) ? today : day;
    }

    /** The convention's years up to today's (or its last year once it has ended); none before it starts. */
    static List<Integer> yearsSoFar(ConventionSummary convention, LocalDate today) {
        return yearsSoFar(convention.start(), convention.end(), today);
    }

    static List<Integer> yearsSoFar(LocalDate start, LocalDate end, LocalDate today) {
        if (today.isBefore(start)) return List.of();
        return IntStream.rangeClosed(start.getYear(), Math.min(end.getYear(), today.getYear()))
                .boxed()
                .toList();
    }

    private void countFiches(
            ConventionSummary convention,
            LocalDate today,
            Predicate<FicheSummary> counted,
            SortedMap<Integer, BigDecimal> values) {
        Map<LocalDate, List<FicheSummary>> byDay = new HashMap<>();
        for (int year : yearsSoFar(convention, today)) {
            List<FicheSummary> fiches =
                    byDay.computeIfAbsent(dayOf(convention, year, today), d -> fichesAt(convention.id(), d, today));
            values.put(year, BigDecimal.valueOf(fiches.stream().filter(counted).count()));
        }
    }
}
