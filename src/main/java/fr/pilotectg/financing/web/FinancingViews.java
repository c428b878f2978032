package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.EnvelopePeriod;
import fr.pilotectg.financing.domain.FinancingInputs;
import fr.pilotectg.financing.domain.FinancingReport;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.FundingLine;
import fr.pilotectg.financing.domain.FundingPlan;
import fr.pilotectg.financing.domain.FundingSource;
import fr.pilotectg.financing.domain.LineStatus;
import fr.pilotectg.financing.domain.ParameterVersion;
import fr.pilotectg.shared.Euros;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the API and the page show of a convention's financing: amounts with their French text and explanations. */
record FinancingViews() {

    record Amount(BigDecimal amount, String text) {

        static Amount of(Euros euros, FinancingText t) {
            return new Amount(euros == null ? null : euros.amount(), t.amount(euros));
        }
    }

    record Parameter(
            String code,
            String label,
            String ref,
            String value,
            String valueText,
            LocalDate validFrom,
            LocalDate validTo,
            String source,
            boolean hypothesis,
            UUID cafId,
            String reason) {

        static Parameter of(ParameterVersion v, FinancingText t) {
            return new Parameter(
                    v.code().name(),
                    t.parameter(v.code()),
                    v.code().ref(),
                    v.value(),
                    t.value(v),
                    v.validFrom(),
                    v.validTo(),
                    v.source(),
                    v.hypothesis(),
                    v.cafId(),
                    v.reason());
        }
    }

    /**
     * @param amount the amount counted: the frozen one for a notified or paid line, else the estimate
     * @param status ESTIMATED, NOTIFIED or PAID
     * @param recomputed the estimate computed today when it differs from the notified amount, else null
     * @param difference recomputed minus notified, or null
     */
    record Line(
            String structureId,
            int year,
            String kind,
            String label,
            Amount amount,
            String explanation,
            Integer months,
            List<String> missing,
            boolean hypothesis,
            List<Parameter> parameters,
            String status,
            String statusLabel,
            String statusText,
            Amount recomputed,
            Amount difference) {}

    record Total(Amount amount, int unknownLines) {

        static Total of(FundingPlan.Total total, FinancingText t) {
            return new Total(Amount.of(total.amount(), t), total.unknownLines());
        }
    }

    record YearTotal(int year, Total total) {}

    record Structure(
            String id, String name, String kind, String kindLabel, String territory, List<Line> lines, Total total) {}

    record SourceTotal(String source, String label, Total total) {}

    record Envelope(
            Amount stated,
            EnvelopePeriod period,
            String periodLabel,
            boolean periodStated,
            String source,
            List<YearTotal> btByYear,
            Total btOverContract,
            Amount annualDifferenceFirstYear,
            Amount contractDifference) {}

    record Reference(int year, Amount reference, Total bt, boolean below) {}

    record Stated(
            String kind,
            String kindLabel,
            Integer year,
            Amount amount,
            Amount perInhabitant,
            Amount perAllocataire,
            String label,
            String source) {

        static Stated of(FinancingInputs.StatedAmount a, FinancingText t) {
            Euros perInhabitant = a.amount() != null && a.inhabitants() != null && a.inhabitants() > 0
                    ? FundingPlan.per(a.amount(), a.inhabitants())
                    : null;
            Euros perAllocataire = a.amount() != null && a.allocataires() != null && a.allocataires() > 0
                    ? FundingPlan.per(a.amount(), a.allocataires())
                    : null;
            return new Stated(
                    a.kind() == null ? null : a.kind().name(),
                    a.kind() == null
                            ? t.text("financing.unknown")
                            : t.text("financing.stated." + a.kind().name()),
                    a.year(),
                    Amount.of(a.amount(), t),
                    Amount.of(perInhabitant, t),
                    Amount.of(perAllocataire, t),
                    a.label(),
                    a.source());
        }
    }

    /** The total of a group of structures (a territory, a gestionnaire), named as entered. */
    record GroupTotal(String label, Total total) {}

    record Report(
            UUID conventionId,
            String title,
            int version,
            boolean canEdit,
            boolean canSettle,
            List<Integer> years,
            List<Structure> structures,
            List<YearTotal> totalsByYear,
            List<SourceTotal> totalsBySource,
            List<GroupTotal> totalsByTerritory,
            List<GroupTotal> totalsByOperator,
            Total total,
            Envelope envelope,
            List<Reference> reference,
            List<Stated> statedAmounts,
            FinancingInputs inputs) {}

    static Report report(FinancingReport r, FinancingText t) {
        FundingPlan plan = r.plan();
        List<Structure> structures = new ArrayList<>();
        for (FinancingInputs.Structure s : r.inputs().structures()) {
            List<Line> lines = plan.lines().stream()
                    .filter(l -> l.structureId().equals(s.id()))
                    .map(l -> line(l, r, t))
                    .toList();
            FundingPlan.Total total = plan.byStructure().getOrDefault(s.id(), new FundingPlan.Total(Euros.ZERO, 0));
            structures.add(new Structure(
                    s.id(),
                    s.name(),
                    s.kind() == null ? null : s.kind().name(),
                    s.kind() == null
                            ? t.text("financing.unknown")
                            : t.text("financing.structureKind." + s.kind().name()),
                    s.territory(),
                    lines,
                    Total.of(total, t)));
        }
        List<YearTotal> byYear = years(plan.byYear(), t);
        List<SourceTotal> bySource = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            FundingPlan.Total total = plan.bySource().get(source);
            if (total != null)
                bySource.add(new SourceTotal(
                        source.name(), t.text("financing.source." + source.name()), Total.of(total, t)));
        }
        Envelope envelope = null;
        if (plan.envelope() != null) {
            FundingPlan.EnvelopeCheck e = plan.envelope();
            envelope = new Envelope(
                    Amount.of(e.stated(), t),
                    e.period(),
                    t.text("financing.period." + e.period().name()),
                    e.periodStated(),
                    e.source(),
                    years(e.btByYear(), t),
                    Total.of(e.btOverContract(), t),
                    Amount.of(e.annualDifferenceFirstYear(), t),
                    Amount.of(e.contractDifference(), t));
        }
        List<Reference> reference = plan.reference().stream()
                .map(c -> new Reference(c.year(), Amount.of(c.reference(), t), Total.of(c.bt(), t), c.below()))
                .toList();
        return new Report(
                r.convention().id(),
                r.convention().title(),
                r.version(),
                r.canEdit(),
                r.canSettle(),
                plan.years(),
                structures,
                byYear,
                bySource,
                groups(
                        r,
                        t,
                        s -> s.territory() == null
                                ? null
                                : r.inputs()
                                        .territory(s.territory())
                                        .map(x -> x.label() == null ? x.key() : x.label())
                                        .orElse(s.territory())),
                groups(r, t, s -> s.operator() == null ? null : s.operator().name()),
                Total.of(plan.total(), t),
                envelope,
                reference,
                r.inputs().statedAmounts().stream().map(a -> Stated.of(a, t)).toList(),
                r.inputs());
    }

    static Line line(FundingLine l, FinancingReport r, FinancingText t) {
        LineStatus status = r.status(l);
        FundingLine computed = r.computed(l);
        LineStatus.Status code = status == null ? LineStatus.Status.ESTIMATED : status.status();
        String statusText = status == null
                ? t.text("financing.status.ESTIMATED")
                : code == LineStatus.Status.PAID
                        ? t.text(
                                "financing.status.paidOn", t.day(status.paidAt().toLocalDate()), status.paidBy())
                        : t.text(
                                "financing.status.notifiedOn",
                                t.day(status.notifiedAt().toLocalDate()),
                                status.notifiedBy());
        Amount recomputed = null;
        Amount difference = null;
        if (status != null && !status.amount().equals(computed.amount())) {
            recomputed = Amount.of(computed.amount(), t);
            if (computed.amount() != null) {
                Euros gap = computed.amount().minus(status.amount());
                difference = new Amount(gap.amount(), (gap.amount().signum() > 0 ? "+" : "") + gap.french());
            }
        }
        return new Line(
                l.structureId(),
                l.year(),
                l.kind().name(),
                t.kind(l.kind()),
                Amount.of(l.amount(), t),
                t.explanation(l),
                l.explanation().months(),
                l.explanation().missing(),
                l.explanation().hypothesis(),
                l.explanation().parameters().stream()
                        .map(p -> Parameter.of(p, t))
                        .toList(),
                code.name(),
                t.text("financing.status." + code.name()),
                statusText,
                recomputed,
                difference);
    }

    /** Totals by a name given to each structure (null: « non renseigné »), in French order, unknown last. */
    private static List<GroupTotal> groups(
            FinancingReport r, FinancingText t, java.util.function.Function<FinancingInputs.Structure, String> name) {
        Map<String, String> groupOf = new java.util.HashMap<>();
        for (FinancingInputs.Structure s : r.inputs().structures()) groupOf.put(s.id(), name.apply(s));
        Map<String, FundingPlan.Total> totals = new java.util.TreeMap<>(fr.pilotectg.shared.FrenchOrder.NAMES);
        FundingPlan.Total unknown = null;
        for (FundingLine l : r.plan().lines()) {
            String g = groupOf.get(l.structureId());
            FundingPlan.Total one = new FundingPlan.Total(l.known() ? l.amount() : Euros.ZERO, l.known() ? 0 : 1);
            if (g == null || g.isBlank()) unknown = unknown == null ? one : sum(unknown, one);
            else totals.merge(g, one, FinancingViews::sum);
        }
        List<GroupTotal> out = new ArrayList<>();
        totals.forEach((g, total) -> out.add(new GroupTotal(g, Total.of(total, t))));
        if (unknown != null) out.add(new GroupTotal(t.text("financing.unknown"), Total.of(unknown, t)));
        return out;
    }

    private static FundingPlan.Total sum(FundingPlan.Total a, FundingPlan.Total b) {
        return new FundingPlan.Total(a.amount().plus(b.amount()), a.unknownLines() + b.unknownLines());
    }

    private static List<YearTotal> years(Map<Integer, FundingPlan.Total> totals, FinancingText t) {
        return totals.entrySet().stream()
                .map(e -> new YearTotal(e.getKey(), Total.of(e.getValue(), t)))
                .toList();
    }
}
