package fr.pilotectg.financing.domain;

import static fr.pilotectg.financing.ParameterCode.*;

import fr.pilotectg.financing.ParameterCode;
import fr.pilotectg.financing.domain.FinancingInputs.Opening;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.Territory;
import fr.pilotectg.financing.domain.FinancingInputs.YearFigures;
import fr.pilotectg.financing.domain.FundingLine.Explanation;
import fr.pilotectg.shared.Euros;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The financing rules (domain-spec §4, addendum §1): each funding line of a structure and year, with its explanation.
 * Pure — no Spring, no database: the inputs and the parameter versions of the year come in, the lines go out. Money is
 * computed exactly and each line is rounded once to the cent, half up ({@link Euros#rounded}); a total is the sum of its
 * rounded lines. A line whose input or parameter is not known has no amount (« non renseigné ») and names what is
 * missing; a 0 is only ever a computed 0 (no support from a signatory, a fee above the last band, no child with a
 * disability).
 *
 * <p>Proration (P2, hypothèse): by months — new places opened in month m count (13 − m)/12 in their opening year; a
 * support by a signatory that starts during the year prorates the BT lines the same way when the mode of the places is
 * MONTHS. Places counted (P3): the places open at some point of the year (existing plus those opened up to that year).
 */
public final class FundingEngine {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final MathContext EXACT = MathContext.DECIMAL64;

    /** Formula keys as constants: a key built per line was a measurable share of a national computation. */
    private static final String[] MIXITE_BANDS = {"MIXITE_BAND_1", "MIXITE_BAND_2", "MIXITE_BAND_3", "MIXITE_BAND_4"};

    private FundingEngine() {}

    private static String existingFormula(String scope) {
        return "FACILITY".equals(scope) ? "BT_EXISTING_FACILITY" : "BT_EXISTING_TERRITORY";
    }

    /** What the rules need of the whole territory: its existing EAJE places supported by a signatory (smoothing). */
    public static Map<String, Integer> existingEajePlaces(FinancingInputs inputs) {
        Map<String, Integer> places = new HashMap<>();
        for (Structure s : inputs.structures()) {
            if (s.kind() == StructureKind.EAJE && s.territory() != null && s.existingPlaces() != null) {
                places.merge(s.territory(), s.existingPlaces(), Integer::sum);
            }
        }
        return places;
    }

    /** Every line of every structure for each of {@code years}. */
    public static List<FundingLine> compute(FinancingInputs inputs, List<YearParameters> years) {
        List<FundingLine> lines = new ArrayList<>();
        each(inputs, years, lines::addAll);
        return lines;
    }

    /**
     * Every line of every structure for each of {@code years}, folded into a plan as each structure is computed; with
     * {@code keepLines} false the lines are dropped once counted, so a whole region is computed in a heap the size of its
     * inputs and totals.
     */
    public static FundingPlan plan(
            FinancingInputs inputs, List<YearParameters> years, EnvelopePeriod defaultPeriod, boolean keepLines) {
        FundingPlan.Builder plan = new FundingPlan.Builder(
                years.stream().map(YearParameters::year).toList(),
                keepLines,
                inputs.structures().size());
        each(inputs, years, lines -> {
            for (FundingLine line : lines) plan.add(line);
        });
        return plan.build(inputs, defaultPeriod);
    }

    /** Hands the lines of each structure, all its years, to {@code structureLines} (a list reused between calls). */
    private static void each(
            FinancingInputs inputs, List<YearParameters> years, Consumer<List<FundingLine>> structureLines) {
        Map<String, Integer> territoryPlaces = existingEajePlaces(inputs);
        Map<String, Territory> territories = new HashMap<>();
        for (Territory t : inputs.territories()) territories.put(t.key(), t);
        List<FundingLine> lines = new ArrayList<>();
        for (Structure s : inputs.structures()) {
            Territory t = s.territory() == null ? null : territories.get(s.territory());
            Integer places = s.territory() == null ? null : territoryPlaces.get(s.territory());
            for (YearParameters p : years) lines(s, t, places, p, lines);
            structureLines.accept(lines);
            lines.clear();
        }
    }

    /** The lines of one structure for one year, added to {@code out}. */
    public static void lines(
            Structure s, Territory t, Integer territoryPlaces, YearParameters p, List<FundingLine> out) {
        int year = p.year();
        YearFigures y = s.year(year).orElse(null);
        out.add(ps(s, y, p));
        if (s.kind() == null) return;
        switch (s.kind()) {
            case EAJE -> {
                out.add(btExisting(s, t, territoryPlaces, p));
                if (t != null && t.rattrapagePerPlace() != null) out.add(rattrapage(s, t, territoryPlaces, p));
                for (Opening o : s.openings()) {
                    if (o.year() == null || o.year() <= year) out.add(btNew(s, t, o, p));
                }
                out.add(mixite(s, y, p));
                out.add(handicap(s, y, p));
                if (p.version(BONUS_TRAJECTOIRE_AMOUNT_1) != null) out.add(trajectoire(s, t, p));
            }
            case ALSH -> {
                out.add(alshExisting(s, y, p));
                if (y != null && y.newHours() != null) out.add(alshDevelopment(s, y, p));
                if (p.version(COMPLEMENT_INCLUSIF_PER_HOUR) != null && y != null && y.inclusiveChildHours() != null)
                    out.add(complementInclusif(s, y, p));
            }
            case RPE -> {
                out.add(flat(s, y, p, FundingKind.BT_RPE));
                if (y != null && y.rpeMissions() != null) out.add(rpeMission(s, y, p));
            }
            case LAEP, LUDOTHEQUE, OTHER -> out.add(flat(s, y, p, FundingKind.BT_FORFAIT));
        }
    }

    // ---------------------------------------------------------------- lines

    static FundingLine ps(Structure s, YearFigures y, YearParameters p) {
        if (y != null && y.ps() != null) {
            return line(s, p, FundingKind.PS, y.ps().amount(), "PS_DECLARED", List.of(y.ps()), List.of(), null);
        }
        if (s.kind() == StructureKind.RPE && y != null && y.rpeEtp() != null && y.rpeExpenses() != null) {
            BigDecimal rate = p.number(PSO_RPE_RATE);
            BigDecimal price = p.number(PSO_RPE_PRICE_PER_ETP);
            List<ParameterVersion> used = p.versions(ParameterReads.PSO_RPE);
            if (rate == null || price == null)
                return unknown(s, p, FundingKind.PS, "PSO_RPE", used, List.of(), p.missing(ParameterReads.PSO_RPE));
            BigDecimal base = y.rpeExpenses().amount().min(y.rpeEtp().multiply(price));
            return line(
                    s,
                    p,
                    FundingKind.PS,
                    rate.multiply(base),
                    "PSO_RPE",
                    List.of(y.rpeEtp(), y.rpeExpenses(), rate, price),
                    used,
                    null);
        }
        return unknown(s, p, FundingKind.PS, "PS_DECLARED", List.of(), List.of(), List.of("ps"));
    }

    static FundingLine btExisting(Structure s, Territory t, Integer territoryPlaces, YearParameters p) {
        List<String> missing = new ArrayList<>();
        Boolean supported = supported(s, p.year(), missing);
        String scope = p.mode(BT_SMOOTHING_SCOPE, "TERRITORY");
        List<ParameterVersion> used = p.versions(ParameterReads.BT_EXISTING);
        if (Boolean.FALSE.equals(supported)) return notSupported(s, p, FundingKind.BT_EXISTING);
        if (s.existingPlaces() == null) missing.add("existingPlaces");
        BigDecimal perPlace = null;
        if ("FACILITY".equals(scope)) {
            if (s.cejReference() == null) missing.add("cejReference");
            else if (s.existingPlaces() != null && s.existingPlaces() > 0)
                perPlace = s.cejReference().amount().divide(BigDecimal.valueOf(s.existingPlaces()), EXACT);
        } else {
            if (t == null || t.cejReferenceEaje() == null) missing.add("cejReferenceEaje");
            else if (territoryPlaces != null && territoryPlaces > 0)
                perPlace = t.cejReferenceEaje().amount().divide(BigDecimal.valueOf(territoryPlaces), EXACT);
        }
        if (p.revaluationFactor() == null) missing.add("param:" + BT_REVALUATION_RATE.name());
        if (!missing.isEmpty())
            return unknown(s, p, FundingKind.BT_EXISTING, existingFormula(scope), used, List.of(), missing);
        if (s.existingPlaces() == 0)
            return line(s, p, FundingKind.BT_EXISTING, BigDecimal.ZERO, "BT_EXISTING_NONE", List.of(), used, null);
        if (perPlace == null)
            return unknown(
                    s, p, FundingKind.BT_EXISTING, existingFormula(scope), used, List.of(), List.of("existingPlaces"));
        Integer months =
                "MONTHS".equals(p.mode(BT_PRORATION_EXISTING_PLACES, "NONE")) ? supportMonths(s, p.year()) : null;
        BigDecimal amount =
                perPlace.multiply(BigDecimal.valueOf(s.existingPlaces())).multiply(p.revaluationFactor());
        Euros reference = "FACILITY".equals(scope) ? s.cejReference() : t.cejReferenceEaje();
        int placesOfScope = "FACILITY".equals(scope) ? s.existingPlaces() : territoryPlaces;
        return line(
                s,
                p,
                FundingKind.BT_EXISTING,
                prorate(amount, months),
                existingFormula(scope),
                List.of(reference, placesOfScope, Euros.rounded(perPlace), s.existingPlaces(), p.revaluationFactor()),
                used,
                months);
    }

    static FundingLine rattrapage(Structure s, Territory t, Integer territoryPlaces, YearParameters p) {
        List<String> missing = new ArrayList<>();
        Boolean supported = supported(s, p.year(), missing);
        List<ParameterVersion> used = p.versions(ParameterReads.RATTRAPAGE);
        if (Boolean.FALSE.equals(supported)) return notSupported(s, p, FundingKind.BT_RATTRAPAGE);
        if (p.version(BT_RATTRAPAGE_MIN) == null)
            return unknown(
                    s,
                    p,
                    FundingKind.BT_RATTRAPAGE,
                    "RATTRAPAGE_NOT_IN_FORCE",
                    used,
                    List.of(),
                    List.of("param:" + BT_RATTRAPAGE_MIN.name()));
        if (s.existingPlaces() == null) missing.add("existingPlaces");
        if (!missing.isEmpty())
            return unknown(s, p, FundingKind.BT_RATTRAPAGE, "RATTRAPAGE_ADD_UPLIFT", used, List.of(), missing);
        BigDecimal uplift = t.rattrapagePerPlace().amount().multiply(BigDecimal.valueOf(s.existingPlaces()));
        if ("MAX_WITH_FLOOR".equals(p.mode(BT_RATTRAPAGE_MODE, "ADD_UPLIFT"))) {
            FundingLine existing = btExisting(s, t, territoryPlaces, p);
            if (!existing.known())
                return unknown(
                        s,
                        p,
                        FundingKind.BT_RATTRAPAGE,
                        "RATTRAPAGE_MAX_WITH_FLOOR",
                        used,
                        List.of(),
                        List.of("btExisting"));
            BigDecimal top = uplift.subtract(existing.amount().amount()).max(BigDecimal.ZERO);
            return line(
                    s,
                    p,
                    FundingKind.BT_RATTRAPAGE,
                    top,
                    "RATTRAPAGE_MAX_WITH_FLOOR",
                    List.of(s.existingPlaces(), t.rattrapagePerPlace(), existing.amount()),
                    used,
                    null);
        }
        return line(
                s,
                p,
                FundingKind.BT_RATTRAPAGE,
                uplift,
                "RATTRAPAGE_ADD_UPLIFT",
                List.of(s.existingPlaces(), t.rattrapagePerPlace()),
                used,
                null);
    }

    static FundingLine btNew(Structure s, Territory t, Opening o, YearParameters p) {
        List<String> missing = new ArrayList<>();
        Boolean supported = supported(s, p.year(), missing);
        if (Boolean.FALSE.equals(supported)) return notSupported(s, p, FundingKind.BT_NEW);
        if (o.places() == null) missing.add("openingPlaces");
        if (o.year() == null) missing.add("openingYear");
        int tranche = 0;
        String zone = "";
        if (Boolean.TRUE.equals(s.qpv())) {
            tranche = 1;
            zone = "QPV";
        } else if (Boolean.TRUE.equals(s.zrr())) {
            tranche = 1;
            zone = "ZRR";
        } else if (s.qpv() == null) {
            missing.add("qpv");
        } else if (s.zrr() == null) {
            missing.add("zrr");
        } else if (t == null || t.tranche() == null) {
            missing.add("tranche");
        } else {
            tranche = t.tranche();
        }
        ParameterCode code =
                tranche == 1 ? BT_NEW_PLACE_TRANCHE_1 : tranche == 2 ? BT_NEW_PLACE_TRANCHE_2 : BT_NEW_PLACE_TRANCHE_3;
        List<ParameterVersion> used = p.versions(ParameterReads.newPlaces(tranche));
        BigDecimal perPlace = tranche == 0 ? null : p.number(code);
        if (tranche != 0 && perPlace == null) missing.add("param:" + code.name());
        Integer months = null;
        if (o.year() != null && o.year() == p.year() && "MONTHS".equals(p.mode(BT_PRORATION_NEW_PLACES, "NONE"))) {
            if (o.month() == null) missing.add("openingMonth");
            else months = 13 - o.month();
        }
        Integer support = supportMonths(s, p.year());
        if (support != null && "MONTHS".equals(p.mode(BT_PRORATION_NEW_PLACES, "NONE")))
            months = months == null ? support : Math.min(months, support);
        if (!missing.isEmpty()) return unknown(s, p, FundingKind.BT_NEW, "BT_NEW", used, openingArgs(o), missing);
        boolean trancheHypothesis = zone.isEmpty() && t != null && Boolean.TRUE.equals(t.trancheHypothesis());
        String formula = zone.isEmpty()
                ? (trancheHypothesis ? "BT_NEW_TRANCHE_HYPOTHESIS" : "BT_NEW_TRANCHE")
                : zone.equals("QPV") ? "BT_NEW_QPV" : "BT_NEW_ZRR";
        BigDecimal amount = perPlace.multiply(BigDecimal.valueOf(o.places()));
        return line(
                s,
                p,
                FundingKind.BT_NEW,
                prorate(amount, months),
                formula,
                List.of(o.places(), tranche, Euros.rounded(perPlace), o.year(), o.month() == null ? 0 : o.month()),
                used,
                months);
    }

    static FundingLine mixite(Structure s, YearFigures y, YearParameters p) {
        List<ParameterVersion> used = p.versions(ParameterReads.MIXITE);
        List<String> missing = new ArrayList<>(p.missing(ParameterReads.MIXITE));
        Integer places = placesOpen(s, p.year(), missing);
        if (y == null || y.averageFeePerHour() == null) missing.add("averageFeePerHour");
        if (!missing.isEmpty()) return unknown(s, p, FundingKind.BONUS_MIXITE, "MIXITE", used, List.of(), missing);
        BigDecimal fee = y.averageFeePerHour();
        BigDecimal perPlace;
        int band;
        if (fee.compareTo(p.number(BONUS_MIXITE_FEE_1)) <= 0) {
            perPlace = p.number(BONUS_MIXITE_AMOUNT_1);
            band = 1;
        } else if (fee.compareTo(p.number(BONUS_MIXITE_FEE_2)) <= 0) {
            perPlace = p.number(BONUS_MIXITE_AMOUNT_2);
            band = 2;
        } else if (fee.compareTo(p.number(BONUS_MIXITE_FEE_3)) <= 0) {
            perPlace = p.number(BONUS_MIXITE_AMOUNT_3);
            band = 3;
        } else {
            perPlace = BigDecimal.ZERO;
            band = 4;
        }
        return line(
                s,
                p,
                FundingKind.BONUS_MIXITE,
                perPlace.multiply(BigDecimal.valueOf(places)),
                MIXITE_BANDS[band - 1],
                List.of(places, fee, Euros.rounded(perPlace)),
                used,
                null);
    }

    static FundingLine handicap(Structure s, YearFigures y, YearParameters p) {
        List<ParameterVersion> used = p.versions(ParameterReads.HANDICAP);
        List<String> missing = new ArrayList<>(p.missing(ParameterReads.HANDICAP));
        Integer places = placesOpen(s, p.year(), missing);
        if (y == null || y.disabilityShare() == null) missing.add("disabilityShare");
        else if (y.disabilityShare().signum() > 0 && y.costPerPlace() == null) missing.add("costPerPlace");
        if (!missing.isEmpty()) return unknown(s, p, FundingKind.BONUS_HANDICAP, "HANDICAP", used, List.of(), missing);
        BigDecimal share = y.disabilityShare();
        if (share.signum() == 0)
            return line(s, p, FundingKind.BONUS_HANDICAP, BigDecimal.ZERO, "HANDICAP_NONE", List.of(), used, null);
        BigDecimal rate = share.compareTo(p.number(BONUS_HANDICAP_BAND_1)) < 0
                ? p.number(BONUS_HANDICAP_RATE_1)
                : share.compareTo(p.number(BONUS_HANDICAP_BAND_2)) <= 0
                        ? p.number(BONUS_HANDICAP_RATE_2)
                        : p.number(BONUS_HANDICAP_RATE_3);
        BigDecimal perPlace =
                rate.multiply(y.costPerPlace().amount()).multiply(share).min(p.number(BONUS_HANDICAP_CAP));
        return line(
                s,
                p,
                FundingKind.BONUS_HANDICAP,
                perPlace.multiply(BigDecimal.valueOf(places)),
                "HANDICAP",
                List.of(places, share, rate, y.costPerPlace(), p.number(BONUS_HANDICAP_CAP), Euros.rounded(perPlace)),
                used,
                null);
    }

    static FundingLine trajectoire(Structure s, Territory t, YearParameters p) {
        List<ParameterVersion> used = p.versions(ParameterReads.TRAJECTOIRE);
        List<String> missing = new ArrayList<>(p.missing(ParameterReads.TRAJECTOIRE));
        Boolean supported = supported(s, p.year(), missing);
        if (Boolean.FALSE.equals(supported)) return notSupported(s, p, FundingKind.BONUS_TRAJECTOIRE);
        Integer places = placesOpen(s, p.year(), missing);
        if (t == null || t.cofinancedPlaces2023() == null) missing.add("cofinancedPlaces2023");
        if (t == null || t.cofinancedPlaces2027() == null) missing.add("cofinancedPlaces2027");
        if (!missing.isEmpty())
            return unknown(s, p, FundingKind.BONUS_TRAJECTOIRE, "TRAJECTOIRE", used, List.of(), missing);
        if (t.cofinancedPlaces2023() == 0)
            return unknown(
                    s,
                    p,
                    FundingKind.BONUS_TRAJECTOIRE,
                    "TRAJECTOIRE",
                    used,
                    List.of(),
                    List.of("cofinancedPlaces2023"));
        BigDecimal growth = BigDecimal.valueOf(t.cofinancedPlaces2027() - t.cofinancedPlaces2023())
                .divide(BigDecimal.valueOf(t.cofinancedPlaces2023()), EXACT);
        BigDecimal perPlace = growth.compareTo(p.number(BONUS_TRAJECTOIRE_GROWTH_3)) >= 0
                ? p.number(BONUS_TRAJECTOIRE_AMOUNT_3)
                : growth.compareTo(p.number(BONUS_TRAJECTOIRE_GROWTH_2)) >= 0
                        ? p.number(BONUS_TRAJECTOIRE_AMOUNT_2)
                        : growth.compareTo(p.number(BONUS_TRAJECTOIRE_GROWTH_1)) >= 0
                                ? p.number(BONUS_TRAJECTOIRE_AMOUNT_1)
                                : BigDecimal.ZERO;
        return line(
                s,
                p,
                FundingKind.BONUS_TRAJECTOIRE,
                perPlace.multiply(BigDecimal.valueOf(places)),
                "TRAJECTOIRE",
                List.of(t.cofinancedPlaces2023(), t.cofinancedPlaces2027(), growth, Euros.rounded(perPlace), places),
                used,
                null);
    }

    static FundingLine alshExisting(Structure s, YearFigures y, YearParameters p) {
        List<String> missing = new ArrayList<>(p.missing(ParameterReads.ALSH_FLOOR));
        List<ParameterVersion> used = p.versions(ParameterReads.ALSH_FLOOR);
        Boolean supported = supported(s, p.year(), missing);
        if (Boolean.FALSE.equals(supported)) return notSupported(s, p, FundingKind.BT_ALSH_EXISTANT);
        if (s.existingHours() == null) missing.add("existingHours");
        if (!missing.isEmpty())
            return unknown(s, p, FundingKind.BT_ALSH_EXISTANT, "ALSH_FLOOR", used, List.of(), missing);
        BigDecimal floor = s.existingHours().multiply(p.number(BT_ALSH_FLOOR_PER_HOUR));
        if (y != null && y.btFlat() != null && y.btFlat().amount().compareTo(floor) > 0) {
            return line(
                    s,
                    p,
                    FundingKind.BT_ALSH_EXISTANT,
                    y.btFlat().amount(),
                    "ALSH_LEGACY",
                    List.of(y.btFlat(), s.existingHours(), Euros.rounded(floor)),
                    used,
                    null);
        }
        return line(
                s,
                p,
                FundingKind.BT_ALSH_EXISTANT,
                floor,
                "ALSH_FLOOR",
                List.of(s.existingHours(), p.number(BT_ALSH_FLOOR_PER_HOUR)),
                used,
                null);
    }

    static FundingLine alshDevelopment(Structure s, YearFigures y, YearParameters p) {
        List<ParameterVersion> used = p.versions(ParameterReads.ALSH_DEVELOPMENT);
        List<String> missing = new ArrayList<>();
        Boolean supported = supported(s, p.year(), missing);
        if (Boolean.FALSE.equals(supported)) return notSupported(s, p, FundingKind.BT_ALSH_DEVELOPPEMENT);
        if (s.existingHours() == null) missing.add("existingHours");
        BigDecimal cap = p.number(BT_ALSH_NEW_HOURS_CAP);
        if (cap == null) missing.add("param:" + BT_ALSH_NEW_HOURS_CAP.name());
        if (!missing.isEmpty())
            return unknown(s, p, FundingKind.BT_ALSH_DEVELOPPEMENT, "ALSH_DEVELOPMENT", used, List.of(), missing);
        BigDecimal eligible = y.newHours().min(s.existingHours().multiply(cap));
        BigDecimal perHour = p.number(BT_ALSH_NEW_HOUR_AMOUNT);
        List<Object> args = List.of(y.newHours(), s.existingHours(), cap, eligible);
        if (perHour == null)
            return unknown(
                    s,
                    p,
                    FundingKind.BT_ALSH_DEVELOPPEMENT,
                    "ALSH_DEVELOPMENT",
                    used,
                    args,
                    List.of("param:" + BT_ALSH_NEW_HOUR_AMOUNT.name()));
        List<Object> all = new ArrayList<>(args);
        all.add(perHour);
        return line(
                s,
                p,
                FundingKind.BT_ALSH_DEVELOPPEMENT,
                eligible.multiply(perHour),
                "ALSH_DEVELOPMENT",
                all,
                used,
                null);
    }

    static FundingLine complementInclusif(Structure s, YearFigures y, YearParameters p) {
        List<ParameterVersion> used = p.versions(ParameterReads.INCLUSIF);
        List<String> missing = new ArrayList<>(p.missing(ParameterReads.INCLUSIF));
        if (s.existingPlaces() == null) missing.add("existingPlaces");
        if (!missing.isEmpty())
            return unknown(s, p, FundingKind.COMPLEMENT_INCLUSIF, "INCLUSIF", used, List.of(), missing);
        BigDecimal perHour = y.inclusiveChildHours().multiply(p.number(COMPLEMENT_INCLUSIF_PER_HOUR));
        BigDecimal cap = p.number(COMPLEMENT_INCLUSIF_CAP).multiply(BigDecimal.valueOf(s.existingPlaces()));
        return line(
                s,
                p,
                FundingKind.COMPLEMENT_INCLUSIF,
                perHour.min(cap),
                "INCLUSIF",
                List.of(
                        y.inclusiveChildHours(),
                        p.number(COMPLEMENT_INCLUSIF_PER_HOUR),
                        s.existingPlaces(),
                        p.number(COMPLEMENT_INCLUSIF_CAP)),
                used,
                null);
    }

    static FundingLine flat(Structure s, YearFigures y, YearParameters p, FundingKind kind) {
        List<String> missing = new ArrayList<>();
        Boolean supported = supported(s, p.year(), missing);
        if (Boolean.FALSE.equals(supported)) return notSupported(s, p, kind);
        if (y == null || y.btFlat() == null) missing.add("btFlat");
        if (!missing.isEmpty()) return unknown(s, p, kind, "BT_FLAT", List.of(), List.of(), missing);
        return line(s, p, kind, y.btFlat().amount(), "BT_FLAT", List.of(y.btFlat()), List.of(), null);
    }

    static FundingLine rpeMission(Structure s, YearFigures y, YearParameters p) {
        List<ParameterVersion> used = p.versions(ParameterReads.RPE_MISSION);
        List<String> missing = p.missing(ParameterReads.RPE_MISSION);
        if (!missing.isEmpty())
            return unknown(s, p, FundingKind.BONUS_RPE_MISSION, "RPE_MISSION", used, List.of(), missing);
        int paid = Math.min(y.rpeMissions(), p.number(BONUS_RPE_MAX_MISSIONS).intValue());
        return line(
                s,
                p,
                FundingKind.BONUS_RPE_MISSION,
                p.number(BONUS_RPE_MISSION).multiply(BigDecimal.valueOf(paid)),
                "RPE_MISSION",
                List.of(y.rpeMissions(), paid, p.number(BONUS_RPE_MISSION)),
                used,
                null);
    }

    // ---------------------------------------------------------------- helpers

    /** Whether a signatory supports the structure in the year: null when not known (missing named). */
    static Boolean supported(Structure s, int year, List<String> missing) {
        if (s.support() == null || s.support().from() == null) {
            missing.add("support");
            return null;
        }
        return !s.support().from().isAfter(LocalDate.of(year, 12, 31));
    }

    /** Months of support in the year when it starts during it; null for a whole year (or unknown). */
    static Integer supportMonths(Structure s, int year) {
        if (s.support() == null || s.support().from() == null) return null;
        LocalDate from = s.support().from();
        if (from.getYear() != year || from.getMonthValue() == 1) return null;
        return 13 - from.getMonthValue();
    }

    /**
     * Places open at some point of the year (P3, MAX_IN_YEAR): the places entered for that year when they are known (the
     * year's authorisation, the highest figure of the year), else existing plus those opened up to the year.
     */
    static Integer placesOpen(Structure s, int year, List<String> missing) {
        Integer entered = s.year(year).map(YearFigures::places).orElse(null);
        if (entered != null) return entered;
        if (s.existingPlaces() == null) {
            missing.add("existingPlaces");
            return null;
        }
        int places = s.existingPlaces();
        for (Opening o : s.openings()) {
            if (o.year() == null || o.places() == null) {
                missing.add("openingPlaces");
                return null;
            }
            if (o.year() <= year) places += o.places();
        }
        return places;
    }

    static BigDecimal prorate(BigDecimal annual, Integer months) {
        return months == null
                ? annual
                : annual.multiply(BigDecimal.valueOf(months)).divide(TWELVE, EXACT);
    }

    private static List<Object> openingArgs(Opening o) {
        return List.of(o.places() == null ? 0 : o.places(), o.year() == null ? 0 : o.year());
    }

    private static FundingLine line(
            Structure s,
            YearParameters p,
            FundingKind kind,
            BigDecimal exact,
            String formula,
            List<Object> args,
            List<ParameterVersion> used,
            Integer months) {
        return new FundingLine(
                s.id(), p.year(), kind, Euros.rounded(exact), new Explanation(formula, args, used, months, List.of()));
    }

    private static FundingLine unknown(
            Structure s,
            YearParameters p,
            FundingKind kind,
            String formula,
            List<ParameterVersion> used,
            List<Object> args,
            List<String> missing) {
        return new FundingLine(s.id(), p.year(), kind, null, new Explanation(formula, args, used, null, missing));
    }

    private static FundingLine notSupported(Structure s, YearParameters p, FundingKind kind) {
        return new FundingLine(
                s.id(),
                p.year(),
                kind,
                Euros.ZERO,
                new Explanation("NOT_SUPPORTED", List.of(s.support().from()), List.of(), null, List.of()));
    }
}
