package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The shared diagnostic of a convention (aggregate root). Its verbs guard what the seeds ask: every figure has a source
 * and a year, the Caf's personnes couvertes never exceed the population, the three analyses are always there, priorities
 * refer to the convention's domains, the comité de pilotage cannot validate in the future.
 */
public final class Diagnostic {

    private final UUID conventionId;
    private List<Figure> figures;
    private List<Analysis> analyses;
    private List<Priority> priorities;
    private List<Milestone> milestones;
    private LocalDate validatedByCopilOn;

    private Diagnostic(UUID conventionId, DiagnosticData data) {
        this.conventionId = conventionId;
        this.figures = new ArrayList<>(data.figures());
        this.analyses = new ArrayList<>();
        for (AnalysisSection section : AnalysisSection.values()) {
            analyses.add(data.analyses().stream()
                    .filter(a -> a.section() == section)
                    .findFirst()
                    .orElse(Analysis.empty(section)));
        }
        this.priorities = new ArrayList<>(data.priorities());
        this.milestones = new ArrayList<>(data.milestones());
        this.validatedByCopilOn = data.validatedByCopilOn();
    }

    /** A diagnostic not yet started: three empty analyses. */
    public static Diagnostic start(UUID conventionId) {
        return new Diagnostic(conventionId, new DiagnosticData(List.of(), List.of(), List.of(), List.of(), null));
    }

    public static Diagnostic restore(UUID conventionId, DiagnosticData data) {
        return new Diagnostic(conventionId, data);
    }

    public UUID conventionId() {
        return conventionId;
    }

    public DiagnosticData data() {
        figures.sort(Comparator.comparing(Figure::scope).thenComparing(Figure::kind));
        return new DiagnosticData(figures, analyses, priorities, milestones, validatedByCopilOn);
    }

    // ---------------------------------------------------------------- figures

    /**
     * Records (or replaces) a figure. {@code referencePopulation} is the INSEE population of the territory, used when no
     * population figure of the convention's own is recorded: the personnes couvertes may not exceed the population.
     */
    public void recordFigure(Figure figure, Integer referencePopulation) {
        List<Figure> next = new ArrayList<>(figures);
        next.removeIf(f -> f.sameSlot(figure.scope(), figure.kind()));
        next.add(figure);
        if (figure.scope() == FigureScope.TERRITORY) {
            BigDecimal covered = find(next, FigureScope.TERRITORY, FigureKind.PERSONNES_COUVERTES)
                    .map(Figure::value)
                    .orElse(null);
            BigDecimal allocataires = find(next, FigureScope.TERRITORY, FigureKind.ALLOCATAIRES)
                    .map(Figure::value)
                    .orElse(null);
            BigDecimal population = populationOf(next, referencePopulation);
            BigDecimal share = Rates.coveredShare(covered, population);
            if (share != null
                    && share.compareTo(Rates.HUNDRED) > 0
                    && (figure.kind() == FigureKind.PERSONNES_COUVERTES || figure.kind() == FigureKind.POPULATION)) {
                throw DomainException.invalidFields(List.of(FieldProblem.of("value", "FIGURE_SHARE_OVER_100", share)));
            }
            if (covered != null
                    && allocataires != null
                    && allocataires.compareTo(covered) > 0
                    && (figure.kind() == FigureKind.PERSONNES_COUVERTES || figure.kind() == FigureKind.ALLOCATAIRES)) {
                throw DomainException.invalidFields(
                        List.of(FieldProblem.of("value", "FIGURE_ALLOCATAIRES_OVER_COVERED")));
            }
        }
        figures = next;
    }

    /** Removes a figure; false when there was none. */
    public boolean removeFigure(FigureScope scope, FigureKind kind) {
        return figures.removeIf(f -> f.sameSlot(scope, kind));
    }

    public Optional<Figure> figure(FigureScope scope, FigureKind kind) {
        return find(figures, scope, kind);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** The population the Caf share is computed on: the convention's own figure, else the INSEE one. */
    public BigDecimal population(Integer referencePopulation) {
        return populationOf(figures, referencePopulation);
    }

    /** I04 on the territory, or null when a figure is missing. */
    public BigDecimal coveredShare(Integer referencePopulation) {
        return Rates.coveredShare(
                figure(FigureScope.TERRITORY, FigureKind.PERSONNES_COUVERTES)
                        .map(Figure::value)
                        .orElse(null),
                population(referencePopulation));
    }

    private static BigDecimal populationOf(Collection<Figure> figures, Integer referencePopulation) {
        return find(figures, FigureScope.TERRITORY, FigureKind.POPULATION)
                .map(Figure::value)
                .orElse(referencePopulation == null ? null : BigDecimal.valueOf(referencePopulation));
    }

    private static Optional<Figure> find(Collection<Figure> figures, FigureScope scope, FigureKind kind) {
        return figures.stream().filter(f -> f.sameSlot(scope, kind)).findFirst();
    }

    // ---------------------------------------------------------------- analyses, priorities, milestones, validation

    public void writeAnalysis(Analysis analysis) {
        Analysis checked = analysis.checked();
        analyses.replaceAll(a -> a.section() == checked.section() ? checked : a);
    }

    public Analysis analysis(AnalysisSection section) {
        return analyses.stream().filter(a -> a.section() == section).findFirst().orElseThrow();
    }

    public List<Analysis> analyses() {
        return List.copyOf(analyses);
    }

    /**
     * Replaces the priority fields; each needs a name and one of {@code conventionDomains}, and its enjeux must be codes of
     * the national list ({@code knownEnjeux}, from the convention module).
     */
    public void replacePriorities(
            List<Priority> next, Collection<String> conventionDomains, Collection<String> knownEnjeux) {
        InputLimits.check().list("priorities", next).throwIfAny();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            problems.addAll(problemsOf(next.get(i), "priorities[" + i + "].", conventionDomains, knownEnjeux));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        priorities = new ArrayList<>(next);
    }

    /** Adds a priority field ({@code index} null) or replaces the one at {@code index}; field names have no prefix. */
    public void putPriority(
            Integer index, Priority priority, Collection<String> conventionDomains, Collection<String> knownEnjeux) {
        if (index != null && (index < 0 || index >= priorities.size()))
            throw DomainException.notFound("PRIORITY_NOT_FOUND", index + 1);
        if (index == null)
            InputLimits.check().list("priorities", added(priorities)).throwIfAny();
        List<FieldProblem> problems = problemsOf(priority, "", conventionDomains, knownEnjeux);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        if (index == null) priorities.add(priority);
        else priorities.set(index, priority);
    }

    /** Removes the priority field at {@code index}. */
    public Priority removePriority(int index) {
        if (index < 0 || index >= priorities.size()) throw DomainException.notFound("PRIORITY_NOT_FOUND", index + 1);
        return priorities.remove(index);
    }

    private static List<FieldProblem> problemsOf(
            Priority p, String prefix, Collection<String> conventionDomains, Collection<String> knownEnjeux) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.field().isEmpty()) problems.add(FieldProblem.of(prefix + "field", "PRIORITY_FIELD_REQUIRED"));
        if (p.domain() == null || !conventionDomains.contains(p.domain())) {
            problems.add(FieldProblem.of(
                    prefix + "domain", "PRIORITY_DOMAIN_NOT_IN_CONVENTION", String.valueOf(p.domain())));
        }
        InputLimits.check().list(prefix + "enjeux", p.enjeux()).throwIfAny();
        for (String enjeu : p.enjeux()) {
            if (!knownEnjeux.contains(enjeu))
                problems.add(FieldProblem.of(prefix + "enjeux", "PRIORITY_ENJEU_UNKNOWN", enjeu));
        }
        problems.addAll(InputLimits.check()
                .title(prefix + "field", p.field())
                .titles(prefix + "axes", p.axes())
                .problems());
        return problems;
    }

    public List<Priority> priorities() {
        return List.copyOf(priorities);
    }

    /** Replaces the milestones; each needs a due date and a deliverable. */
    public void replaceMilestones(List<Milestone> next) {
        InputLimits.check().list("milestones", next).throwIfAny();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            problems.addAll(problemsOf(next.get(i), "milestones[" + i + "]."));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        milestones = new ArrayList<>(
                next.stream().sorted(Comparator.comparing(Milestone::dueOn)).toList());
    }

    /**
     * Adds a milestone ({@code index} null) or changes the due date and deliverable of the one at {@code index} (in due
     * date order), keeping when it was delivered; field names have no prefix.
     */
    public void putMilestone(Integer index, LocalDate dueOn, String deliverable) {
        if (index != null && (index < 0 || index >= milestones.size()))
            throw DomainException.notFound("MILESTONE_ROW_NOT_FOUND", index + 1);
        if (index == null)
            InputLimits.check().list("milestones", added(milestones)).throwIfAny();
        Milestone next = new Milestone(
                dueOn,
                deliverable == null ? null : deliverable.strip(),
                index == null ? null : milestones.get(index).doneOn());
        List<FieldProblem> problems = problemsOf(next, "");
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        if (index == null) milestones.add(next);
        else milestones.set(index, next);
        milestones.sort(Comparator.comparing(Milestone::dueOn));
    }

    /** Removes the milestone at {@code index} (in due date order). */
    public Milestone removeMilestone(int index) {
        if (index < 0 || index >= milestones.size())
            throw DomainException.notFound("MILESTONE_ROW_NOT_FOUND", index + 1);
        return milestones.remove(index);
    }

    private static List<FieldProblem> problemsOf(Milestone m, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (m.dueOn() == null) problems.add(FieldProblem.of(prefix + "dueOn", "MILESTONE_DUE_REQUIRED"));
        if (m.deliverable() == null || m.deliverable().isBlank()) {
            problems.add(FieldProblem.of(prefix + "deliverable", "MILESTONE_DELIVERABLE_REQUIRED"));
        }
        problems.addAll(InputLimits.check()
                .date(prefix + "dueOn", m.dueOn())
                .longText(prefix + "deliverable", m.deliverable())
                .date(prefix + "doneOn", m.doneOn())
                .problems());
        return problems;
    }

    /** A list one item longer than {@code list}: what adding an item would make of it, for its size limit. */
    private static List<Object> added(List<?> list) {
        List<Object> next = new ArrayList<>(list);
        next.add(null);
        return next;
    }

    /** Marks the milestone due on {@code dueOn} as delivered on {@code doneOn} (null: not delivered). */
    public void markMilestone(LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        InputLimits.check().date("doneOn", doneOn).throwIfAny();
        if (doneOn != null && doneOn.isAfter(today)) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("doneOn", "DATE_IN_FUTURE")));
        }
        boolean found = false;
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            if (m.dueOn().equals(dueOn)) {
                milestones.set(i, new Milestone(m.dueOn(), m.deliverable(), doneOn));
                found = true;
            }
        }
        if (!found) throw DomainException.notFound("MILESTONE_NOT_FOUND", dueOn);
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    /** The comité de pilotage validated the diagnostic on {@code on} (null withdraws the date). */
    public void validate(LocalDate on, LocalDate today) {
        InputLimits.check().date("validatedOn", on).throwIfAny();
        if (on != null && on.isAfter(today)) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("validatedOn", "DATE_IN_FUTURE")));
        }
        validatedByCopilOn = on;
    }

    public LocalDate validatedByCopilOn() {
        return validatedByCopilOn;
    }
}
