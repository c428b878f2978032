package fr.pilotectg.financing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.financing.ParameterCode;
import fr.pilotectg.financing.domain.FinancingInputs.Envelope;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of domain-spec §4.6 (E1–E5) and of the addendum §1.7 (B1–B4), with the parameter values they state
 * (those the migration ships), and the issue's « done when » amounts.
 */
class FundingEngineAcceptanceTests {

    static final UUID CAF = UUID.randomUUID();
    static final Support SUPPORTED = new Support(UUID.randomUUID(), "Ville de Lille", LocalDate.of(2021, 1, 1));
    static final Parameters NATIONAL = ShippedParameters.parameters();

    static Territory territory(Integer tranche) {
        return new Territory("LILLE", "Lille", null, null, tranche, false, null, null, null, "test");
    }

    static Structure eaje(String id, Boolean qpv, Integer existing, List<Opening> openings, List<YearFigures> years) {
        return new Structure(
                id,
                id,
                StructureKind.EAJE,
                "LILLE",
                null,
                SUPPORTED,
                qpv,
                false,
                existing,
                null,
                null,
                openings,
                years,
                "test",
                null);
    }

    static YearFigures fee(int year, String fee) {
        return new YearFigures(year, null, new BigDecimal(fee), null, null, null, null, null, null, null, null);
    }

    static List<FundingLine> compute(Parameters parameters, Territory t, Structure s, int... years) {
        List<FundingLine> out = new ArrayList<>();
        for (int y : years) {
            FundingEngine.lines(s, t, s.existingPlaces(), parameters.forYear(y, CAF), out);
        }
        return out;
    }

    static FundingLine only(List<FundingLine> lines, FundingKind kind, int year) {
        List<FundingLine> found =
                lines.stream().filter(l -> l.kind() == kind && l.year() == year).toList();
        assertThat(found).as(kind + " " + year).hasSize(1);
        return found.get(0);
    }

    static Euros euros(String amount) {
        return Euros.of(amount);
    }

    @Nested
    class E2NewPlacesInLille {

        Structure oisillons(Boolean qpv, Integer month) {
            return eaje("Les Oisillons", qpv, 0, List.of(new Opening(14, 2021, month, "+14 places")), List.of());
        }

        @Test
        void lesOisillonsFourteenPlacesInAQpvGet50400AYear() {
            List<FundingLine> lines = compute(NATIONAL, territory(3), oisillons(true, 1), 2021, 2022);
            FundingLine line = only(lines, FundingKind.BT_NEW, 2022);
            assertThat(line.amount()).isEqualTo(euros("50400"));
            assertThat(line.explanation().formula()).isEqualTo("BT_NEW_QPV");
            assertThat(line.explanation().args()).contains(14, 1, euros("3600"));
            assertThat(line.explanation().parameters())
                    .extracting(ParameterVersion::code)
                    .contains(ParameterCode.BT_NEW_PLACE_TRANCHE_1);
            assertThat(line.explanation().parameters().get(0).validFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
            // opened in January: twelve months of 2021
            assertThat(only(lines, FundingKind.BT_NEW, 2021).amount()).isEqualTo(euros("50400"));
        }

        @Test
        void openedOnTheFirstOfSeptemberTheyGet16800InTheOpeningYearByMonths() {
            List<FundingLine> lines = compute(NATIONAL, territory(3), oisillons(true, 9), 2021, 2022);
            FundingLine opening = only(lines, FundingKind.BT_NEW, 2021);
            assertThat(opening.amount()).isEqualTo(euros("16800"));
            assertThat(opening.explanation().months()).isEqualTo(4);
            assertThat(opening.explanation().hypothesis()).isTrue(); // proration by months is ours (P2)
            assertThat(only(lines, FundingKind.BT_NEW, 2022).amount()).isEqualTo(euros("50400"));
        }

        @Test
        void atTheLowestTrancheTheySet36400() {
            List<FundingLine> lines = compute(NATIONAL, territory(3), oisillons(false, 1), 2022);
            assertThat(only(lines, FundingKind.BT_NEW, 2022).amount()).isEqualTo(euros("36400"));
        }

        @Test
        void concordePopelinesAmicloterieAndFarandoleBetweenTheLowestTrancheAndTheMaximum() {
            record Case(String name, int places, String low, String high) {}
            for (Case c : List.of(
                    new Case("Concorde", 20, "52000", "72000"),
                    new Case("Popelines", 13, "33800", "46800"),
                    new Case("Amicloterie", 5, "13000", "18000"),
                    new Case("Farandole", 2, "5200", "7200"))) {
                Opening o = new Opening(c.places(), 2023, 1, null);
                Structure low = eaje(c.name(), false, 60, List.of(o), List.of());
                Structure high = eaje(c.name(), true, 60, List.of(o), List.of());
                assertThat(only(compute(NATIONAL, territory(3), low, 2023), FundingKind.BT_NEW, 2023)
                                .amount())
                        .as(c.name())
                        .isEqualTo(euros(c.low()));
                assertThat(only(compute(NATIONAL, territory(3), high, 2023), FundingKind.BT_NEW, 2023)
                                .amount())
                        .as(c.name())
                        .isEqualTo(euros(c.high()));
            }
        }

        @Test
        void theZoningNotKnownLeavesTheLineNonRenseigneNeverZero() {
            Structure unknownZoning = eaje("Sans zonage", null, 0, List.of(new Opening(10, 2022, 1, null)), List.of());
            FundingLine line = only(compute(NATIONAL, territory(3), unknownZoning, 2022), FundingKind.BT_NEW, 2022);
            assertThat(line.amount()).isNull();
            assertThat(line.explanation().missing()).contains("qpv");
        }

        @Test
        void newPlacesCountNothingBeforeTheirOpeningYear() {
            List<FundingLine> lines = compute(NATIONAL, territory(3), oisillons(true, 9), 2020);
            assertThat(lines).noneMatch(l -> l.kind() == FundingKind.BT_NEW);
        }
    }

    @Nested
    class TrancheChangedFromADate {

        Structure concorde() {
            return eaje("Concorde", false, 0, List.of(new Opening(20, 2021, 1, null)), List.of());
        }

        @Test
        void aCafOverrideFromTheFirstOfJanuary2023RecomputesLaterYearsOnly() {
            Parameters changed = ShippedParameters.with(
                    ShippedParameters.override(ParameterCode.BT_NEW_PLACE_TRANCHE_3, CAF, "2023-01-01", "2800"));
            List<FundingLine> before = compute(NATIONAL, territory(3), concorde(), 2021, 2022, 2023, 2024);
            List<FundingLine> after = compute(changed, territory(3), concorde(), 2021, 2022, 2023, 2024);
            for (int y : List.of(2021, 2022)) {
                assertThat(only(after, FundingKind.BT_NEW, y)).isEqualTo(only(before, FundingKind.BT_NEW, y));
                assertThat(only(after, FundingKind.BT_NEW, y).amount()).isEqualTo(euros("52000"));
            }
            for (int y : List.of(2023, 2024)) {
                FundingLine line = only(after, FundingKind.BT_NEW, y);
                assertThat(line.amount()).isEqualTo(euros("56000"));
                assertThat(line.explanation().parameters().get(0).override()).isTrue();
            }
        }

        @Test
        void aChangeDuringTheYearAppliesFromTheNextYearAndTheHistoryIsKept() {
            ParameterVersion july =
                    ShippedParameters.override(ParameterCode.BT_NEW_PLACE_TRANCHE_3, CAF, "2023-07-01", "2800");
            Parameters changed = ShippedParameters.with(july);
            List<FundingLine> after = compute(changed, territory(3), concorde(), 2023, 2024);
            assertThat(only(after, FundingKind.BT_NEW, 2023).amount()).isEqualTo(euros("52000"));
            assertThat(only(after, FundingKind.BT_NEW, 2024).amount()).isEqualTo(euros("56000"));
            assertThat(changed.all())
                    .filteredOn(v -> v.code() == ParameterCode.BT_NEW_PLACE_TRANCHE_3)
                    .extracting(ParameterVersion::value)
                    .containsExactly("2100", "2600", "2800");
        }

        @Test
        void anotherCafsOverrideChangesNothing() {
            Parameters other = ShippedParameters.with(ShippedParameters.override(
                    ParameterCode.BT_NEW_PLACE_TRANCHE_3, UUID.randomUUID(), "2023-01-01", "2800"));
            assertThat(only(compute(other, territory(3), concorde(), 2024), FundingKind.BT_NEW, 2024)
                            .amount())
                    .isEqualTo(euros("52000"));
        }
    }

    @Nested
    class E3BonusMixite {

        FundingLine mixite(String fee) {
            Structure s = eaje("Multi-accueil", false, 40, List.of(), List.of(fee(2022, fee)));
            return only(compute(NATIONAL, territory(3), s, 2022), FundingKind.BONUS_MIXITE, 2022);
        }

        @Test
        void fortyPlacesAt082AnHourGet32000() {
            assertThat(mixite("0.82").amount()).isEqualTo(euros("32000"));
            assertThat(mixite("0.82").explanation().formula()).isEqualTo("MIXITE_BAND_2");
        }

        @Test
        void at070TheyGet84000AndAt130Nothing() {
            assertThat(mixite("0.70").amount()).isEqualTo(euros("84000"));
            assertThat(mixite("1.30").amount()).isEqualTo(Euros.ZERO);
            assertThat(mixite("1.30").explanation().formula()).isEqualTo("MIXITE_BAND_4");
        }

        @Test
        void theYearsEnteredPlacesCountWhenKnown() {
            YearFigures fortyFive = new YearFigures(
                    2022,
                    null,
                    new BigDecimal("0.82"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    45,
                    null,
                    null,
                    null);
            Structure s = eaje("Multi-accueil", false, 40, List.of(), List.of(fortyFive));
            FundingLine line = only(compute(NATIONAL, territory(3), s, 2022), FundingKind.BONUS_MIXITE, 2022);
            assertThat(line.amount()).isEqualTo(euros("36000"));
        }

        @Test
        void theBoundsAreIncluded() {
            assertThat(mixite("0.75").amount()).isEqualTo(euros("84000"));
            assertThat(mixite("1.00").amount()).isEqualTo(euros("32000"));
            assertThat(mixite("1.25").amount()).isEqualTo(euros("12000"));
        }

        @Test
        void withoutTheFeeTheBonusIsNonRenseigne() {
            Structure s = eaje("Multi-accueil", false, 40, List.of(), List.of());
            FundingLine line = only(compute(NATIONAL, territory(3), s, 2022), FundingKind.BONUS_MIXITE, 2022);
            assertThat(line.amount()).isNull();
            assertThat(line.explanation().missing()).containsExactly("averageFeePerHour");
        }
    }

    @Test
    void e4BonusTrajectoireOnePlacesGrowthOf9PercentGives200PerPlace() {
        Territory t = new Territory("LILLE", "Lille", null, null, 3, false, null, 100, 109, "test");
        Structure s = eaje("Crèches co-financées", false, 109, List.of(), List.of());
        FundingLine line = only(compute(NATIONAL, t, s, 2026), FundingKind.BONUS_TRAJECTOIRE, 2026);
        assertThat(line.amount()).isEqualTo(euros("21800"));
        // in force from November 2025: a year is computed with what is in force on 1 January, so 2025 has none
        assertThat(compute(NATIONAL, t, s, 2025)).noneMatch(l -> l.kind() == FundingKind.BONUS_TRAJECTOIRE);
    }

    @Nested
    class E5AndB4Alsh {

        Structure alsh(String newHours) {
            return new Structure(
                    "ALSH",
                    "Centre de loisirs",
                    StructureKind.ALSH,
                    "LILLE",
                    null,
                    SUPPORTED,
                    false,
                    false,
                    80,
                    new BigDecimal("100000"),
                    null,
                    List.of(),
                    List.of(new YearFigures(
                            2025,
                            null,
                            null,
                            null,
                            null,
                            null,
                            newHours == null ? null : new BigDecimal(newHours),
                            null,
                            null,
                            null,
                            null)),
                    "test",
                    null);
        }

        @Test
        void theFloorOf015AnHourGivesAtLeast15000For100000Hours() {
            FundingLine line =
                    only(compute(NATIONAL, territory(3), alsh(null), 2025), FundingKind.BT_ALSH_EXISTANT, 2025);
            assertThat(line.amount()).isEqualTo(euros("15000"));
        }

        @Test
        void newHoursAreCappedAt25PercentOfTheExistingHoursAndTheirAmountIsNotPublished() {
            FundingLine line =
                    only(compute(NATIONAL, territory(3), alsh("40000"), 2025), FundingKind.BT_ALSH_DEVELOPPEMENT, 2025);
            assertThat(line.amount()).isNull();
            assertThat(line.explanation().args()).contains(new BigDecimal("25000.00"));
            assertThat(line.explanation().missing()).containsExactly("param:BT_ALSH_NEW_HOUR_AMOUNT");
        }

        @Test
        void withACafsAmountPerNewHourTheCappedHoursArePaid() {
            Parameters caf = ShippedParameters.with(
                    ShippedParameters.override(ParameterCode.BT_ALSH_NEW_HOUR_AMOUNT, CAF, "2025-01-01", "0.50"));
            FundingLine line =
                    only(compute(caf, territory(3), alsh("40000"), 2025), FundingKind.BT_ALSH_DEVELOPPEMENT, 2025);
            assertThat(line.amount()).isEqualTo(euros("12500"));
        }
    }

    @Nested
    class E1Armentieres {

        FundingPlan plan(EnvelopePeriod period) {
            Structure all = new Structure(
                    "ARM",
                    "Équipements d’Armentières",
                    StructureKind.OTHER,
                    "ARM",
                    null,
                    new Support(UUID.randomUUID(), "Ville d’Armentières", LocalDate.of(2020, 1, 1)),
                    false,
                    false,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(new YearFigures(
                            2021, euros("810395.63"), null, null, null, null, null, euros("618000"), null, null, null)),
                    "Convention d’Armentières",
                    null);
            FinancingInputs inputs = new FinancingInputs(
                    new Envelope(euros("618000"), period, "Délibération DE23.027"), List.of(), List.of(all));
            List<Integer> years = List.of(2021);
            return FundingPlan.of(
                    inputs,
                    years,
                    FundingEngine.compute(inputs, List.of(NATIONAL.forYear(2021, CAF))),
                    EnvelopePeriod.UNKNOWN);
        }

        @Test
        void theCaf2021FundingIs1428395Euros63That57Euros41PerInhabitantAnd192Euros77PerAllocataire() {
            FundingPlan plan = plan(null);
            assertThat(plan.total().amount()).isEqualTo(euros("1428395.63"));
            assertThat(FundingPlan.per(plan.total().amount(), 24_882)).isEqualTo(euros("57.41"));
            assertThat(FundingPlan.per(plan.total().amount(), 7_410)).isEqualTo(euros("192.77"));
            assertThat(plan.total().amount().french()).isEqualTo("1\u00a0428\u00a0395,63\u00a0€");
        }

        @Test
        void theEnvelopeOf618000WithoutItsPeriodIsReadBothWays() {
            FundingPlan.EnvelopeCheck check = plan(null).envelope();
            assertThat(check.period()).isEqualTo(EnvelopePeriod.UNKNOWN);
            assertThat(check.periodStated()).isFalse();
            assertThat(check.annualDifferenceFirstYear()).isEqualTo(Euros.ZERO);
            assertThat(FundingPlan.per(check.stated(), 4)).isEqualTo(euros("154500"));
        }
    }

    @Nested
    class B1B2B3 {

        @Test
        void b1TwelveNewPlacesInTranche1Get43200From2021And37200In2020() {
            Structure s = new Structure(
                    "B1",
                    "B1",
                    StructureKind.EAJE,
                    "LILLE",
                    null,
                    new Support(UUID.randomUUID(), "Commune", LocalDate.of(2019, 1, 1)),
                    true,
                    false,
                    0,
                    null,
                    null,
                    List.of(new Opening(12, 2019, 1, null)),
                    List.of(),
                    "test",
                    null);
            List<FundingLine> lines = compute(NATIONAL, territory(3), s, 2020, 2021);
            assertThat(only(lines, FundingKind.BT_NEW, 2020).amount()).isEqualTo(euros("37200"));
            assertThat(only(lines, FundingKind.BT_NEW, 2021).amount()).isEqualTo(euros("43200"));
        }

        @Test
        void b2RattrapageOfThirtyPlacesBetween12000And24000() {
            for (String uplift : List.of("400", "800")) {
                Territory t = new Territory("LILLE", "Lille", null, null, 3, false, euros(uplift), null, null, "test");
                Structure s = eaje("B2", false, 30, List.of(), List.of());
                FundingLine line = only(compute(NATIONAL, t, s, 2022), FundingKind.BT_RATTRAPAGE, 2022);
                assertThat(line.amount())
                        .isEqualTo(euros(uplift).amount().intValue() == 400 ? euros("12000") : euros("24000"));
            }
        }

        @Test
        void b3RpeWithOneMissionPsoBonusAndFlatBt() {
            Structure rpe = new Structure(
                    "RPE",
                    "RPE",
                    StructureKind.RPE,
                    "LILLE",
                    null,
                    SUPPORTED,
                    false,
                    false,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(new YearFigures(
                            2022,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            euros("5000"),
                            2,
                            new BigDecimal("1.5"),
                            euros("80000"))),
                    "test",
                    null);
            List<FundingLine> national = compute(NATIONAL, territory(3), rpe, 2022);
            assertThat(only(national, FundingKind.PS, 2022).amount()).isNull();
            assertThat(only(national, FundingKind.PS, 2022).explanation().missing())
                    .containsExactly("param:PSO_RPE_PRICE_PER_ETP");
            assertThat(only(national, FundingKind.BONUS_RPE_MISSION, 2022).amount())
                    .isEqualTo(euros("3229"));
            assertThat(only(national, FundingKind.BT_RPE, 2022).amount()).isEqualTo(euros("5000"));
            Parameters caf = ShippedParameters.with(
                    ShippedParameters.override(ParameterCode.PSO_RPE_PRICE_PER_ETP, CAF, "2022-01-01", "50000"));
            // 43 % × min(80 000, 1,5 × 50 000 = 75 000) = 32 250
            assertThat(only(compute(caf, territory(3), rpe, 2022), FundingKind.PS, 2022)
                            .amount())
                    .isEqualTo(euros("32250"));
        }
    }

    @Test
    void aStructureNotSupportedByASignatoryGetsNoBtAndSaysWhy() {
        Structure s = new Structure(
                "X",
                "X",
                StructureKind.EAJE,
                "LILLE",
                null,
                new Support(UUID.randomUUID(), "Commune", LocalDate.of(2024, 1, 1)),
                true,
                false,
                10,
                null,
                null,
                List.of(new Opening(5, 2022, 1, null)),
                List.of(),
                "test",
                null);
        FundingLine line = only(compute(NATIONAL, territory(3), s, 2022), FundingKind.BT_NEW, 2022);
        assertThat(line.amount()).isEqualTo(Euros.ZERO);
        assertThat(line.explanation().formula()).isEqualTo("NOT_SUPPORTED");
    }

    @Test
    void existingPlacesShareTheTerritorysCejReference() {
        Territory t =
                new Territory("LILLE", "Lille", euros("300000"), euros("120000"), 3, false, null, null, null, "test");
        Structure a = eaje("A", false, 40, List.of(), List.of());
        Structure b = eaje("B", false, 20, List.of(), List.of());
        FinancingInputs inputs = new FinancingInputs(null, List.of(t), List.of(a, b));
        List<FundingLine> lines = FundingEngine.compute(inputs, List.of(NATIONAL.forYear(2022, CAF)));
        assertThat(lines)
                .filteredOn(l -> l.kind() == FundingKind.BT_EXISTING)
                .extracting(FundingLine::amount)
                .containsExactly(euros("80000"), euros("40000"));
        FundingPlan plan = FundingPlan.of(inputs, List.of(2022), lines, EnvelopePeriod.UNKNOWN);
        assertThat(plan.reference()).singleElement().satisfies(r -> {
            assertThat(r.reference()).isEqualTo(euros("300000"));
            assertThat(r.bt().amount()).isEqualTo(euros("120000"));
            assertThat(r.below()).isTrue(); // « neutralité financière »: less BT than the CEJ paid in N-1
        });
    }
}
