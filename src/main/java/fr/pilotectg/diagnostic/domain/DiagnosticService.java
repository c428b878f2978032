package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentTally;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.TabularUploads;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.platform.UploadLimits;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.DepartementView;
import fr.pilotectg.territory.EpciView;
import fr.pilotectg.territory.QpvView;
import fr.pilotectg.territory.Territories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The diagnostic use cases. Reads compute the report from the reference data, the register and the recorded figures;
 * each change checks the user's right on the convention's footprint, applies one verb of {@link Diagnostic}, saves it
 * with the version the user read and writes the audit trail in the same transaction.
 */
@Service
public class DiagnosticService {

    static final String ENTITY = "diagnostic";

    private final DiagnosticRepository repository;
    private final Conventions conventions;
    private final Territories territories;
    private final EquipmentRegister register;
    private final IncomeReference income;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final TabularUploads uploads;

    DiagnosticService(DiagnosticRepository repository, Conventions conventions, Territories territories, EquipmentRegister register,
            IncomeReference income, AccessControl access, AuditTrail audit, Clock clock, TabularUploads uploads) {
        this.uploads = uploads;
        this.repository = repository;
        this.conventions = conventions;
        this.territories = territories;
        this.register = register;
        this.income = income;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- reads

    /** The convention if the user may see it, else {@code CONVENTION_NOT_FOUND}. */
    @Transactional(readOnly = true)
    public ConventionSummary visibleConvention(UUID conventionId) {
        return conventions.findVisible(conventionId).orElseThrow(() -> notFound(conventionId));
    }

    /** Whether the signed-in user may change the diagnostic of {@code convention}. */
    public boolean canEdit(ConventionSummary convention) {
        return access.canWrite(Conventions.footprintOf(convention));
    }

    @Transactional(readOnly = true)
    public DiagnosticReport report(UUID conventionId) {
        ConventionSummary convention = visibleConvention(conventionId);
        var stored = repository.find(conventionId);
        Diagnostic diagnostic = stored.map(DiagnosticRepository.Stored::value).orElseGet(() -> Diagnostic.start(conventionId));
        int version = stored.map(DiagnosticRepository.Stored::version).orElse(0);
        DiagnosticReport.Territory territory = territory(convention.communes());
        Integer population = territory.population();

        Figure populationFigure = diagnostic.figure(FigureScope.TERRITORY, FigureKind.POPULATION).orElse(null);
        Figure allocataires = diagnostic.figure(FigureScope.TERRITORY, FigureKind.ALLOCATAIRES).orElse(null);
        Figure covered = diagnostic.figure(FigureScope.TERRITORY, FigureKind.PERSONNES_COUVERTES).orElse(null);
        BigDecimal personsPerAllocataire = covered == null || allocataires == null || allocataires.value().signum() == 0 ? null
                : covered.value().divide(allocataires.value(), 2, RoundingMode.HALF_UP);
        var caf = new DiagnosticReport.Caf(allocataires, covered, diagnostic.population(population), populationFigure,
                diagnostic.coveredShare(population), personsPerAllocataire);

        List<EquipmentTally> tallies = register.openTallies(convention.communes());
        Map<String, String> names = new LinkedHashMap<>();
        territory.communes().forEach(c -> names.put(c.inseeCode(), c.name()));
        Map<EquipmentType, DiagnosticReport.TypeLine> byType = new LinkedHashMap<>();
        List<DiagnosticReport.CommunePlaces> placesByCommune = new ArrayList<>();
        BigDecimal childcarePlaces = BigDecimal.ZERO;
        long childcareEntries = 0;
        for (EquipmentTally t : tallies.stream().sorted(Comparator.comparing(EquipmentTally::type)).toList()) {
            byType.merge(t.type(), new DiagnosticReport.TypeLine(t.type(), t.count(), zero(t.places()), zero(t.actes()), zero(t.etp())),
                    (a, b) -> new DiagnosticReport.TypeLine(a.type(), a.count() + b.count(), a.places().add(b.places()),
                            a.actes().add(b.actes()), a.etp().add(b.etp())));
            if (countsForChildcare(t.type())) {
                childcarePlaces = childcarePlaces.add(zero(t.places()));
                childcareEntries += t.count();
                placesByCommune.add(new DiagnosticReport.CommunePlaces(t.communeCode(), names.getOrDefault(t.communeCode(), t.communeCode()),
                        t.type(), zero(t.places())));
            }
        }
        long withoutCapacity = register.openEntriesOf(convention.communes()).stream()
                .filter(e -> countsForChildcare(e.type()) && e.currentCapacity() == null).count();
        Figure children = diagnostic.figure(FigureScope.TERRITORY, FigureKind.CHILDREN_UNDER_3).orElse(null);
        var childcare = new DiagnosticReport.Childcare(childcarePlaces, childcareEntries, withoutCapacity, children,
                children == null ? null : Rates.childcareCoverage(childcarePlaces, children.value()),
                diagnostic.figure(FigureScope.DEPARTEMENT, FigureKind.CHILDCARE_COVERAGE).orElse(null),
                diagnostic.figure(FigureScope.EPCI, FigureKind.CHILDCARE_COVERAGE).orElse(null));

        List<DiagnosticReport.Comparison> comparisons = comparisons(diagnostic, territory, caf, childcare);
        boolean canEdit = access.canWrite(Conventions.footprintOf(convention));
        return new DiagnosticReport(convention, version, canEdit, today(), territory, diagnostic.figures(), caf, childcare,
                List.copyOf(byType.values()), placesByCommune, comparisons, diagnostic.analyses(), diagnostic.priorities(),
                diagnostic.milestones(), diagnostic.validatedByCopilOn());
    }

    /** The places of EAJE and MAM (for children under 3) in the taux de couverture. */
    public static boolean countsForChildcare(EquipmentType type) {
        return type.isEaje() || type == EquipmentType.MAM;
    }

    /** The recorded diagnostic (an empty one before the first change) and its version. */
    @Transactional(readOnly = true)
    public DiagnosticRepository.Stored<Diagnostic> get(UUID conventionId) {
        visibleConvention(conventionId);
        return repository.find(conventionId).orElseGet(() -> new DiagnosticRepository.Stored<>(Diagnostic.start(conventionId), 0));
    }

    private DiagnosticReport.Territory territory(List<String> codes) {
        List<CommuneView> communes = territories.communes(codes).stream()
                .sorted(Comparator.comparing((CommuneView c) -> c.population() == null).thenComparing(CommuneView::name)).toList();
        Integer population = null;
        String millesime = null;
        Map<String, EpciView> epcis = new LinkedHashMap<>();
        Map<String, DepartementView> departements = new LinkedHashMap<>();
        Map<String, QpvView> qpvs = new LinkedHashMap<>();
        List<DiagnosticReport.CommuneLine> lines = new ArrayList<>();
        for (CommuneView c : communes) {
            List<QpvView> own = c.population() == null ? List.of() : territories.qpvsOf(c.inseeCode());
            own.forEach(q -> qpvs.putIfAbsent(q.code(), q));
            if (c.population() != null) {
                population = (population == null ? 0 : population) + c.population();
                millesime = c.populationMillesime();
            }
            if (c.epciSiren() != null) epcis.computeIfAbsent(c.epciSiren(), s -> territories.findEpci(s).orElse(null));
            if (c.departementCode() != null) departements.computeIfAbsent(c.departementCode(), d -> territories.findDepartement(d).orElse(null));
            lines.add(new DiagnosticReport.CommuneLine(c.inseeCode(), c.name(), c.kind().name(), c.parentName(), c.population(),
                    c.populationMillesime(), income.medianOf(c.inseeCode()).orElse(null), own));
        }
        return new DiagnosticReport.Territory(lines, population, millesime,
                millesime == null ? "INSEE, populations légales" : "INSEE, " + millesime,
                epcis.values().stream().filter(Objects::nonNull).toList(), departements.values().stream().filter(Objects::nonNull).toList(),
                List.copyOf(qpvs.values()), IncomeReference.SOURCE, IncomeReference.YEAR, IncomeReference.NATIONAL_MEDIAN);
    }

    private List<DiagnosticReport.Comparison> comparisons(Diagnostic d, DiagnosticReport.Territory territory, DiagnosticReport.Caf caf,
            DiagnosticReport.Childcare childcare) {
        List<DiagnosticReport.Comparison> rows = new ArrayList<>();
        EpciView epci = territory.epcis().size() == 1 ? territory.epcis().get(0) : null;
        var populationHere = caf.populationFigure() != null ? DiagnosticReport.Value.of(caf.populationFigure())
                : territory.population() == null ? null
                : new DiagnosticReport.Value(BigDecimal.valueOf(territory.population()), territory.populationSource(), null, false, false);
        var populationEpci = d.figure(FigureScope.EPCI, FigureKind.POPULATION).map(DiagnosticReport.Value::of)
                .orElse(epci == null || epci.populationMunicipale() == null ? null : new DiagnosticReport.Value(
                        BigDecimal.valueOf(epci.populationMunicipale()), "DGCL, population municipale de l’EPCI (" + territory.populationMillesime() + ")", null, false, false));
        rows.add(new DiagnosticReport.Comparison(FigureKind.POPULATION, false, populationHere, populationEpci,
                d.figure(FigureScope.DEPARTEMENT, FigureKind.POPULATION).map(DiagnosticReport.Value::of).orElse(null)));
        Integer shareYear = caf.personnesCouvertes() == null ? null : caf.personnesCouvertes().year();
        var shareHere = caf.coveredShare() == null ? null
                : new DiagnosticReport.Value(caf.coveredShare(), caf.personnesCouvertes().source(), shareYear, caf.personnesCouvertes().entered(), true);
        rows.add(new DiagnosticReport.Comparison(FigureKind.CAF_COVERED_SHARE, true, shareHere,
                d.figure(FigureScope.EPCI, FigureKind.CAF_COVERED_SHARE).map(DiagnosticReport.Value::of).orElse(null),
                d.figure(FigureScope.DEPARTEMENT, FigureKind.CAF_COVERED_SHARE).map(DiagnosticReport.Value::of).orElse(null)));
        var coverageHere = childcare.coverageRate() == null ? null
                : new DiagnosticReport.Value(childcare.coverageRate(), childcare.childrenUnder3().source(), childcare.childrenUnder3().year(),
                        childcare.childrenUnder3().entered(), true);
        rows.add(new DiagnosticReport.Comparison(FigureKind.CHILDCARE_COVERAGE, true, coverageHere, Optional.ofNullable(childcare.epciRate())
                .map(DiagnosticReport.Value::of).orElse(null), Optional.ofNullable(childcare.departementRate()).map(DiagnosticReport.Value::of).orElse(null)));
        var incomeHere = d.figure(FigureScope.TERRITORY, FigureKind.MEDIAN_INCOME).map(DiagnosticReport.Value::of).orElse(
                territory.communes().stream().filter(c -> c.medianIncome() != null).count() == 1
                        ? new DiagnosticReport.Value(territory.communes().stream().filter(c -> c.medianIncome() != null).findFirst().orElseThrow()
                                .medianIncome(), territory.incomeSource(), territory.incomeYear(), false, false)
                        : null);
        rows.add(new DiagnosticReport.Comparison(FigureKind.MEDIAN_INCOME, false, incomeHere,
                d.figure(FigureScope.EPCI, FigureKind.MEDIAN_INCOME).map(DiagnosticReport.Value::of).orElse(null),
                d.figure(FigureScope.DEPARTEMENT, FigureKind.MEDIAN_INCOME).map(DiagnosticReport.Value::of).orElse(null)));
        return rows;
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    // ---------------------------------------------------------------- changes

    /** Records (or replaces) a figure; returns the diagnostic's new version. */
    @Transactional
    public int recordFigure(UUID conventionId, int expectedVersion, Figure figure) {
        return change(conventionId, expectedVersion, "figure-recorded", d -> {
            Integer reference = territory(conventions.find(conventionId).orElseThrow().communes()).population();
            d.recordFigure(figure, reference);
        }, "Chiffre « " + figure.kind() + " » (" + figure.scope() + ") : " + figure.value().toPlainString() + ", " + figure.source()
                + " " + figure.year());
    }

    @Transactional
    public int removeFigure(UUID conventionId, int expectedVersion, FigureScope scope, FigureKind kind) {
        return change(conventionId, expectedVersion, "figure-removed", d -> {
            if (!d.removeFigure(scope, kind)) throw DomainException.notFound("FIGURE_NOT_FOUND", kind, scope);
        }, "Chiffre « " + kind + " » (" + scope + ") retiré");
    }

    @Transactional
    public int writeAnalysis(UUID conventionId, int expectedVersion, Analysis analysis) {
        return change(conventionId, expectedVersion, "analysis-written", d -> d.writeAnalysis(analysis),
                "Analyse « " + analysis.section() + " » : " + analysis.status());
    }

    @Transactional
    public int replacePriorities(UUID conventionId, int expectedVersion, List<Priority> priorities) {
        return change(conventionId, expectedVersion, "priorities-replaced",
                d -> d.replacePriorities(priorities, conventions.find(conventionId).orElseThrow().domains()),
                priorities.size() + " champ(s) d’intervention prioritaire(s)");
    }

    @Transactional
    public int replaceMilestones(UUID conventionId, int expectedVersion, List<Milestone> milestones) {
        return change(conventionId, expectedVersion, "milestones-replaced", d -> d.replaceMilestones(milestones),
                milestones.size() + " échéance(s) du diagnostic");
    }

    /** Adds a priority field ({@code index} null) or replaces the one at {@code index}. */
    @Transactional
    public int putPriority(UUID conventionId, int expectedVersion, Integer index, Priority priority) {
        return change(conventionId, expectedVersion, index == null ? "priority-added" : "priority-updated",
                d -> d.putPriority(index, priority, conventions.find(conventionId).orElseThrow().domains()),
                "Champ d’intervention prioritaire « " + priority.field() + " » " + (index == null ? "ajouté" : "modifié"));
    }

    @Transactional
    public int removePriority(UUID conventionId, int expectedVersion, int index) {
        return change(conventionId, expectedVersion, "priority-removed", d -> d.removePriority(index),
                "Champ d’intervention prioritaire retiré");
    }

    /** Adds a milestone ({@code index} null) or changes the one at {@code index} (in due date order). */
    @Transactional
    public int putMilestone(UUID conventionId, int expectedVersion, Integer index, LocalDate dueOn, String deliverable) {
        return change(conventionId, expectedVersion, index == null ? "milestone-added" : "milestone-updated",
                d -> d.putMilestone(index, dueOn, deliverable),
                "Échéance du " + dueOn + " « " + deliverable + " » " + (index == null ? "ajoutée" : "modifiée"));
    }

    @Transactional
    public int removeMilestone(UUID conventionId, int expectedVersion, int index) {
        return change(conventionId, expectedVersion, "milestone-removed", d -> d.removeMilestone(index), "Échéance du diagnostic retirée");
    }

    @Transactional
    public int markMilestone(UUID conventionId, int expectedVersion, LocalDate dueOn, LocalDate doneOn) {
        return change(conventionId, expectedVersion, "milestone-marked", d -> d.markMilestone(dueOn, doneOn, today()),
                "Échéance du " + dueOn + (doneOn == null ? " : non réalisée" : " : réalisée le " + doneOn));
    }

    @Transactional
    public int validate(UUID conventionId, int expectedVersion, LocalDate on) {
        return change(conventionId, expectedVersion, "validated", d -> d.validate(on, today()),
                on == null ? "Date de validation en comité de pilotage retirée" : "Validé en comité de pilotage le " + on);
    }

    /** Caf figures are a few dozen: {@code pilote.upload.imports.diagnostic-figures.*}, 1 MB and 200 rows by default. */
    public UploadLimits figureLimits() {
        return uploads.limits("diagnostic-figures", DataSize.ofMegabytes(1), FigureCsv.MAX_LINES);
    }

    /**
     * The dry run of a file of Caf figures (CSV, or XLSX first sheet): each line read and checked, then tried in order on
     * a copy of the diagnostic (the Caf's personnes couvertes may not exceed the population…). Nothing is saved; only
     * someone who may change the diagnostic may run it, and the file is read after that check.
     */
    @Transactional(readOnly = true)
    public List<FigureCsv.Row> checkImport(UUID conventionId, Upload upload) {
        ConventionSummary convention = writableConvention(conventionId);
        List<FigureCsv.Row> rows = FigureCsv.read(uploads.read(figureLimits(), upload));
        Diagnostic stored = repository.find(conventionId).map(DiagnosticRepository.Stored::value).orElseGet(() -> Diagnostic.start(conventionId));
        return tryRows(Diagnostic.restore(conventionId, stored.data()), rows, territory(convention.communes()).population());
    }

    /** An uploaded file of figures as the CSV text of the import form, for who may change the diagnostic. */
    @Transactional(readOnly = true)
    public String importText(UUID conventionId, Upload upload) {
        writableConvention(conventionId);
        return FigureCsv.text(uploads.read(figureLimits(), upload));
    }

    /** Imports a file of Caf figures (origin IMPORTED), all or nothing: one refused line refuses the file. */
    @Transactional
    public FigureCsv.Imported importFigures(UUID conventionId, int expectedVersion, Upload upload) {
        writableConvention(conventionId);
        List<FigureCsv.Row> rows = FigureCsv.read(uploads.read(figureLimits(), upload));
        int version = change(conventionId, expectedVersion, "figures-imported", d -> {
            Integer reference = territory(conventions.find(conventionId).orElseThrow().communes()).population();
            List<FigureCsv.Row> tried = tryRows(Diagnostic.restore(conventionId, d.data()), rows, reference);
            long rejected = tried.stream().filter(r -> !r.accepted()).count();
            if (rejected > 0) throw DomainException.rule("FIGURE_IMPORT_REJECTED", rejected);
            tried.forEach(r -> d.recordFigure(r.figure(), reference));
        }, rows.size() + " chiffre(s) importé(s) d’un fichier CSV");
        return new FigureCsv.Imported(rows, version);
    }

    private ConventionSummary writableConvention(UUID conventionId) {
        ConventionSummary convention = conventions.find(conventionId).orElseThrow(() -> notFound(conventionId));
        access.requireWrite(Conventions.footprintOf(convention), () -> notFound(conventionId));
        return convention;
    }

    private static List<FigureCsv.Row> tryRows(Diagnostic copy, List<FigureCsv.Row> rows, Integer referencePopulation) {
        List<FigureCsv.Row> tried = new ArrayList<>();
        for (FigureCsv.Row row : rows) {
            if (!row.accepted()) {
                tried.add(row);
                continue;
            }
            try {
                copy.recordFigure(row.figure(), referencePopulation);
                tried.add(row);
            } catch (DomainException e) {
                tried.add(new FigureCsv.Row(row.line(), row.text(), null, e.fields()));
            }
        }
        return tried;
    }

    /** Loads for writing, applies {@code verb}, saves with the version the user read, audits. */
    private int change(UUID conventionId, int expectedVersion, String action, Consumer<Diagnostic> verb, String summary) {
        ConventionSummary convention = conventions.find(conventionId).orElseThrow(() -> notFound(conventionId));
        Footprint footprint = Conventions.footprintOf(convention);
        access.requireWrite(footprint, () -> notFound(conventionId));
        var stored = repository.find(conventionId);
        int current = stored.map(DiagnosticRepository.Stored::version).orElse(0);
        if (current != expectedVersion) throw new OptimisticLockingFailureException("diagnostic " + conventionId + " changed since read");
        Diagnostic diagnostic = stored.map(DiagnosticRepository.Stored::value).orElseGet(() -> Diagnostic.start(conventionId));
        DiagnosticData before = diagnostic.data();
        verb.accept(diagnostic);
        int version;
        try {
            version = repository.save(diagnostic, stored.isPresent() ? expectedVersion : null, actor());
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("diagnostic " + conventionId + " created meanwhile", e);
        }
        audit.record(new AuditRecord(ENTITY, conventionId.toString(), action, summary, AuditChange.between(before, diagnostic.data()),
                footprint));
        return version;
    }

    /** Loads a start-up diagnostic (demo data) with no user signed in; does nothing when one exists. */
    @Transactional
    public void loadAsSystem(Diagnostic diagnostic) {
        if (repository.find(diagnostic.conventionId()).isPresent()) return;
        repository.save(diagnostic, null, "system");
        conventions.find(diagnostic.conventionId()).ifPresent(c -> audit.record(new AuditRecord(ENTITY, diagnostic.conventionId().toString(),
                "loaded", "Diagnostic chargé (données de démonstration)", List.of(), Conventions.footprintOf(c))));
    }

    static DomainException notFound(UUID conventionId) {
        return DomainException.notFound("CONVENTION_NOT_FOUND", conventionId);
    }

    static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }

    /** For the schéma: an entry of the register, if the user may see it. */
    Optional<EquipmentView> equipment(UUID id) {
        return register.find(id);
    }
}
