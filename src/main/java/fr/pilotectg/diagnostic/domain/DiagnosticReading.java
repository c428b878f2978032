package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.diagnostic.CoverageRate;
import fr.pilotectg.diagnostic.SchemaPlaces;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentTally;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.shared.FrenchOrder;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.DepartementView;
import fr.pilotectg.territory.EpciView;
import fr.pilotectg.territory.QpvView;
import fr.pilotectg.territory.Qpvs;
import fr.pilotectg.territory.Territories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the diagnostic: the report computed on read from the reference data, the register, the recorded figures and
 * the schéma's places ({@link SchemaFigures}), and the taux de couverture the evaluation asks for through the front door.
 */
@Service
public class DiagnosticReading {

    private final DiagnosticRepository repository;
    private final DiagnosticFlow flow;
    private final Conventions conventions;
    private final Territories territories;
    private final Qpvs referenceQpvs;
    private final EquipmentRegister register;
    private final IncomeReference income;

    DiagnosticReading(
            DiagnosticRepository repository,
            DiagnosticFlow flow,
            Conventions conventions,
            Territories territories,
            Qpvs referenceQpvs,
            EquipmentRegister register,
            IncomeReference income) {
        this.repository = repository;
        this.flow = flow;
        this.conventions = conventions;
        this.territories = territories;
        this.referenceQpvs = referenceQpvs;
        this.register = register;
        this.income = income;
    }

    public LocalDate today() {
        return flow.today();
    }

    // ---------------------------------------------------------------- reads

    /** The convention if the user may see it, else {@code CONVENTION_NOT_FOUND}. */
    @Transactional(readOnly = true)
    public ConventionSummary visibleConvention(UUID conventionId) {
        return flow.readable(conventionId);
    }

    /** Whether the signed-in user may change the diagnostic of {@code convention}. */
    public boolean canEdit(ConventionSummary convention) {
        return conventions.canWrite(convention);
    }

    @Transactional(readOnly = true)
    public DiagnosticReport report(UUID conventionId) {
        ConventionSummary convention = visibleConvention(conventionId);
        var stored = repository.find(conventionId);
        Diagnostic diagnostic =
                stored.map(DiagnosticRepository.Stored::value).orElseGet(() -> Diagnostic.start(conventionId));
        int version = stored.map(DiagnosticRepository.Stored::version).orElse(0);
        DiagnosticReport.Territory territory = territory(convention.communes());
        Integer population = territory.population();

        Figure populationFigure =
                diagnostic.figure(FigureScope.TERRITORY, FigureKind.POPULATION).orElse(null);
        Figure allocataires = diagnostic
                .figure(FigureScope.TERRITORY, FigureKind.ALLOCATAIRES)
                .orElse(null);
        Figure covered = diagnostic
                .figure(FigureScope.TERRITORY, FigureKind.PERSONNES_COUVERTES)
                .orElse(null);
        BigDecimal personsPerAllocataire =
                covered == null || allocataires == null || allocataires.value().signum() == 0
                        ? null
                        : covered.value().divide(allocataires.value(), 2, RoundingMode.HALF_UP);
        var caf = new DiagnosticReport.Caf(
                allocataires,
                covered,
                diagnostic.population(population),
                populationFigure,
                diagnostic.coveredShare(population),
                personsPerAllocataire);

        Counted counted = childcare(convention, diagnostic, territory);
        var childcare = counted.childcare();
        SchemaPlaces schema = SchemaFigures.places(
                repository.actionsOf(conventionId).stream()
                        .map(DiagnosticRepository.Stored::value)
                        .toList(),
                convention.start(),
                convention.end());

        List<DiagnosticReport.Comparison> comparisons = comparisons(diagnostic, territory, caf, childcare);
        boolean canEdit = conventions.canWrite(convention);
        return new DiagnosticReport(
                convention,
                version,
                canEdit,
                today(),
                territory,
                diagnostic.figures(),
                caf,
                childcare,
                counted.byType(),
                counted.placesByCommune(),
                schema,
                comparisons,
                diagnostic.analyses(),
                diagnostic.priorities(),
                diagnostic.milestones(),
                diagnostic.validatedByCopilOn());
    }

    /** The places of EAJE and MAM (for children under 3) in the taux de couverture. */
    public static boolean countsForChildcare(EquipmentType type) {
        return type.isEaje() || type == EquipmentType.MAM;
    }

    /**
     * The taux de couverture of the convention's territory (register places of open EAJE and MAM / the diagnostic's
     * children under 3), if the children figure is recorded; the same number the diagnostic page shows.
     */
    @Transactional(readOnly = true)
    public Optional<CoverageRate> coverage(ConventionSummary convention) {
        Diagnostic diagnostic = repository
                .find(convention.id())
                .map(DiagnosticRepository.Stored::value)
                .orElseGet(() -> Diagnostic.start(convention.id()));
        Map<String, String> names = new LinkedHashMap<>();
        DiagnosticReport.Childcare childcare =
                childcare(convention, diagnostic, names).childcare();
        Figure children = childcare.childrenUnder3();
        if (children == null || children.year() == null || childcare.coverageRate() == null) return Optional.empty();
        return Optional.of(
                new CoverageRate(childcare.coverageRate(), children.year(), childcare.places(), children.value()));
    }

    /** What the register holds for the territory, by type, and the childcare places with the coverage. */
    private record Counted(
            DiagnosticReport.Childcare childcare,
            List<DiagnosticReport.TypeLine> byType,
            List<DiagnosticReport.CommunePlaces> placesByCommune) {}

    private Counted childcare(
            ConventionSummary convention, Diagnostic diagnostic, DiagnosticReport.Territory territory) {
        Map<String, String> names = new LinkedHashMap<>();
        territory.communes().forEach(c -> names.put(c.inseeCode(), c.name()));
        return childcare(convention, diagnostic, names);
    }

    private Counted childcare(ConventionSummary convention, Diagnostic diagnostic, Map<String, String> names) {
        List<EquipmentTally> tallies = register.openTallies(convention.communes());
        Map<EquipmentType, DiagnosticReport.TypeLine> byType = new LinkedHashMap<>();
        List<DiagnosticReport.CommunePlaces> placesByCommune = new ArrayList<>();
        BigDecimal childcarePlaces = BigDecimal.ZERO;
        long childcareEntries = 0;
        for (EquipmentTally t : tallies.stream()
                .sorted(Comparator.comparing(EquipmentTally::type))
                .toList()) {
            byType.merge(
                    t.type(),
                    new DiagnosticReport.TypeLine(
                            t.type(), t.count(), zero(t.places()), zero(t.actes()), zero(t.etp())),
                    (a, b) -> new DiagnosticReport.TypeLine(
                            a.type(),
                            a.count() + b.count(),
                            a.places().add(b.places()),
                            a.actes().add(b.actes()),
                            a.etp().add(b.etp())));
            if (countsForChildcare(t.type())) {
                childcarePlaces = childcarePlaces.add(zero(t.places()));
                childcareEntries += t.count();
                placesByCommune.add(new DiagnosticReport.CommunePlaces(
                        t.communeCode(),
                        names.getOrDefault(t.communeCode(), t.communeCode()),
                        t.type(),
                        zero(t.places())));
            }
        }
        long withoutCapacity = register.openEntriesOf(convention.communes()).stream()
                .filter(e -> countsForChildcare(e.type()) && e.currentCapacity() == null)
                .count();
        Figure children = diagnostic
                .figure(FigureScope.TERRITORY, FigureKind.CHILDREN_UNDER_3)
                .orElse(null);
        var childcare = new DiagnosticReport.Childcare(
                childcarePlaces,
                childcareEntries,
                withoutCapacity,
                children,
                children == null ? null : Rates.childcareCoverage(childcarePlaces, children.value()),
                diagnostic
                        .figure(FigureScope.DEPARTEMENT, FigureKind.CHILDCARE_COVERAGE)
                        .orElse(null),
                diagnostic
                        .figure(FigureScope.EPCI, FigureKind.CHILDCARE_COVERAGE)
                        .orElse(null));

        return new Counted(childcare, List.copyOf(byType.values()), placesByCommune);
    }

    /** The recorded diagnostic (an empty one before the first change) and its version. */
    @Transactional(readOnly = true)
    public DiagnosticRepository.Stored<Diagnostic> get(UUID conventionId) {
        visibleConvention(conventionId);
        return repository
                .find(conventionId)
                .orElseGet(() -> new DiagnosticRepository.Stored<>(Diagnostic.start(conventionId), 0));
    }

    private DiagnosticReport.Territory territory(List<String> codes) {
        List<CommuneView> communes = territories.communes(codes).stream()
                .sorted(Comparator.comparing((CommuneView c) -> c.population() == null)
                        .thenComparing(CommuneView::name, FrenchOrder.NAMES))
                .toList();
        Integer population = null;
        String millesime = null;
        Map<String, EpciView> epcis = new LinkedHashMap<>();
        Map<String, DepartementView> departements = new LinkedHashMap<>();
        Map<String, QpvView> qpvs = new LinkedHashMap<>();
        List<DiagnosticReport.CommuneLine> lines = new ArrayList<>();
        for (CommuneView c : communes) {
            List<QpvView> own = c.population() == null ? List.of() : referenceQpvs.of(c.inseeCode());
            own.forEach(q -> qpvs.putIfAbsent(q.code(), q));
            if (c.population() != null) {
                population = (population == null ? 0 : population) + c.population();
                millesime = c.populationMillesime();
            }
            if (c.epciSiren() != null)
                epcis.computeIfAbsent(
                        c.epciSiren(), s -> territories.findEpci(s).orElse(null));
            if (c.departementCode() != null)
                departements.computeIfAbsent(
                        c.departementCode(), d -> territories.findDepartement(d).orElse(null));
            lines.add(new DiagnosticReport.CommuneLine(
                    c.inseeCode(),
                    c.name(),
                    c.kind().name(),
                    c.parentName(),
                    c.population(),
                    c.populationMillesime(),
                    income.medianOf(c.inseeCode()).orElse(null),
                    own));
        }
        return new DiagnosticReport.Territory(
                lines,
                population,
                millesime,
                millesime == null ? "INSEE, populations légales" : "INSEE, " + millesime,
                epcis.values().stream().filter(Objects::nonNull).toList(),
                departements.values().stream().filter(Objects::nonNull).toList(),
                List.copyOf(qpvs.values()),
                IncomeReference.SOURCE,
                IncomeReference.YEAR,
                IncomeReference.NATIONAL_MEDIAN);
    }

    private List<DiagnosticReport.Comparison> comparisons(
            Diagnostic d,
            DiagnosticReport.Territory territory,
            DiagnosticReport.Caf caf,
            DiagnosticReport.Childcare childcare) {
        List<DiagnosticReport.Comparison> rows = new ArrayList<>();
        EpciView epci = territory.epcis().size() == 1 ? territory.epcis().get(0) : null;
        var populationHere = caf.populationFigure() != null
                ? DiagnosticReport.Value.of(caf.populationFigure())
                : territory.population() == null
                        ? null
                        : new DiagnosticReport.Value(
                                BigDecimal.valueOf(territory.population()),
                                territory.populationSource(),
                                null,
                                false,
                                false);
        var populationEpci = d.figure(FigureScope.EPCI, FigureKind.POPULATION)
                .map(DiagnosticReport.Value::of)
                .orElse(
                        epci == null || epci.populationMunicipale() == null
                                ? null
                                : new DiagnosticReport.Value(
                                        BigDecimal.valueOf(epci.populationMunicipale()),
                                        "DGCL, population municipale de l’EPCI (" + territory.populationMillesime()
                                                + ")",
                                        null,
                                        false,
                                        false));
        rows.add(new DiagnosticReport.Comparison(
                FigureKind.POPULATION,
                false,
                populationHere,
                populationEpci,
                d.figure(FigureScope.DEPARTEMENT, FigureKind.POPULATION)
                        .map(DiagnosticReport.Value::of)
                        .orElse(null)));
        Integer shareYear = caf.personnesCouvertes() == null
                ? null
                : caf.personnesCouvertes().year();
        var shareHere = caf.coveredShare() == null
                ? null
                : new DiagnosticReport.Value(
                        caf.coveredShare(),
                        caf.personnesCouvertes().source(),
                        shareYear,
                        caf.personnesCouvertes().entered(),
                        true);
        rows.add(new DiagnosticReport.Comparison(
                FigureKind.CAF_COVERED_SHARE,
                true,
                shareHere,
                d.figure(FigureScope.EPCI, FigureKind.CAF_COVERED_SHARE)
                        .map(DiagnosticReport.Value::of)
                        .orElse(null),
                d.figure(FigureScope.DEPARTEMENT, FigureKind.CAF_COVERED_SHARE)
                        .map(DiagnosticReport.Value::of)
                        .orElse(null)));
        var coverageHere = childcare.coverageRate() == null
                ? null
                : new DiagnosticReport.Value(
                        childcare.coverageRate(),
                        childcare.childrenUnder3().source(),
                        childcare.childrenUnder3().year(),
                        childcare.childrenUnder3().entered(),
                        true);
        rows.add(new DiagnosticReport.Comparison(
                FigureKind.CHILDCARE_COVERAGE,
                true,
                coverageHere,
                Optional.ofNullable(childcare.epciRate())
                        .map(DiagnosticReport.Value::of)
                        .orElse(null),
                Optional.ofNullable(childcare.departementRate())
                        .map(DiagnosticReport.Value::of)
                        .orElse(null)));
        var incomeHere = d.figure(FigureScope.TERRITORY, FigureKind.MEDIAN_INCOME)
                .map(DiagnosticReport.Value::of)
                .orElse(
                        territory.communes().stream()
                                                .filter(c -> c.medianIncome() != null)
                                                .count()
                                        == 1
                                ? new DiagnosticReport.Value(
                                        territory.communes().stream()
                                                .filter(c -> c.medianIncome() != null)
                                                .findFirst()
                                                .orElseThrow()
                                                .medianIncome(),
                                        territory.incomeSource(),
                                        territory.incomeYear(),
                                        false,
                                        false)
                                : null);
        rows.add(new DiagnosticReport.Comparison(
                FigureKind.MEDIAN_INCOME,
                false,
                incomeHere,
                d.figure(FigureScope.EPCI, FigureKind.MEDIAN_INCOME)
                        .map(DiagnosticReport.Value::of)
                        .orElse(null),
                d.figure(FigureScope.DEPARTEMENT, FigureKind.MEDIAN_INCOME)
                        .map(DiagnosticReport.Value::of)
                        .orElse(null)));
        return rows;
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
