package fr.pilotectg.financing.domain;

import fr.pilotectg.shared.Euros;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the financing of a convention is computed from, as entered: the BT envelope the convention states, the territories
 * (CEJ reference N-1, wealth tranche chosen by the Caf, rattrapage), and the structures with their places, hours, fees and
 * PS amounts by year. Every field may be absent: absent means unknown (« non renseigné »), never 0.
 */
public record FinancingInputs(
        Envelope envelope, List<Territory> territories, List<Structure> structures, List<StatedAmount> statedAmounts) {

    public FinancingInputs {
        territories = territories == null ? List.of() : List.copyOf(territories);
        structures = structures == null ? List.of() : List.copyOf(structures);
        statedAmounts = statedAmounts == null ? List.of() : List.copyOf(statedAmounts);
    }

    public FinancingInputs(Envelope envelope, List<Territory> territories, List<Structure> structures) {
        this(envelope, territories, structures, List.of());
    }

    public static FinancingInputs empty() {
        return new FinancingInputs(null, List.of(), List.of(), List.of());
    }

    /** What an amount a convention cites is: kept apart from the computed Caf financing, never added to it. */
    public enum StatedKind {
        CAF_ACTION_SOCIALE,
        PRESTATIONS_LEGALES,
        OTHER_FUNDER,
        RELATED_PROGRAMME
    }

    /**
     * An amount a convention or its diagnostic cites (Armentières 2021: Caf funding PS + BT 1 428 395,63 €), with its
     * year, kind and source, and the population and allocataires it may be divided by (per inhabitant, per allocataire).
     */
    public record StatedAmount(
            StatedKind kind,
            Integer year,
            Euros amount,
            Integer inhabitants,
            Integer allocataires,
            String label,
            String source) {}

    public Optional<Territory> territory(String key) {
        return key == null
                ? Optional.empty()
                : territories.stream().filter(t -> key.equals(t.key())).findFirst();
    }

    /** The BT envelope a convention or its deliberation states, with what it covers (null: not said → UNKNOWN). */
    public record Envelope(Euros amount, EnvelopePeriod period, String source) {}

    /**
     * A territory of competence (a signatory collectivité's communes): the PSEJ « charge à payer » of the CEJ in year N-1
     * (total, and the EAJE part smoothed over its existing places), the new-place tranche the Caf chose (1 = QPV/ZRR
     * maximum … 3 = lowest), the rattrapage granted per existing place, the co-financed places of 2023 and the target of
     * 2027 (bonus trajectoire).
     */
    public record Territory(
            String key,
            String label,
            Euros cejReferenceTotal,
            Euros cejReferenceEaje,
            Integer tranche,
            Boolean trancheHypothesis,
            Euros rattrapagePerPlace,
            Integer cofinancedPlaces2023,
            Integer cofinancedPlaces2027,
            String source) {}

    /** Which signatory collectivité supports a structure financially, from which day. */
    public record Support(UUID organisationId, String organisationName, LocalDate from) {}

    /**
     * The gestionnaire of a structure, who receives the Caf's money and its statement: an organisation of the directory
     * (its users read the statement) or a name only.
     */
    public record Operator(UUID organisationId, String name) {}

    /** New places opened in {@code year} (month 1–12, null if not known). */
    public record Opening(Integer places, Integer year, Integer month, String note) {}

    /**
     * The figures of one year of a structure; the places (EAJE, PSU) or hours (ALSH contracted hours, LAEP/RPE units)
     * of the year and its opening and closing months (1–12) are what the Caf agent enters or imports.
     */
    public record YearFigures(
            Integer year,
            Euros ps,
            BigDecimal averageFeePerHour,
            BigDecimal disabilityShare,
            Euros costPerPlace,
            BigDecimal inclusiveChildHours,
            BigDecimal newHours,
            Euros btFlat,
            Integer rpeMissions,
            BigDecimal rpeEtp,
            Euros rpeExpenses,
            Integer places,
            BigDecimal hours,
            Integer openingMonth,
            Integer closingMonth) {

        /** The figures the funding engine reads, the year's places, hours and months not known. */
        public YearFigures(
                Integer year,
                Euros ps,
                BigDecimal averageFeePerHour,
                BigDecimal disabilityShare,
                Euros costPerPlace,
                BigDecimal inclusiveChildHours,
                BigDecimal newHours,
                Euros btFlat,
                Integer rpeMissions,
                BigDecimal rpeEtp,
                Euros rpeExpenses) {
            this(
                    year,
                    ps,
                    averageFeePerHour,
                    disabilityShare,
                    costPerPlace,
                    inclusiveChildHours,
                    newHours,
                    btFlat,
                    rpeMissions,
                    rpeEtp,
                    rpeExpenses,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /**
     * A structure (EAJE, ALSH, RPE…) of the convention's territory: its territory key, its support by a signatory, its
     * zoning (QPV, ZRR), existing places (EAJE/ALSH) or contracted hours (ALSH), its new-place openings and its figures
     * by year.
     */
    public record Structure(
            String id,
            String name,
            StructureKind kind,
            String territory,
            UUID equipmentId,
            Support support,
            Boolean qpv,
            Boolean zrr,
            Integer existingPlaces,
            BigDecimal existingHours,
            Euros cejReference,
            List<Opening> openings,
            List<YearFigures> years,
            String source,
            Operator operator) {

        public Structure {
            openings = openings == null ? List.of() : List.copyOf(openings);
            years = years == null ? List.of() : List.copyOf(years);
        }

        public Optional<YearFigures> year(int year) {
            for (YearFigures y : years) if (y.year() != null && y.year() == year) return Optional.of(y);
            return Optional.empty();
        }
    }
}
