package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.diagnostic.SchemaPlaces;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.territory.DepartementView;
import fr.pilotectg.territory.EpciView;
import fr.pilotectg.territory.QpvView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the diagnostic page and API show for a convention's territory, computed on read: reference data (INSEE
 * population, EPCI, QPV, Filosofi), the register's equipment and places, the recorded figures and what follows from them.
 *
 * @param schema the places for children under 3 planned and created by the schéma de développement
 * @param version the diagnostic's version, to send back with a change (0 before the first change)
 */
public record DiagnosticReport(
        ConventionSummary convention,
        int version,
        boolean canEdit,
        LocalDate today,
        Territory territory,
        List<Figure> figures,
        Caf caf,
        Childcare childcare,
        List<TypeLine> equipmentByType,
        List<CommunePlaces> placesByCommune,
        SchemaPlaces schema,
        List<Comparison> comparisons,
        List<Analysis> analyses,
        List<Priority> priorities,
        List<Milestone> milestones,
        LocalDate validatedByCopilOn) {

    /** A commune of the territory with its reference population and median income (null where the source has none). */
    public record CommuneLine(
            String inseeCode,
            String name,
            String kind,
            String parentName,
            Integer population,
            String millesime,
            BigDecimal medianIncome,
            List<QpvView> qpvs) {}

    /**
     * @param population INSEE population légale of the communes that have one (communes associées count in their parent)
     */
    public record Territory(
            List<CommuneLine> communes,
            Integer population,
            String populationMillesime,
            String populationSource,
            List<EpciView> epcis,
            List<DepartementView> departements,
            List<QpvView> qpvs,
            String incomeSource,
            int incomeYear,
            BigDecimal nationalMedianIncome) {}

    /**
     * The Caf's figures on the territory and their share of the population.
     *
     * @param population the population the share is computed on; {@code populationFigure} says where it comes from (null:
     *     the INSEE reference population)
     */
    public record Caf(
            Figure allocataires,
            Figure personnesCouvertes,
            BigDecimal population,
            Figure populationFigure,
            BigDecimal coveredShare,
            BigDecimal personsPerAllocataire) {}

    /**
     * Places for children under 3 in the register (EAJE and MAM, open today) and the taux de couverture when the number
     * of children is recorded.
     *
     * @param entriesWithoutCapacity open EAJE/MAM entries whose capacity the register does not know (the rate is then a floor)
     */
    public record Childcare(
            BigDecimal places,
            long entries,
            long entriesWithoutCapacity,
            Figure childrenUnder3,
            BigDecimal coverageRate,
            Figure departementRate,
            Figure epciRate) {}

    public record TypeLine(EquipmentType type, long count, BigDecimal places, BigDecimal actes, BigDecimal etp) {}

    /** Places by commune and type, for the chart and its table. */
    public record CommunePlaces(String communeCode, String communeName, EquipmentType type, BigDecimal places) {}

    /**
     * One indicator for the territory, the EPCI and the département, each with where it comes from.
     *
     * @param percentage whether the values are percentages
     */
    public record Comparison(FigureKind kind, boolean percentage, Value territory, Value epci, Value departement) {}

    /** A value with its source and year; {@code entered} when typed by hand, {@code computed} when derived here. */
    public record Value(BigDecimal value, String source, Integer year, boolean entered, boolean computed) {

        public static Value of(Figure f) {
            return f == null ? null : new Value(f.value(), f.source(), f.year(), f.entered(), false);
        }
    }
}
