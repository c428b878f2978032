package fr.pilotectg.evaluation.domain;

import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.evaluation.IndicatorComputation;
import fr.pilotectg.evaluation.domain.EvaluationViews.IndicatorLine;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation use cases. Indicators and reviews belong to a convention: whoever may see the convention sees them,
 * whoever may change it changes them. Every change checks the version read and writes the audit trail in the same
 * transaction; every value is checked (number, unit, percentage, year within the convention) before anything is saved.
 */
@Service
public class EvaluationService {

    public static final String INDICATOR_ENTITY = "indicateur-evaluation";
    public static final String REVIEW_ENTITY = "revue-evaluation";

    /** An indicator as people type it: numbers as text (French style accepted), unit and direction as names. */
    public record IndicatorInput(String name, String definition, String unit, String direction, String source, String baselineValue,
            String baselineYear, List<UUID> ficheIds, Map<String, String> targets) {}

    private final EvaluationRepository repository;
    private final Conventions conventions;
    private final ActionPlans plans;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, IndicatorComputation> computations;

    EvaluationService(EvaluationRepository repository, Conventions conventions, ActionPlans plans, AccessControl access, AuditTrail audit,
            Clock clock, List<IndicatorComputation> computations) {
        this.repository = repository;
        this.conventions = conventions;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.computations = computations.stream().collect(Collectors.toMap(IndicatorComputation::name, c -> c,
                (a, b) -> a.priority() >= b.priority() ? a : b));
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public EvaluationViews.Indicators indicators(UUID conventionId) {
        ConventionSummary convention = visible(conventionId);
        LocalDate today = today();
        Map<UUID, String> fiches = ficheTitles(conventionId);
        return new EvaluationViews.Indicators(convention, span(convention), today, lines(convention, fiches, today), repository.library(),
                fiches, repository.annualYears(conventionId), conventions.canWrite(convention));
    }

    @Transactional(readOnly = true)
    public IndicatorLine indicator(UUID indicatorId) {
        EvaluationRepository.StoredIndicator stored = loadIndicator(indicatorId);
        ConventionSummary convention = visible(stored.indicator().conventionId(), () -> indicatorNotFound(indicatorId));
        return line(stored, convention, ficheTitles(convention.id()), today());
    }

    @Transactional(readOnly = true)
    public EvaluationViews.ReviewPage review(UUID conventionId, int year) {
        ConventionSummary convention = visible(conventionId);
        YearSpan span = span(convention);
        if (!span.contains(year)) throw DomainException.notFound(EvaluationErrors.REVIEW_YEAR_OUTSIDE, year, span.from(), span.to());
        var stored = repository.findAnnual(conventionId, year);
        return page(convention, Review.Kind.ANNUAL, year, stored);
    }

    @Transactional(readOnly = true)
    public EvaluationViews.ReviewPage finalReview(UUID conventionId) {
        ConventionSummary convention = visible(conventionId);
        return page(convention, Review.Kind.FINAL, null, repository.findFinal(conventionId));
    }

    private EvaluationViews.ReviewPage page(ConventionSummary convention, Review.Kind kind, Integer year,
            java.util.Optional<EvaluationRepository.StoredReview> stored) {
        Review review = stored.map(EvaluationRepository.StoredReview::review).orElseGet(() -> Review.open(convention.id(), kind, year));
        ReviewReport report = review.isFrozen() ? review.snapshot() : report(convention, kind, year);
        return new EvaluationViews.ReviewPage(convention, span(convention), review, stored.map(EvaluationRepository.StoredReview::version).orElse(0),
                report, conventions.canWrite(convention) && !review.isFrozen(),
                conventions.canWrite(convention), predecessor(convention));
    }

    /** The previous convention's carried objectives, if it has a final bilan the user may see. */
    private EvaluationViews.Predecessor predecessor(ConventionSummary convention) {
        if (convention.predecessorId() == null) return null;
        var previous = conventions.find(convention.predecessorId()).filter(p -> conventions.canRead(p));
        if (previous.isEmpty()) return null;
        List<String> objectives = repository.findFinal(previous.get().id()).map(s -> s.review().texts().carriedObjectives()).orElse(List.of());
        return new EvaluationViews.Predecessor(previous.get().id(), previous.get().title(), objectives);
    }

    // ---------------------------------------------------------------- indicator changes

    @Transactional
    public UUID createIndicator(UUID conventionId, IndicatorInput input) {
        ConventionSummary convention = writable(conventionId, () -> conventionNotFound(conventionId));
        IndicatorData data = read(input, convention);
        Indicator indicator = Indicator.create(UUID.randomUUID(), conventionId, null, null, repository.nextPosition(conventionId), data,
                span(convention));
        repository.insertIndicator(indicator, actor());
        record(indicator, convention, "created", "Indicateur « " + data.name() + " » créé", List.of());
        return indicator.id();
    }

    /** Adds an indicator of the library to the convention (a computed one gets its values by itself). */
    @Transactional
    public UUID adopt(UUID conventionId, String code) {
        ConventionSummary convention = writable(conventionId, () -> conventionNotFound(conventionId));
        var standard = repository.library().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.invalidFields(List.of(FieldProblem.of("code", EvaluationErrors.STANDARD_UNKNOWN,
                        String.valueOf(code)))));
        IndicatorData data = new IndicatorData(standard.name(), standard.definition(), standard.unit(), standard.direction(),
                standard.source(), null, null, List.of(), Map.of());
        Indicator indicator = Indicator.create(UUID.randomUUID(), conventionId, standard.code(), standard.computation(),
                repository.nextPosition(conventionId), data, span(convention));
        repository.insertIndicator(indicator, actor());
        record(indicator, convention, "created", "Indicateur « " + data.name() + " » ajouté depuis la bibliothèque (" + code + ")", List.of());
        return indicator.id();
    }

    @Transactional
    public int updateIndicator(UUID indicatorId, int version, IndicatorInput input) {
        return change(indicatorId, version, (indicator, convention) -> {
            IndicatorData before = indicator.data();
            IndicatorData after = read(input, convention);
            indicator.revise(after, span(convention));
            var changes = new ArrayList<AuditChange>();
            if (!before.name().equals(after.name())) changes.add(new AuditChange("name", before.name(), after.name()));
            if (before.unit() != after.unit()) changes.add(new AuditChange("unit", before.unit().name(), after.unit().name()));
            if (!same(before.baselineValue(), after.baselineValue()) || !java.util.Objects.equals(before.baselineYear(), after.baselineYear())) {
                changes.add(new AuditChange("baseline", text(before.baselineValue()) + " (" + before.baselineYear() + ")",
                        text(after.baselineValue()) + " (" + after.baselineYear() + ")"));
            }
            if (!before.targets().toString().equals(after.targets().toString())) {
                changes.add(new AuditChange("targets", before.targets().toString(), after.targets().toString()));
            }
            return new Change("updated", "Indicateur « " + after.name() + " » modifié", changes);
        });
    }

    /** Records the value measured for a year, typed as text ("68,4 %"); {@code unit} optionally says the unit meant. */
    @Transactional
    public int recordValue(UUID indicatorId, int version, String year, String value, String unit) {
        return change(indicatorId, version, (indicator, convention) -> {
            var problems = new ArrayList<FieldProblem>();
            Integer y = year(year, "year", problems);
            BigDecimal v = Numbers.read("value", value, indicator.data().unit(), unit, problems);
            if (v == null && problems.stream().noneMatch(p -> p.field().equals("value"))) problems.add(FieldProblem.of("value", EvaluationErrors.VALUE_REQUIRED));
            if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
            BigDecimal before = indicator.measuredValues().get(y);
            indicator.record(y, v, actor(), OffsetDateTime.now(clock), span(convention));
            return new Change("value-recorded", "Valeur " + y + " de « " + indicator.data().name() + " » : " + text(v),
                    List.of(new AuditChange("value " + y, text(before), text(v))));
        });
    }

    /** Sets the target of a year (a blank value removes it). */
    @Transactional
    public int setTarget(UUID indicatorId, int version, String year, String value, String unit) {
        return change(indicatorId, version, (indicator, convention) -> {
            var problems = new ArrayList<FieldProblem>();
            Integer y = year(year, "year", problems);
            BigDecimal v = Numbers.read("value", value, indicator.data().unit(), unit, problems);
            if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
            BigDecimal before = indicator.data().targets().get(y);
            indicator.target(y, v, span(convention));
            return new Change("target-set", "Cible " + y + " de « " + indicator.data().name() + " » : " + text(v),
                    List.of(new AuditChange("target " + y, text(before), text(v))));
        });
    }

    // ---------------------------------------------------------------- review changes

    @Transactional
    public int writeReview(UUID conventionId, Integer year, int version, Review.Texts texts) {
        return reviewChange(conventionId, year, version, (review, convention) -> {
            Review.Texts before = review.texts();
            review.write(texts);
            var changes = new ArrayList<AuditChange>();
            if (!before.conclusions().equals(review.texts().conclusions())) changes.add(new AuditChange("conclusions", before.conclusions(), review.texts().conclusions()));
            if (!before.adjustments().equals(review.texts().adjustments())) changes.add(new AuditChange("adjustments", before.adjustments(), review.texts().adjustments()));
            if (!before.effects().equals(review.texts().effects())) changes.add(new AuditChange("effects", before.effects(), review.texts().effects()));
            if (!before.carriedObjectives().equals(review.texts().carriedObjectives())) {
                changes.add(new AuditChange("carriedObjectives", String.join(" ; ", before.carriedObjectives()),
                        String.join(" ; ", review.texts().carriedObjectives())));
            }
            return new Change("updated", label(review) + " modifié" + (review.kind() == Review.Kind.ANNUAL ? "e" : ""), changes);
        });
    }

    /** Freezes the review as it reads now (presented to the comité de pilotage on {@code presentedOn}). */
    @Transactional
    public int freezeReview(UUID conventionId, Integer year, int version, LocalDate presentedOn) {
        return reviewChange(conventionId, year, version, (review, convention) -> {
            review.freeze(report(convention, review.kind(), review.year()), presentedOn == null ? today() : presentedOn, actor(),
                    OffsetDateTime.now(clock));
            return new Change("frozen", label(review) + " figé" + (review.kind() == Review.Kind.ANNUAL ? "e" : "")
                    + " (présenté le " + review.presentedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")",
                    List.of(new AuditChange("status", "brouillon", "figé")));
        });
    }

    /**
     * Creates the next convention (renewal by express agreement) from the final bilan; its bilan page then lists the
     * objectives carried over. Refused when the bilan carries no objective or the convention has already been renewed.
     */
    @Transactional
    public UUID createSuccessor(UUID conventionId, LocalDate start, LocalDate end) {
        ConventionSummary convention = writable(conventionId, () -> conventionNotFound(conventionId));
        if (convention.successorId() != null) throw DomainException.rule(EvaluationErrors.ALREADY_RENEWED);
        var bilan = repository.findFinal(conventionId);
        if (bilan.isEmpty() || bilan.get().review().texts().carriedObjectives().isEmpty()) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("carriedObjectives", EvaluationErrors.OBJECTIVES_REQUIRED)));
        }
        LocalDate from = start != null ? start : convention.end().plusDays(1);
        LocalDate to = end != null ? end : from.plusYears(convention.end().getYear() - convention.start().getYear() + 1L).minusDays(1);
        UUID successor = conventions.renew(conventionId, from, to);
        audit.record(new AuditRecord(REVIEW_ENTITY, bilan.get().review().id().toString(), "successor-created",
                "Convention suivante créée depuis le bilan final, avec " + bilan.get().review().texts().carriedObjectives().size()
                        + " objectif(s) reporté(s)", List.of(new AuditChange("successor", null, successor.toString())),
                convention.footprint()));
        return successor;
    }

    // ---------------------------------------------------------------- demo

    /** Demo loading: stores an indicator whoever runs it. */
    @Transactional
    void registerIndicator(Indicator indicator, ConventionSummary convention) {
        if (repository.indicatorExists(indicator.id())) return;
        repository.insertIndicator(indicator, "system");
        record(indicator, convention, "created", "Indicateur « " + indicator.data().name() + " » chargé (démonstration)", List.of());
    }

    /** Demo loading: stores a review's texts whoever runs it, if it does not exist yet. */
    @Transactional
    void registerReview(Review review, ConventionSummary convention) {
        boolean exists = review.kind() == Review.Kind.FINAL ? repository.findFinal(convention.id()).isPresent()
                : repository.findAnnual(convention.id(), review.year()).isPresent();
        if (exists) return;
        repository.insertReview(review, "system");
        audit.record(new AuditRecord(REVIEW_ENTITY, review.id().toString(), "created", label(review) + " chargé(e) (démonstration)",
                List.of(), convention.footprint()));
    }

    // ---------------------------------------------------------------- the report

    ReviewReport report(ConventionSummary convention, Review.Kind kind, Integer year) {
        LocalDate today = today();
        YearSpan span = span(convention);
        List<FicheSummary> fiches = plans.fichesOf(convention.id());
        List<ReviewReport.FicheRow> rows = fiches.stream()
                .map(f -> new ReviewReport.FicheRow(f.id(), f.title(), f.status().name(), f.progress(), f.late()))
                .sorted(Comparator.comparing((ReviewReport.FicheRow r) -> !r.late())).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        ActionPlans.STATUSES.forEach(s -> counts.put(s, fiches.stream().filter(f -> f.status().name().equals(s)).count()));
        long late = fiches.stream().filter(FicheSummary::late).count();
        int average = fiches.isEmpty() ? 0 : (int) Math.round(fiches.stream().mapToInt(FicheSummary::progress).average().orElse(0));
        Map<UUID, String> titles = new HashMap<>();
        fiches.forEach(f -> titles.put(f.id(), f.title()));
        List<ReviewReport.IndicatorRow> indicators = new ArrayList<>();
        ReviewReport.Places places = null;
        for (IndicatorLine line : lines(convention, titles, today)) {
            IndicatorData d = line.data();
            int at = year != null ? year : lastYearWithValue(line, span);
            List<ReviewReport.YearPoint> points = (kind == Review.Kind.ANNUAL ? List.of(at) : span.years()).stream()
                    .map(y -> new ReviewReport.YearPoint(y, line.target(y), line.value(y))).toList();
            indicators.add(new ReviewReport.IndicatorRow(line.id(), line.indicator().code(), d.name(), d.unit().name(), d.direction().name(),
                    line.computed(), line.computed() ? line.computedSource() : d.source(), d.baselineValue(), d.baselineYear(), points, at,
                    line.target(at), line.value(at), line.reached(at),
                    Trend.of(d.direction(), d.baselineValue(), d.baselineYear(), line.values(), at).name()));
            if (places == null && BuiltInComputations.PLACES_CREATED.equals(line.indicator().computation())) {
                places = new ReviewReport.Places(line.target(at), line.value(at),
                        span.years().stream().map(y -> new ReviewReport.YearPoint(y, line.target(y), line.value(y))).toList());
            }
        }
        return new ReviewReport(convention.id(), convention.title(), kind.name(), year, kind == Review.Kind.ANNUAL ? year : span.from(),
                kind == Review.Kind.ANNUAL ? year : span.to(), today, rows, counts, late, average, indicators, places);
    }

    private static int lastYearWithValue(IndicatorLine line, YearSpan span) {
        return line.values().keySet().stream().filter(span::contains).max(Integer::compare).orElse(span.to());
    }

    // ---------------------------------------------------------------- internals

    private record Change(String action, String summary, List<AuditChange> changes) {}

    private int change(UUID indicatorId, int version, java.util.function.BiFunction<Indicator, ConventionSummary, Change> verb) {
        EvaluationRepository.StoredIndicator stored = loadIndicator(indicatorId);
        ConventionSummary convention = writable(stored.indicator().conventionId(), () -> indicatorNotFound(indicatorId));
        if (stored.version() != version) throw new OptimisticLockingFailureException("indicator " + indicatorId + " read at " + version);
        Change change = verb.apply(stored.indicator(), convention);
        int newVersion = repository.updateIndicator(stored.indicator(), version, actor());
        record(stored.indicator(), convention, change.action(), change.summary(), change.changes());
        return newVersion;
    }

    private int reviewChange(UUID conventionId, Integer year, int version, java.util.function.BiFunction<Review, ConventionSummary, Change> verb) {
        ConventionSummary convention = writable(conventionId, () -> conventionNotFound(conventionId));
        Review.Kind kind = year == null ? Review.Kind.FINAL : Review.Kind.ANNUAL;
        if (year != null) {
            YearSpan span = span(convention);
            if (!span.contains(year)) throw DomainException.notFound(EvaluationErrors.REVIEW_YEAR_OUTSIDE, year, span.from(), span.to());
        }
        var stored = kind == Review.Kind.FINAL ? repository.findFinal(conventionId) : repository.findAnnual(conventionId, year);
        int storedVersion = stored.map(EvaluationRepository.StoredReview::version).orElse(0);
        if (storedVersion != version) throw new OptimisticLockingFailureException("review read at " + version);
        Review review = stored.map(EvaluationRepository.StoredReview::review).orElseGet(() -> Review.open(conventionId, kind, year));
        Change change = verb.apply(review, convention);
        int newVersion = stored.isEmpty() ? repository.insertReview(review, actor()) : repository.updateReview(review, version, actor());
        audit.record(new AuditRecord(REVIEW_ENTITY, review.id().toString(), change.action(), change.summary(), change.changes(),
                convention.footprint()));
        return newVersion;
    }

    private static String label(Review review) {
        return review.kind() == Review.Kind.FINAL ? "Bilan final" : "Revue annuelle " + review.year();
    }

    private List<IndicatorLine> lines(ConventionSummary convention, Map<UUID, String> fiches, LocalDate today) {
        return repository.indicators(convention.id()).stream().map(s -> line(s, convention, fiches, today)).toList();
    }

    private IndicatorLine line(EvaluationRepository.StoredIndicator stored, ConventionSummary convention, Map<UUID, String> fiches, LocalDate today) {
        Indicator indicator = stored.indicator();
        SortedMap<Integer, BigDecimal> values;
        String computedSource = null;
        IndicatorComputation computation = indicator.isComputed() ? computations.get(indicator.computation()) : null;
        if (computation != null) {
            values = new TreeMap<>(computation.values(new IndicatorComputation.Scope(convention.id(), convention.communes(), convention.start(),
                    convention.end(), today)));
            computedSource = computation.source();
        } else {
            values = indicator.measuredValues();
        }
        YearSpan span = span(convention);
        int asOf = Math.max(span.from(), Math.min(span.to(), today.getYear()));
        Trend trend = Trend.of(indicator.data().direction(), indicator.data().baselineValue(), indicator.data().baselineYear(), values, asOf);
        Map<UUID, String> linked = new LinkedHashMap<>();
        indicator.data().ficheIds().forEach(id -> linked.put(id, fiches.getOrDefault(id, id.toString())));
        return new IndicatorLine(indicator, stored.version(), values, computedSource, trend, linked, stored.updatedAt(), stored.updatedBy());
    }

    private IndicatorData read(IndicatorInput input, ConventionSummary convention) {
        var problems = new ArrayList<FieldProblem>();
        IndicatorUnit unit = null;
        if (input.unit() == null || input.unit().isBlank()) problems.add(FieldProblem.of("unit", EvaluationErrors.UNIT_REQUIRED));
        else {
            try {
                unit = IndicatorUnit.valueOf(input.unit().strip());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("unit", EvaluationErrors.UNIT_REQUIRED));
            }
        }
        Direction direction = null;
        if (input.direction() == null || input.direction().isBlank()) problems.add(FieldProblem.of("direction", EvaluationErrors.DIRECTION_REQUIRED));
        else {
            try {
                direction = Direction.valueOf(input.direction().strip());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("direction", EvaluationErrors.DIRECTION_REQUIRED));
            }
        }
        if (input.name() == null || input.name().isBlank()) problems.add(FieldProblem.of("name", EvaluationErrors.NAME_REQUIRED));
        BigDecimal baseline = Numbers.read("baselineValue", input.baselineValue(), unit, null, problems);
        Integer baselineYear = input.baselineYear() == null || input.baselineYear().isBlank() ? null : year(input.baselineYear(), "baselineYear", problems);
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        final IndicatorUnit targetUnit = unit;
        final YearSpan span = span(convention);
        if (input.targets() != null) {
            input.targets().forEach((key, text) -> {
                Integer y = year(key, "targets[" + key + "]", problems);
                if (y != null && !span.contains(y)) {
                    problems.add(FieldProblem.of("targets[" + key + "]", EvaluationErrors.YEAR_OUTSIDE_CONVENTION, y, span.from(), span.to()));
                }
                BigDecimal v = Numbers.read("targets[" + key + "]", text, targetUnit, null, problems);
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
        return new IndicatorData(input.name(), input.definition(), unit, direction, input.source(), baseline, baselineYear, ficheIds, targets);
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

    static YearSpan span(ConventionSummary convention) {
        return YearSpan.of(convention.start(), convention.end());
    }

    private ConventionSummary visible(UUID conventionId) {
        return visible(conventionId, () -> conventionNotFound(conventionId));
    }

    private ConventionSummary visible(UUID conventionId, Supplier<DomainException> notFound) {
        return conventions.readable(conventionId, notFound);
    }

    private ConventionSummary writable(UUID conventionId, Supplier<DomainException> notFound) {
        return conventions.writable(conventionId, notFound);
    }

    private EvaluationRepository.StoredIndicator loadIndicator(UUID id) {
        if (id == null) throw indicatorNotFound(null);
        return repository.findIndicator(id).orElseThrow(() -> indicatorNotFound(id));
    }

    private void record(Indicator indicator, ConventionSummary convention, String action, String summary, List<AuditChange> changes) {
        audit.record(new AuditRecord(INDICATOR_ENTITY, indicator.id().toString(), action, summary, changes, convention.footprint()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : FrenchNumbers.plain(value);
    }

    private static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }

    static DomainException conventionNotFound(UUID id) {
        return DomainException.notFound(EvaluationErrors.CONVENTION_NOT_FOUND, String.valueOf(id));
    }

    static DomainException indicatorNotFound(UUID id) {
        return DomainException.notFound(EvaluationErrors.INDICATOR_NOT_FOUND, String.valueOf(id));
    }
}
