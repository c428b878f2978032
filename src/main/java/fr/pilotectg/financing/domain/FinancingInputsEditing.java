package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.financing.ParameterCode;
import fr.pilotectg.financing.domain.FinancingInputs.Opening;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.Territory;
import fr.pilotectg.financing.domain.FinancingInputs.YearFigures;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.Euros;
import fr.pilotectg.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering the inputs of a convention's financing: the whole document is replaced at once, checked first (negative
 * amounts, a year outside the convention, a month, tranche or share out of range, a territory not entered, a supporter
 * that does not take part in the convention, a rattrapage outside its published bounds): any problem refuses all of it
 * with French messages per field, nothing half saved.
 */
@Service
public class FinancingInputsEditing {

    private final FinancingFlow flow;
    private final FinancingRepository repository;
    private final MessageSource messages;
    private final Directory directory;

    FinancingInputsEditing(
            FinancingFlow flow, FinancingRepository repository, MessageSource messages, Directory directory) {
        this.flow = flow;
        this.repository = repository;
        this.messages = messages;
        this.directory = directory;
    }

    @Transactional
    public int replace(UUID conventionId, int version, FinancingInputs inputs) {
        return flow.changeInputs(conventionId, version, (before, convention) -> {
            check(convention, inputs);
            List<AuditChange> changes = new ArrayList<>();
            change(changes, "envelope", envelope(before), envelope(inputs));
            change(
                    changes,
                    "territories",
                    String.valueOf(before.territories().size()),
                    String.valueOf(inputs.territories().size()));
            change(
                    changes,
                    "structures",
                    String.valueOf(before.structures().size()),
                    String.valueOf(inputs.structures().size()));
            String summary = text(
                    "financing.audit.inputs.updated",
                    inputs.structures().size(),
                    inputs.territories().size());
            return new FinancingFlow.Outcome(inputs, summary, changes);
        });
    }

    /** Every problem of a whole document, refused together (also used by the entry pages and the import). */
    void check(ConventionSummary convention, FinancingInputs inputs) {
        List<FieldProblem> problems = new ArrayList<>();
        int first = convention.start().getYear();
        int last = convention.end().getYear();
        if (inputs.envelope() != null)
            money(problems, "envelope.amount", inputs.envelope().amount());
        Parameters parameters = new Parameters(repository.parameters(convention.cafId()));
        YearParameters bounds = parameters.forYear(Math.max(first, 2021), convention.cafId());
        Set<String> territories = new HashSet<>();
        for (int i = 0; i < inputs.territories().size(); i++) {
            Territory t = inputs.territories().get(i);
            String f = "territories[" + i + "].";
            if (t.key() == null || t.key().isBlank())
                problems.add(FieldProblem.of(f + "key", FinancingErrors.REQUIRED));
            else territories.add(t.key());
            money(problems, f + "cejReferenceTotal", t.cejReferenceTotal());
            money(problems, f + "cejReferenceEaje", t.cejReferenceEaje());
            if (t.tranche() != null && (t.tranche() < 1 || t.tranche() > 3))
                problems.add(FieldProblem.of(f + "tranche", FinancingErrors.TRANCHE_INVALID));
            if (t.rattrapagePerPlace() != null) {
                BigDecimal min = bounds.number(ParameterCode.BT_RATTRAPAGE_MIN);
                BigDecimal max = bounds.number(ParameterCode.BT_RATTRAPAGE_MAX);
                BigDecimal v = t.rattrapagePerPlace().amount();
                if (min != null && max != null && (v.compareTo(min) < 0 || v.compareTo(max) > 0))
                    problems.add(FieldProblem.of(
                            f + "rattrapagePerPlace",
                            FinancingErrors.RATTRAPAGE_OUT_OF_BOUNDS,
                            min.toPlainString(),
                            max.toPlainString()));
            }
            count(problems, f + "cofinancedPlaces2023", t.cofinancedPlaces2023());
            count(problems, f + "cofinancedPlaces2027", t.cofinancedPlaces2027());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < inputs.structures().size(); i++) {
            Structure s = inputs.structures().get(i);
            String f = "structures[" + i + "].";
            if (s.id() == null || s.id().isBlank()) problems.add(FieldProblem.of(f + "id", FinancingErrors.REQUIRED));
            else if (!ids.add(s.id()))
                problems.add(FieldProblem.of(f + "id", FinancingErrors.STRUCTURE_DUPLICATE, s.id()));
            if (s.name() == null || s.name().isBlank())
                problems.add(FieldProblem.of(f + "name", FinancingErrors.REQUIRED));
            if (s.kind() == null) problems.add(FieldProblem.of(f + "kind", FinancingErrors.REQUIRED));
            if (s.territory() != null && !territories.contains(s.territory()))
                problems.add(FieldProblem.of(f + "territory", FinancingErrors.TERRITORY_UNKNOWN, s.territory()));
            if (s.support() != null
                    && s.support().organisationId() != null
                    && !convention.organisations().contains(s.support().organisationId()))
                problems.add(FieldProblem.of(f + "support.organisationId", FinancingErrors.SUPPORTER_NOT_SIGNATORY));
            if (s.operator() != null
                    && s.operator().organisationId() != null
                    && directory.findOrganisation(s.operator().organisationId()).isEmpty())
                problems.add(FieldProblem.of(f + "operator.organisationId", FinancingErrors.OPERATOR_UNKNOWN));
            count(problems, f + "existingPlaces", s.existingPlaces());
            number(problems, f + "existingHours", s.existingHours());
            money(problems, f + "cejReference", s.cejReference());
            for (int j = 0; j < s.openings().size(); j++) {
                Opening o = s.openings().get(j);
                String g = f + "openings[" + j + "].";
                count(problems, g + "places", o.places());
                year(problems, g + "year", o.year(), first, last, false);
                if (o.month() != null && (o.month() < 1 || o.month() > 12))
                    problems.add(FieldProblem.of(g + "month", FinancingErrors.MONTH_INVALID));
            }
            for (int j = 0; j < s.years().size(); j++) {
                YearFigures y = s.years().get(j);
                String g = f + "years[" + j + "].";
                year(problems, g + "year", y.year(), first, last, true);
                money(problems, g + "ps", y.ps());
                number(problems, g + "averageFeePerHour", y.averageFeePerHour());
                if (y.disabilityShare() != null
                        && (y.disabilityShare().signum() < 0
                                || y.disabilityShare().compareTo(BigDecimal.ONE) > 0))
                    problems.add(FieldProblem.of(g + "disabilityShare", FinancingErrors.SHARE_INVALID));
                money(problems, g + "costPerPlace", y.costPerPlace());
                number(problems, g + "inclusiveChildHours", y.inclusiveChildHours());
                number(problems, g + "newHours", y.newHours());
                money(problems, g + "btFlat", y.btFlat());
                count(problems, g + "rpeMissions", y.rpeMissions());
                number(problems, g + "rpeEtp", y.rpeEtp());
                money(problems, g + "rpeExpenses", y.rpeExpenses());
                count(problems, g + "places", y.places());
                number(problems, g + "hours", y.hours());
                month(problems, g + "openingMonth", y.openingMonth(), FinancingErrors.MONTH_INVALID);
                month(problems, g + "closingMonth", y.closingMonth(), InputEntryErrors.CLOSING_MONTH_INVALID);
            }
        }
        for (int i = 0; i < inputs.statedAmounts().size(); i++) {
            var a = inputs.statedAmounts().get(i);
            String f = "statedAmounts[" + i + "].";
            if (a.kind() == null) problems.add(FieldProblem.of(f + "kind", FinancingErrors.REQUIRED));
            if (a.amount() == null) problems.add(FieldProblem.of(f + "amount", FinancingErrors.REQUIRED));
            money(problems, f + "amount", a.amount());
            year(problems, f + "year", a.year(), first, last, false);
            count(problems, f + "inhabitants", a.inhabitants());
            count(problems, f + "allocataires", a.allocataires());
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    /**
     * A year of the convention. An opening may predate the convention (places opened under the CEJ still count as new
     * places), figures may not.
     */
    private static void year(
            List<FieldProblem> problems, String field, Integer year, int first, int last, boolean within) {
        if (year == null) {
            problems.add(FieldProblem.of(field, FinancingErrors.REQUIRED));
        } else if (year > last || (within && year < first) || year < 2000) {
            problems.add(FieldProblem.of(
                    field,
                    FinancingErrors.YEAR_OUTSIDE_CONVENTION,
                    String.valueOf(year),
                    String.valueOf(first),
                    String.valueOf(last)));
        }
    }

    private static void month(List<FieldProblem> problems, String field, Integer month, String code) {
        if (month != null && (month < 1 || month > 12)) problems.add(FieldProblem.of(field, code));
    }

    private static void money(List<FieldProblem> problems, String field, Euros amount) {
        if (amount == null) return;
        Euros.problem(amount.amount())
                .ifPresent(code -> problems.add(FieldProblem.of(
                        field, amount.amount().signum() < 0 ? FinancingErrors.NEGATIVE : code, Euros.MAX_TEXT)));
    }

    private static void number(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) problems.add(FieldProblem.of(field, FinancingErrors.NEGATIVE));
    }

    private static void count(List<FieldProblem> problems, String field, Integer value) {
        if (value != null && value < 0) problems.add(FieldProblem.of(field, FinancingErrors.NEGATIVE));
    }

    private String envelope(FinancingInputs inputs) {
        if (inputs.envelope() == null || inputs.envelope().amount() == null) return null;
        EnvelopePeriod period = inputs.envelope().period() == null
                ? EnvelopePeriod.UNKNOWN
                : inputs.envelope().period();
        return inputs.envelope().amount().french() + " (" + text("financing.period." + period.name()) + ")";
    }

    private void change(List<AuditChange> changes, String field, String before, String after) {
        if (!java.util.Objects.equals(before, after))
            changes.add(new AuditChange(text("financing.audit.field." + field), before, after));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.FRANCE);
    }
}
