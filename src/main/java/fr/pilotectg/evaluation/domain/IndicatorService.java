package fr.pilotectg.evaluation.domain;

import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.evaluation.domain.EvaluationViews.IndicatorLine;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of a convention: read them, create one or adopt one of the library, revise it, record a year's value
 * and set a year's target. Whoever may see the convention sees them, whoever may change it changes them, through
 * {@link EvaluationFlow}; every value is checked (number, unit, percentage, year within the convention) first.
 */
@Service
public class IndicatorService {

    public static final String ENTITY = "indicateur-evaluation";

    /** An indicator as people type it: numbers as text (French style accepted), unit and direction as names. */
    public record IndicatorInput(
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

        public IndicatorInput(
                String name,
                String definition,
                String unit,
                String direction,
                String source,
                String baselineValue,
                String baselineYear,
                List<UUID> ficheIds,
                Map<String, String> targets) {
            this(name, definition, unit, direction, source, baselineValue, baselineYear, ficheIds, targets, null, null);
        }
    }

    private final EvaluationRepository repository;
    private final EvaluationFlow flow;
    private final IndicatorValues values;
    private final Conventions conventions;
    private final ActionPlans plans;

    IndicatorService(
            EvaluationRepository repository,
            EvaluationFlow flow,
            IndicatorValues values,
            Conventions conventions,
            ActionPlans plans) {
        this.repository = repository;
        this.flow = flow;
        this.values = values;
        this.conventions = conventions;
        this.plans = plans;
    }

    @Transactional(readOnly = true)
    public EvaluationViews.Indicators indicators(UUID conventionId) {
        ConventionSummary convention = flow.readable(conventionId, () -> conventionNotFound(conventionId));
        LocalDate today = flow.today();
        Map<UUID, String> fiches = ficheTitles(conventionId);
        return new EvaluationViews.Indicators(
                convention,
                span(convention),
                today,
                values.lines(convention, fiches, today),
                repository.library(),
                fiches,
                repository.annualYears(conventionId),
                conventions.canWrite(convention));
    }

    @Transactional(readOnly = true)
    public IndicatorLine indicator(UUID indicatorId) {
        EvaluationRepository.StoredIndicator stored = load(indicatorId);
        ConventionSummary convention =
                flow.readable(stored.indicator().conventionId(), () -> indicatorNotFound(indicatorId));
        return values.line(stored, convention, ficheTitles(convention.id()), flow.today());
    }

    @Transactional
    public UUID createIndicator(UUID conventionId, IndicatorInput input) {
        return insert(
                conventionId,
                convention -> {
                    IndicatorData data = read(input, convention);
                    return Indicator.create(
                            UUID.randomUUID(),
                            conventionId,
                            null,
                            null,
                            repository.nextPosition(conventionId),
                            data,
                            span(convention));
                },
                indicator -> flow.text(
                        "evaluation.audit.indicator.created", indicator.data().name()));
    }

    /** Adds an indicator of the library to the convention (a computed one gets its values by itself). */
    @Transactional
    public UUID adopt(UUID conventionId, String code) {
        return insert(
                conventionId,
                convention -> {
                    var standard = repository.library().stream()
                            .filter(s -> s.code().equals(code))
                            .findFirst()
                            .orElseThrow(() -> DomainException.invalidFields(List.of(
                                    FieldProblem.of("code", EvaluationErrors.STANDARD_UNKNOWN, String.valueOf(code)))));
                    IndicatorData data = new IndicatorData(
                            standard.name(),
                            standard.definition(),
                            standard.unit(),
                            standard.direction(),
                            standard.source(),
                            null,
                            null,
                            List.of(),
                            Map.of());
                    return Indicator.create(
                            UUID.randomUUID(),
                            conventionId,
                            standard.code(),
                            standard.computation(),
                            repository.nextPosition(conventionId),
                            data,
                            span(convention));
                },
                indicator -> flow.text(
                        "evaluation.audit.indicator.adopted", indicator.data().name(), code));
    }

    @Transactional
    public int updateIndicator(UUID indicatorId, int version, IndicatorInput input) {
        return change(indicatorId, version, (indicator, convention) -> {
            IndicatorData before = indicator.data();
            IndicatorData after = read(input, convention);
            indicator.revise(after, span(convention));
            var changes = new ArrayList<AuditChange>();
            if (!before.name().equals(after.name()))
                changes.add(new AuditChange(flow.text("evaluation.audit.field.name"), before.name(), after.name()));
            if (!unit(before).equals(unit(after))) {
                changes.add(new AuditChange(flow.text("evaluation.audit.field.unit"), unit(before), unit(after)));
            }
            if (!same(before.baselineValue(), after.baselineValue())
                    || !Objects.equals(before.baselineYear(), after.baselineYear())) {
                changes.add(new AuditChange(
                        flow.text("evaluation.audit.field.baseline"), baseline(before), baseline(after)));
            }
            if (!EvaluationFlow.byYear(before.targets()).equals(EvaluationFlow.byYear(after.targets()))) {
                changes.add(new AuditChange(
                        flow.text("evaluation.audit.field.targets"),
                        EvaluationFlow.byYear(before.targets()),
                        EvaluationFlow.byYear(after.targets())));
            }
            return new EvaluationFlow.Done(
                    "updated", flow.text("evaluation.audit.indicator.updated", after.name()), changes);
        });
    }

    /** Records the value measured for a year, typed as text ("68,4 %"); {@code unit} optionally says the unit meant. */
    @Transactional
    public int recordValue(UUID indicatorId, int version, String year, String value, String unit) {
        return change(indicatorId, version, (indicator, convention) -> {
            var problems = new ArrayList<FieldProblem>();
            Integer y = year(year, "year", problems);
            BigDecimal v = Numbers.read(
                    "value", value, indicator.data().unit(), indicator.data().signed(), unit, problems);
            if (v == null && problems.stream().noneMatch(p -> p.field().equals("value")))
                problems.add(FieldProblem.of("value", EvaluationErrors.VALUE_REQUIRED));
            if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
            BigDecimal before = indicator.measuredValues().get(y);
            indicator.record(y, v, EvaluationFlow.actor(), flow.now(), span(convention));
            return new EvaluationFlow.Done(
                    "value-recorded",
                    flow.text(
                            "evaluation.audit.indicator.value",
                            y,
                            indicator.data().name(),
                            EvaluationFlow.number(v)),
                    List.of(new AuditChange(
                            flow.text("evaluation.audit.field.value", y),
                            EvaluationFlow.number(before),
                            EvaluationFlow.number(v))));
        });
    }

    /** Sets the target of a year (a blank value removes it). */
    @Transactional
    public int setTarget(UUID indicatorId, int version, String year, String value, String unit) {
        return change(indicatorId, version, (indicator, convention) -> {
            var problems = new ArrayList<FieldProblem>();
            Integer y = year(year, "year", problems);
            BigDecimal v = Numbers.read(
                    "value", value, indicator.data().unit(), indicator.data().signed(), unit, problems);
            if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
            BigDecimal before = indicator.data().targets().get(y);
            indicator.target(y, v, span(convention));
            return new EvaluationFlow.Done(
                    "target-set",
                    flow.text(
                            v == null
                                    ? "evaluation.audit.indicator.target-removed"
                                    : "evaluation.audit.indicator.target",
                            y,
                            indicator.data().name(),
                            EvaluationFlow.number(v)),
                    List.of(new AuditChange(
                            flow.text("evaluation.audit.field.target", y),
                            EvaluationFlow.number(before),
                            EvaluationFlow.number(v))));
        });
    }

    /**
     * Links the indicator read at {@code version} to a fiche of its convention's plan, so that the fiche shows its
     * values against the targets and the indicator names the fiche. Returns the indicator's new version.
     */
    @Transactional
    public int linkFiche(UUID indicatorId, int version, UUID ficheId) {
        return change(indicatorId, version, (indicator, convention) -> {
            String fiche = planFiche(convention, ficheId);
            indicator.link(ficheId);
            return new EvaluationFlow.Done(
                    "fiche-linked",
                    flow.text(
                            "evaluation.audit.indicator.fiche-linked",
                            indicator.data().name(),
                            fiche),
                    List.of(new AuditChange(flow.text("evaluation.audit.field.fiches"), null, fiche)));
        });
    }

    /** Unlinks the indicator read at {@code version} from a fiche. Returns the indicator's new version. */
    @Transactional
    public int unlinkFiche(UUID indicatorId, int version, UUID ficheId) {
        return change(indicatorId, version, (indicator, convention) -> {
            String fiche = ficheTitles(convention.id()).getOrDefault(ficheId, String.valueOf(ficheId));
            indicator.unlink(ficheId);
            return new EvaluationFlow.Done(
                    "fiche-unlinked",
                    flow.text(
                            "evaluation.audit.indicator.fiche-unlinked",
                            indicator.data().name(),
                            fiche),
                    List.of(new AuditChange(flow.text("evaluation.audit.field.fiches"), fiche, null)));
        });
    }

    /** The title of a fiche of the convention's plan, or 400 {@code EVALUATION_FICHE_OTHER_CONVENTION}. */
    private String planFiche(ConventionSummary convention, UUID ficheId) {
        String title = ficheId == null ? null : ficheTitles(convention.id()).get(ficheId);
        if (title == null)
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of("ficheId", EvaluationErrors.FICHE_OTHER_CONVENTION)));
        return title;
    }

    // ---------------------------------------------------------------- the flow, for indicators

    private UUID insert(
            UUID conventionId,
            java.util.function.Function<ConventionSummary, Indicator> create,
            java.util.function.Function<Indicator, String> summary) {
        UUID[] id = {null};
        flow.change(
                conventionId,
                () -> conventionNotFound(conventionId),
                0,
                ENTITY,
                convention -> {
                    Indicator indicator = create.apply(convention);
                    id[0] = indicator.id();
                    return new EvaluationFlow.Loaded<>(indicator, indicator.id().toString(), null);
                },
                (indicator, convention) -> new EvaluationFlow.Done("created", summary.apply(indicator), List.of()),
                (indicator, expected, actor) -> {
                    repository.insertIndicator(indicator, actor);
                    return 0;
                });
        return id[0];
    }

    private int change(
            UUID indicatorId, int version, BiFunction<Indicator, ConventionSummary, EvaluationFlow.Done> verb) {
        EvaluationRepository.StoredIndicator stored = load(indicatorId);
        return flow.change(
                stored.indicator().conventionId(),
                () -> indicatorNotFound(indicatorId),
                version,
                ENTITY,
                convention -> new EvaluationFlow.Loaded<>(stored.indicator(), indicatorId.toString(), stored.version()),
                verb,
                (indicator, expected, actor) -> repository.updateIndicator(indicator, expected, actor));
    }

    private EvaluationRepository.StoredIndicator load(UUID id) {
        if (id == null) throw indicatorNotFound(null);
        return repository.findIndicator(id).orElseThrow(() -> indicatorNotFound(id));
    }

    // ---------------------------------------------------------------- reading what people typed

    private IndicatorData read(IndicatorInput input, ConventionSummary convention) {
        var problems = new ArrayList<FieldProblem>();
        IndicatorUnit unit = null;
        if (input.unit() == null || input.unit().isBlank())
            problems.add(FieldProblem.of("unit", EvaluationErrors.UNIT_REQUIRED));
        else {
            try {
                unit = IndicatorUnit.valueOf(input.unit().strip());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("unit", EvaluationErrors.UNIT_REQUIRED));
            }
        }
        Direction direction = null;
        if (input.direction() == null || input.direction().isBlank())
            problems.add(FieldProblem.of("direction", EvaluationErrors.DIRECTION_REQUIRED));
        else {
            try {
                direction = Direction.valueOf(input.direction().strip());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("direction", EvaluationErrors.DIRECTION_REQUIRED));
            }
        }
        if (input.name() == null || input.name().isBlank())
            problems.add(FieldProblem.of("name", EvaluationErrors.NAME_REQUIRED));
        boolean signed = Boolean.TRUE.equals(input.signed()) || (unit != null && unit.alwaysSigned());
        BigDecimal baseline = Numbers.read("baselineValue", input.baselineValue(), unit, signed, null, problems);
        Integer baselineYear =
                input.baselineYear() == null || input.baselineYear().isBlank()
                        ? null
                        : year(input.baselineYear(), "baselineYear", problems);
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        final IndicatorUnit targetUnit = unit;
        final YearSpan span = span(convention);
        if (input.targets() != null) {
            input.targets().forEach((key, text) -> {
                Integer y = year(key, "targets[" + key + "]", problems);
                if (y != null && !span.contains(y)) {
                    problems.add(FieldProblem.of(
                            "targets[" + key + "]",
                            EvaluationErrors.YEAR_OUTSIDE_CONVENTION,
                            y,
                            span.from(),
                            span.to()));
                }
                BigDecimal v = Numbers.read("targets[" + key + "]", text, targetUnit, signed, null, problems);
                if (y != null && v != null) targets.put(y, v);
            });
        }
        Set<UUID> planFiches = ficheTitles(convention.id()).keySet();
        List<UUID> ficheIds = input.ficheIds() == null ? List.of() : input.ficheIds();
        for (int i = 0; i < ficheIds.size(); i++) {
            if (ficheIds.get(i) != null && !planFiches.contains(ficheIds.get(i))) {
                problems.add(FieldProblem.of("ficheIds[" + i + "]", EvaluationErrors.FICHE_OTHER_CONVENTION));
            }
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new IndicatorData(
                input.name(),
                input.definition(),
                unit,
                direction,
                input.source(),
                baseline,
                baselineYear,
                ficheIds,
                targets,
                input.customUnit(),
                signed);
    }

    private static Integer year(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(field, EvaluationErrors.YEAR_REQUIRED));
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, EvaluationErrors.NOT_NUMERIC, text.strip()));
            return null;
        }
    }

    private Map<UUID, String> ficheTitles(UUID conventionId) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        plans.fichesOf(conventionId).forEach(f -> titles.put(f.id(), f.title()));
        return titles;
    }

    /** The unit as people read it: its name, or the convention's own wording, and « signée » when it is. */
    private String unit(IndicatorData data) {
        String name = data.unit() == IndicatorUnit.OTHER
                ? data.customUnit()
                : flow.text("evaluation.unitName." + data.unit().name());
        return data.signed() && !data.unit().alwaysSigned() ? flow.text("evaluation.audit.value.signed", name) : name;
    }

    private String baseline(IndicatorData data) {
        if (data.baselineValue() == null) return null;
        return data.baselineYear() == null
                ? EvaluationFlow.number(data.baselineValue())
                : flow.text(
                        "evaluation.audit.value.baseline",
                        EvaluationFlow.number(data.baselineValue()),
                        data.baselineYear());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static YearSpan span(ConventionSummary convention) {
        return YearSpan.of(convention.start(), convention.end());
    }

    static DomainException conventionNotFound(UUID id) {
        return DomainException.notFound(EvaluationErrors.CONVENTION_NOT_FOUND, String.valueOf(id));
    }

    static DomainException indicatorNotFound(UUID id) {
        return DomainException.notFound(EvaluationErrors.INDICATOR_NOT_FOUND, String.valueOf(id));
    }
}
