package fr.pilotectg.financing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.financing.domain.FinancingInputs.Opening;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.Support;
import fr.pilotectg.financing.domain.FinancingInputs.Territory;
import fr.pilotectg.financing.domain.FinancingInputs.YearFigures;
import fr.pilotectg.shared.Euros;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the financing engine on generated structures. */
class FundingEngineProperties {

    static final Parameters NATIONAL = ShippedParameters.parameters();
    static final List<YearParameters> YEARS = List.of(
            NATIONAL.forYear(2021, null),
            NATIONAL.forYear(2022, null),
            NATIONAL.forYear(2023, null),
            NATIONAL.forYear(2024, null));

    @Provide
    Arbitrary<Structure> structures() {
        Arbitrary<Integer> places = Arbitraries.integers().between(0, 120);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> year = Arbitraries.integers().between(2021, 2024);
        Arbitrary<Boolean> qpv = Arbitraries.of(true, false);
        Arbitrary<BigDecimal> fee = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("3"))
                .ofScale(2);
        return Combinators.combine(places, places, month, year, qpv, fee)
                .as((existing, added, m, y, q, f) -> new Structure(
                        "S",
                        "S",
                        StructureKind.EAJE,
                        "T",
                        null,
                        new Support(UUID.randomUUID(), "Commune", LocalDate.of(2020, 1, 1)),
                        q,
                        false,
                        existing,
                        null,
                        null,
                        List.of(new Opening(added, y, m, null)),
                        List.of(new YearFigures(
                                y, Euros.of("1000"), f, BigDecimal.ZERO, null, null, null, null, null, null, null)),
                        "gen",
                        null));
    }

    static Territory territory(int tranche) {
        return new Territory("T", "T", Euros.of("100000"), Euros.of("50000"), tranche, false, null, null, null, "gen");
    }

    @Property
    void aProratedOpeningYearNeverExceedsAFullYear(
            @ForAll("structures") Structure s, @ForAll @IntRange(min = 1, max = 3) int tranche) {
        Opening o = s.openings().get(0);
        List<FundingLine> opening = new ArrayList<>();
        List<FundingLine> following = new ArrayList<>();
        FundingEngine.lines(s, territory(tranche), s.existingPlaces(), NATIONAL.forYear(o.year(), null), opening);
        FundingEngine.lines(s, territory(tranche), s.existingPlaces(), NATIONAL.forYear(o.year() + 1, null), following);
        Euros prorated = newPlaces(opening);
        Euros annual = newPlaces(following);
        assertThat(prorated).isLessThanOrEqualTo(annual);
        assertThat(prorated.amount().signum()).isGreaterThanOrEqualTo(0);
    }

    private static Euros newPlaces(List<FundingLine> lines) {
        return lines.stream()
                .filter(l -> l.kind() == FundingKind.BT_NEW)
                .map(FundingLine::amount)
                .reduce(Euros.ZERO, Euros::plus);
    }

    @Property
    void totalsAreTheSumsOfTheirKnownLines(@ForAll("structures") Structure a, @ForAll("structures") Structure b) {
        Structure second = new Structure(
                "S2",
                "S2",
                b.kind(),
                b.territory(),
                null,
                b.support(),
                b.qpv(),
                b.zrr(),
                b.existingPlaces(),
                null,
                null,
                b.openings(),
                b.years(),
                "gen",
                null);
        FinancingInputs inputs = new FinancingInputs(null, List.of(territory(2)), List.of(a, second));
        List<FundingLine> lines = FundingEngine.compute(inputs, YEARS);
        FundingPlan plan = FundingPlan.of(inputs, List.of(2021, 2022, 2023, 2024), lines, EnvelopePeriod.UNKNOWN);
        Euros known = lines.stream()
                .filter(FundingLine::known)
                .map(FundingLine::amount)
                .reduce(Euros.ZERO, Euros::plus);
        long unknown = lines.stream().filter(l -> !l.known()).count();
        assertThat(plan.total().amount()).isEqualTo(known);
        assertThat(plan.total().unknownLines()).isEqualTo((int) unknown);
        assertThat(plan.byYear().values().stream()
                        .map(FundingPlan.Total::amount)
                        .reduce(Euros.ZERO, Euros::plus))
                .isEqualTo(known);
        assertThat(plan.byStructure().values().stream()
                        .map(FundingPlan.Total::amount)
                        .reduce(Euros.ZERO, Euros::plus))
                .isEqualTo(known);
        assertThat(plan.bySource().values().stream()
                        .map(FundingPlan.Total::amount)
                        .reduce(Euros.ZERO, Euros::plus))
                .isEqualTo(known);
    }

    @Property
    void everyLineIsToTheCentAndAnUnknownLineNamesWhatIsMissing(@ForAll("structures") Structure s) {
        List<FundingLine> lines =
                FundingEngine.compute(new FinancingInputs(null, List.of(territory(1)), List.of(s)), YEARS);
        for (FundingLine l : lines) {
            if (l.known()) assertThat(l.amount().amount().scale()).isEqualTo(2);
            else assertThat(l.explanation().missing()).isNotEmpty();
        }
    }

    @Property
    void theMaximumTrancheNeverPaysLessThanTheLowest(@ForAll("structures") Structure s) {
        Structure outside = new Structure(
                "S",
                "S",
                s.kind(),
                "T",
                null,
                s.support(),
                false,
                false,
                s.existingPlaces(),
                null,
                null,
                s.openings(),
                s.years(),
                "gen",
                null);
        Structure qpv = new Structure(
                "S",
                "S",
                s.kind(),
                "T",
                null,
                s.support(),
                true,
                false,
                s.existingPlaces(),
                null,
                null,
                s.openings(),
                s.years(),
                "gen",
                null);
        for (YearParameters p : YEARS) {
            List<FundingLine> low = new ArrayList<>();
            List<FundingLine> high = new ArrayList<>();
            FundingEngine.lines(outside, territory(3), s.existingPlaces(), p, low);
            FundingEngine.lines(qpv, territory(3), s.existingPlaces(), p, high);
            assertThat(newPlaces(high)).isGreaterThanOrEqualTo(newPlaces(low));
        }
    }
}
