package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingScenarios;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.FundingLine;
import fr.pilotectg.financing.domain.PlanDifference;
import fr.pilotectg.financing.domain.Scenario;
import fr.pilotectg.financing.domain.ScenarioChange;
import fr.pilotectg.financing.domain.ScenarioComparison;
import fr.pilotectg.financing.domain.ScenarioDelta;
import fr.pilotectg.financing.domain.ScenarioList;
import fr.pilotectg.shared.Euros;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the API and the pages show of financing scenarios: their changes in French, and the comparisons. */
record ScenarioViews() {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A scenario as listed: its name, origin, status, author and day, its changes as saved. */
    record Item(
            UUID id,
            String name,
            Scenario.Origin origin,
            String originLabel,
            Scenario.Status status,
            String statusLabel,
            int version,
            String createdBy,
            String createdOn,
            String discardedText,
            List<ScenarioChange> changes) {

        static Item of(Scenario s, FinancingText t) {
            return new Item(
                    s.id(),
                    s.name(),
                    s.origin(),
                    t.text("financing.scenario.origin." + s.origin().name()),
                    s.status(),
                    t.text("financing.scenario.status." + s.status().name()),
                    s.version(),
                    s.createdBy(),
                    DAY.format(s.createdAt()),
                    s.discardedAt() == null
                            ? null
                            : t.text("financing.scenario.discardedOn", DAY.format(s.discardedAt()), s.discardedBy()),
                    s.changes());
        }
    }

    /** A structure or territory a new scenario may name. */
    record Choice(String value, String label) {}

    record ListView(
            UUID conventionId,
            String conventionTitle,
            List<Item> active,
            List<Item> discarded,
            List<Choice> structures,
            List<Choice> territories,
            List<Integer> years,
            boolean canWrite) {

        static ListView of(ScenarioList l, FinancingText t) {
            List<Item> active = new ArrayList<>();
            List<Item> discarded = new ArrayList<>();
            for (Scenario s : l.scenarios()) (s.active() ? active : discarded).add(Item.of(s, t));
            List<Integer> years = new ArrayList<>();
            for (int y = l.firstYear(); y <= l.lastYear(); y++) years.add(y);
            return new ListView(
                    l.convention().id(),
                    l.convention().title(),
                    active,
                    discarded,
                    l.inputs().structures().stream()
                            .map(s -> new Choice(s.id(), s.name() == null ? s.id() : s.name()))
                            .toList(),
                    l.inputs().territories().stream()
                            .map(x -> new Choice(x.key(), x.label() == null ? x.key() : x.label()))
                            .toList(),
                    years,
                    l.canWrite());
        }
    }

    /** A signed amount: « +24 000,00 € », « −3 100,00 € », « 0,00 € ». */
    record Difference(BigDecimal amount, String text) {

        static Difference of(Euros e) {
            String french = e.french();
            if (e.amount().signum() > 0) french = "+" + french;
            else if (e.amount().signum() < 0) french = "\u2212" + french.substring(1);
            return new Difference(e.amount(), french);
        }
    }

    /** One row (a year, a structure, the total): the amount on each side, with its lines « non renseigné », and the gap. */
    record Row(
            String key,
            String label,
            FinancingViews.Total before,
            FinancingViews.Total after,
            Difference difference,
            boolean changed) {

        static Row of(String key, String label, PlanDifference.Row<?> r, FinancingText t) {
            return new Row(
                    key,
                    label,
                    FinancingViews.Total.of(r.before(), t),
                    FinancingViews.Total.of(r.after(), t),
                    Difference.of(r.difference()),
                    r.changed());
        }
    }

    /** A changed line: its structure, year and kind, each side, the gap, and the explanation of the changed side. */
    record LineChange(
            String structureId,
            String structure,
            int year,
            String kind,
            String kindLabel,
            FinancingViews.Total before,
            FinancingViews.Total after,
            Difference difference,
            List<String> explanation) {}

    record Effect(String text, boolean applied) {}

    /** @param version the version of the compared scenario (to discard it) */
    record Comparison(
            UUID conventionId,
            int version,
            String conventionTitle,
            Item before,
            String beforeLabel,
            List<Effect> beforeEffects,
            Item after,
            String afterLabel,
            List<Effect> effects,
            List<Row> years,
            List<Row> structures,
            Row total,
            List<LineChange> lines,
            String summary,
            int inputsVersion,
            boolean canWrite) {

        static Comparison of(ScenarioComparison c, FinancingScenarios scenarios, FinancingText t) {
            PlanDifference d = c.difference();
            List<Row> years = d.years().stream()
                    .map(r -> Row.of(String.valueOf(r.key()), String.valueOf(r.key()), r, t))
                    .toList();
            List<Row> structures = d.structures().stream()
                    .map(r -> Row.of(r.key(), c.structureName(r.key()), r, t))
                    .toList();
            List<LineChange> lines = new ArrayList<>();
            for (PlanDifference.LineChange l : d.lines()) {
                List<FundingLine> explained = l.afterLines().isEmpty() ? l.beforeLines() : l.afterLines();
                lines.add(new LineChange(
                        l.structureId(),
                        c.structureName(l.structureId()),
                        l.year(),
                        l.kind().name(),
                        t.kind(l.kind()),
                        FinancingViews.Total.of(l.before(), t),
                        FinancingViews.Total.of(l.after(), t),
                        Difference.of(l.difference()),
                        explained.stream().map(t::explanation).toList()));
            }
            Item before = c.before() == null ? null : Item.of(c.before(), t);
            return new Comparison(
                    c.convention().id(),
                    c.after().version(),
                    c.convention().title(),
                    before,
                    before == null ? t.text("financing.scenario.plan") : before.name(),
                    effects(c.beforeEffects(), scenarios),
                    Item.of(c.after(), t),
                    c.after().name(),
                    effects(c.afterEffects(), scenarios),
                    years,
                    structures,
                    Row.of("total", t.text("financing.scenario.total"), d.total(), t),
                    lines,
                    summary(d, c.before() == null, t),
                    c.inputsVersion(),
                    c.canWrite());
        }

        private static List<Effect> effects(List<ScenarioDelta.Effect> effects, FinancingScenarios scenarios) {
            return effects.stream()
                    .map(e -> new Effect(scenarios.effect(e), e.applied()))
                    .toList();
        }

        /** « +24 000,00 € en 2023, +72 000,00 € en 2024 … ; +240 000,00 € sur la durée de la convention ». */
        static String summary(PlanDifference d, boolean againstPlan, FinancingText t) {
            List<String> parts = new ArrayList<>();
            for (PlanDifference.Row<Integer> r : d.years()) {
                if (r.difference().amount().signum() != 0)
                    parts.add(t.text(
                            "financing.scenario.summary.year",
                            Difference.of(r.difference()).text(),
                            String.valueOf(r.key())));
            }
            if (parts.isEmpty())
                return t.text(
                        againstPlan ? "financing.scenario.summary.none" : "financing.scenario.summary.noneBetween");
            return String.join(", ", parts) + " ; "
                    + t.text(
                            "financing.scenario.summary.total",
                            Difference.of(d.total().difference()).text());
        }
    }
}
