package fr.pilotectg.evaluation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An indicator followed for a convention: its definition, a baseline (value and year, at the latest the convention's
 * first year), a target per year and the values measured per year (with who entered them and when), linked to fiches
 * action or to the whole convention (no fiche). A computed indicator gets its values from an
 * {@link fr.pilotectg.evaluation.IndicatorComputation}: nobody enters them.
 */
public final class Indicator {

    private final UUID id;
    private final UUID conventionId;
    private final String code;
    private final String computation;
    private final int position;
    private IndicatorData data;
    private final TreeMap<Integer, Measure> measures;

    private Indicator(
            UUID id,
            UUID conventionId,
            String code,
            String computation,
            int position,
            IndicatorData data,
            Map<Integer, Measure> measures) {
        this.id = id;
        this.conventionId = conventionId;
        this.code = code;
        this.computation = computation;
        this.position = position;
        this.data = data;
        this.measures = new TreeMap<>(measures);
    }

    /** A new indicator; {@code code} and {@code computation} come from the library (null for a free indicator). */
    public static Indicator create(
            UUID id,
            UUID conventionId,
            String code,
            String computation,
            int position,
            IndicatorData data,
            YearSpan span) {
        check(data, span);
        return new Indicator(id, conventionId, code, computation, position, data, Map.of());
    }

    static Indicator restore(
            UUID id,
            UUID conventionId,
            String code,
            String computation,
            int position,
            IndicatorData data,
            Map<Integer, Measure> measures) {
        return new Indicator(id, conventionId, code, computation, position, data, measures);
    }

    /** Replaces the definition, baseline, fiches and targets; a unit change must fit the values already measured. */
    public void revise(IndicatorData revised, YearSpan span) {
        check(revised, span);
        var problems = new ArrayList<FieldProblem>();
        measures.forEach((year, m) -> Numbers.check("unit", m.value(), revised.unit(), revised.signed(), problems));
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems.subList(0, 1));
        this.data = revised;
    }

    /** Records the value measured for {@code year} (replacing the previous one). */
    public void record(int year, BigDecimal value, String by, OffsetDateTime at, YearSpan span) {
        if (isComputed()) throw DomainException.rule(EvaluationErrors.COMPUTED_READ_ONLY, data.name());
        var problems = new ArrayList<FieldProblem>();
        checkYear("year", year, span, problems);
        if (value == null) problems.add(FieldProblem.of("value", EvaluationErrors.VALUE_REQUIRED));
        else Numbers.check("value", value, data.unit(), data.signed(), problems);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        measures.put(year, new Measure(value, by, at));
    }

    /** Sets (or, with null, removes) the target of {@code year}. */
    public void target(int year, BigDecimal value, YearSpan span) {
        var problems = new ArrayList<FieldProblem>();
        checkYear("year", year, span, problems);
        if (value != null) Numbers.check("value", value, data.unit(), data.signed(), problems);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        var targets = new TreeMap<>(data.targets());
        if (value == null) targets.remove(year);
        else targets.put(year, value);
        data = new IndicatorData(
                data.name(),
                data.definition(),
                data.unit(),
                data.direction(),
                data.source(),
                data.baselineValue(),
                data.baselineYear(),
                data.ficheIds(),
                targets,
                data.customUnit(),
                data.signed());
    }

    /** Links the indicator to a fiche of its convention's plan (the caller checks the fiche belongs to it). */
    public void link(UUID ficheId) {
        if (data.ficheIds().contains(ficheId))
            throw DomainException.rule(EvaluationErrors.FICHE_ALREADY_LINKED, data.name());
        var fiches = new ArrayList<>(data.ficheIds());
        fiches.add(ficheId);
        InputLimits.check().list("ficheIds", fiches).throwIfAny();
        data = withFiches(fiches);
    }

    /** Unlinks the indicator from a fiche. */
    public void unlink(UUID ficheId) {
        if (!data.ficheIds().contains(ficheId))
            throw DomainException.rule(EvaluationErrors.FICHE_NOT_LINKED, data.name());
        data = withFiches(
                data.ficheIds().stream().filter(f -> !f.equals(ficheId)).toList());
    }

    private IndicatorData withFiches(List<UUID> fiches) {
        return new IndicatorData(
                data.name(),
                data.definition(),
                data.unit(),
                data.direction(),
                data.source(),
                data.baselineValue(),
                data.baselineYear(),
                fiches,
                data.targets(),
                data.customUnit(),
                data.signed());
    }

    static void check(IndicatorData data, YearSpan span) {
        InputLimits.check()
                .list("ficheIds", data.ficheIds())
                .list("targets", data.targets().keySet())
                .throwIfAny();
        var problems = new ArrayList<FieldProblem>(InputLimits.check()
                .title("name", data.name())
                .longText("definition", data.definition())
                .name("source", data.source())
                .year("baselineYear", data.baselineYear())
                .problems());
        if (data.name().isEmpty()) problems.add(FieldProblem.of("name", EvaluationErrors.NAME_REQUIRED));
        if (data.unit() == null) problems.add(FieldProblem.of("unit", EvaluationErrors.UNIT_REQUIRED));
        if (data.direction() == null) problems.add(FieldProblem.of("direction", EvaluationErrors.DIRECTION_REQUIRED));
        if (data.unit() == IndicatorUnit.OTHER && data.customUnit().isEmpty())
            problems.add(FieldProblem.of("customUnit", EvaluationErrors.CUSTOM_UNIT_REQUIRED));
        if (data.baselineYear() != null
                && (data.baselineYear() > span.to() || data.baselineYear() < span.from() - 20)) {
            problems.add(FieldProblem.of(
                    "baselineYear", EvaluationErrors.BASELINE_YEAR_INVALID, data.baselineYear(), span.to()));
        }
        if (data.unit() != null && data.baselineValue() != null)
            Numbers.check("baselineValue", data.baselineValue(), data.unit(), data.signed(), problems);
        data.targets().forEach((year, value) -> {
            String field = "targets[" + year + "]";
            checkYear(field, year, span, problems);
            if (data.unit() != null && value != null) Numbers.check(field, value, data.unit(), data.signed(), problems);
        });
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    private static void checkYear(String field, Integer year, YearSpan span, List<FieldProblem> problems) {
        if (year == null) problems.add(FieldProblem.of(field, EvaluationErrors.YEAR_REQUIRED));
        else if (!span.contains(year))
            problems.add(
                    FieldProblem.of(field, EvaluationErrors.YEAR_OUTSIDE_CONVENTION, year, span.from(), span.to()));
    }

    public boolean isComputed() {
        return computation != null;
    }

    /** The measured values by year (empty for a computed indicator: its values are computed on reading). */
    public SortedMap<Integer, BigDecimal> measuredValues() {
        var values = new TreeMap<Integer, BigDecimal>();
        measures.forEach((y, m) -> values.put(y, m.value()));
        return values;
    }

    public UUID id() {
        return id;
    }

    public UUID conventionId() {
        return conventionId;
    }

    public String code() {
        return code;
    }

    public String computation() {
        return computation;
    }

    public int position() {
        return position;
    }

    public IndicatorData data() {
        return data;
    }

    public SortedMap<Integer, Measure> measures() {
        return Collections.unmodifiableSortedMap(measures);
    }
}
