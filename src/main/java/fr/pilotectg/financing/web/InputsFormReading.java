package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.EnvelopePeriod;
import fr.pilotectg.financing.domain.FinancingInputs;
import fr.pilotectg.financing.domain.FinancingInputs.Envelope;
import fr.pilotectg.financing.domain.FinancingInputs.Opening;
import fr.pilotectg.financing.domain.FinancingInputs.Operator;
import fr.pilotectg.financing.domain.FinancingInputs.StatedAmount;
import fr.pilotectg.financing.domain.FinancingInputs.StatedKind;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.Support;
import fr.pilotectg.financing.domain.FinancingInputs.Territory;
import fr.pilotectg.financing.domain.FinancingInputs.YearFigures;
import fr.pilotectg.financing.domain.InputEntryErrors;
import fr.pilotectg.financing.domain.StructureKind;
import fr.pilotectg.financing.web.InputsForms.EnvelopeRow;
import fr.pilotectg.financing.web.InputsForms.GeneralForm;
import fr.pilotectg.financing.web.InputsForms.OpeningRow;
import fr.pilotectg.financing.web.InputsForms.StatedRow;
import fr.pilotectg.financing.web.InputsForms.StructureForm;
import fr.pilotectg.financing.web.InputsForms.TerritoryRow;
import fr.pilotectg.financing.web.InputsForms.YearRow;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.Euros;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the financing inputs forms into the inputs and back: French numbers, blank = unknown, a text that is not a
 * number refused next to its field; empty rows left out, and the problems of the inputs (indexed by the rows kept)
 * brought back to the rows of the form.
 */
final class InputsFormReading {

    private InputsFormReading() {}

    /** Blank rows offered to add a territory or an amount cited. */
    static final int BLANK_TERRITORIES = 1;

    static final int BLANK_STATED = 2;
    static final int BLANK_OPENINGS = 1;

    record General(
            Envelope envelope,
            List<Territory> territories,
            List<StatedAmount> statedAmounts,
            List<Integer> territoryRows,
            List<Integer> statedRows) {

        /** The form field of a problem of the inputs. */
        String formField(String field) {
            return reindex(reindex(field, "territories", territoryRows), "statedAmounts", statedRows);
        }
    }

    record StructureRead(Structure structure, List<Integer> openingRows, List<Integer> yearRows) {

        String formField(String field) {
            String own = field.replaceFirst("^structures\\[\\d+\\]\\.", "");
            own = reindex(reindex(own, "openings", openingRows), "years", yearRows);
            if (own.startsWith("support.")) return "supporterId";
            if (own.startsWith("operator.")) return "operatorName";
            return own.replace(".averageFeePerHour", ".fee").replace(".disabilityShare", ".disability");
        }
    }

    // ---------------------------------------------------------------- general

    static GeneralForm generalForm(FinancingInputs inputs, int version) {
        GeneralForm form = new GeneralForm();
        form.setVersion(version);
        EnvelopeRow e = new EnvelopeRow();
        if (inputs.envelope() != null) {
            e.setAmount(plain(inputs.envelope().amount()));
            e.setPeriod(
                    inputs.envelope().period() == null || inputs.envelope().period() == EnvelopePeriod.UNKNOWN
                            ? ""
                            : inputs.envelope().period().name());
            e.setSource(inputs.envelope().source());
        }
        form.setEnvelope(e);
        for (Territory t : inputs.territories()) {
            TerritoryRow r = new TerritoryRow();
            r.setKey(t.key());
            r.setLabel(t.label());
            r.setCejReferenceTotal(plain(t.cejReferenceTotal()));
            r.setCejReferenceEaje(plain(t.cejReferenceEaje()));
            r.setTranche(t.tranche() == null ? "" : String.valueOf(t.tranche()));
            r.setTrancheHypothesis(Boolean.TRUE.equals(t.trancheHypothesis()) ? "true" : "");
            r.setRattrapagePerPlace(plain(t.rattrapagePerPlace()));
            r.setCofinancedPlaces2023(t.cofinancedPlaces2023() == null ? "" : String.valueOf(t.cofinancedPlaces2023()));
            r.setCofinancedPlaces2027(t.cofinancedPlaces2027() == null ? "" : String.valueOf(t.cofinancedPlaces2027()));
            r.setSource(t.source());
            form.getTerritories().add(r);
        }
        for (int i = 0; i < BLANK_TERRITORIES; i++) form.getTerritories().add(new TerritoryRow());
        for (StatedAmount a : inputs.statedAmounts()) {
            StatedRow r = new StatedRow();
            r.setKind(a.kind() == null ? "" : a.kind().name());
            r.setYear(a.year() == null ? "" : String.valueOf(a.year()));
            r.setAmount(plain(a.amount()));
            r.setLabel(a.label());
            r.setInhabitants(a.inhabitants() == null ? "" : String.valueOf(a.inhabitants()));
            r.setAllocataires(a.allocataires() == null ? "" : String.valueOf(a.allocataires()));
            r.setSource(a.source());
            form.getStatedAmounts().add(r);
        }
        for (int i = 0; i < BLANK_STATED; i++) form.getStatedAmounts().add(new StatedRow());
        return form;
    }

    static General general(GeneralForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        EnvelopeRow e = form.getEnvelope() == null ? new EnvelopeRow() : form.getEnvelope();
        Euros amount = euros(e.getAmount(), "envelope.amount", problems);
        EnvelopePeriod period = choice(EnvelopePeriod.class, e.getPeriod());
        Envelope envelope = amount == null && blank(e.getSource())
                ? null
                : new Envelope(amount, period == null ? EnvelopePeriod.UNKNOWN : period, text(e.getSource()));
        List<Territory> territories = new ArrayList<>();
        List<Integer> territoryRows = new ArrayList<>();
        for (int i = 0; i < form.getTerritories().size(); i++) {
            TerritoryRow r = form.getTerritories().get(i);
            if (r == null
                    || allBlank(
                            r.getKey(),
                            r.getLabel(),
                            r.getCejReferenceTotal(),
                            r.getCejReferenceEaje(),
                            r.getTranche(),
                            r.getRattrapagePerPlace(),
                            r.getSource())) continue;
            String f = "territories[" + i + "].";
            territories.add(new Territory(
                    text(r.getKey()),
                    text(r.getLabel()),
                    euros(r.getCejReferenceTotal(), f + "cejReferenceTotal", problems),
                    euros(r.getCejReferenceEaje(), f + "cejReferenceEaje", problems),
                    integer(r.getTranche(), f + "tranche", problems),
                    "true".equals(r.getTrancheHypothesis()) ? Boolean.TRUE : null,
                    euros(r.getRattrapagePerPlace(), f + "rattrapagePerPlace", problems),
                    integer(r.getCofinancedPlaces2023(), f + "cofinancedPlaces2023", problems),
                    integer(r.getCofinancedPlaces2027(), f + "cofinancedPlaces2027", problems),
                    text(r.getSource())));
            territoryRows.add(i);
        }
        List<StatedAmount> stated = new ArrayList<>();
        List<Integer> statedRows = new ArrayList<>();
        for (int i = 0; i < form.getStatedAmounts().size(); i++) {
            StatedRow r = form.getStatedAmounts().get(i);
            if (r == null
                    || allBlank(
                            r.getAmount(),
                            r.getLabel(),
                            r.getYear(),
                            r.getInhabitants(),
                            r.getAllocataires(),
                            r.getSource())) continue;
            String f = "statedAmounts[" + i + "].";
            stated.add(new StatedAmount(
                    choice(StatedKind.class, r.getKind()),
                    integer(r.getYear(), f + "year", problems),
                    euros(r.getAmount(), f + "amount", problems),
                    integer(r.getInhabitants(), f + "inhabitants", problems),
                    integer(r.getAllocataires(), f + "allocataires", problems),
                    text(r.getLabel()),
                    text(r.getSource())));
            statedRows.add(i);
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new General(envelope, territories, stated, territoryRows, statedRows);
    }

    // ---------------------------------------------------------------- structure

    static StructureForm structureForm(Structure s, int version, int firstYear, int lastYear) {
        StructureForm form = new StructureForm();
        form.setVersion(version);
        form.setName(s.name());
        form.setKind(s.kind() == null ? "" : s.kind().name());
        form.setTerritory(s.territory() == null ? "" : s.territory());
        form.setSupporterId(
                s.support() == null || s.support().organisationId() == null
                        ? ""
                        : s.support().organisationId().toString());
        form.setSupportFrom(
                s.support() == null || s.support().from() == null
                        ? ""
                        : s.support().from().toString());
        form.setOperatorName(s.operator() == null ? "" : s.operator().name());
        form.setQpv(bool(s.qpv()));
        form.setZrr(bool(s.zrr()));
        form.setExistingPlaces(s.existingPlaces() == null ? "" : String.valueOf(s.existingPlaces()));
        form.setExistingHours(FrenchNumbers.plain(s.existingHours()));
        form.setCejReference(plain(s.cejReference()));
        for (Opening o : s.openings()) {
            OpeningRow r = new OpeningRow();
            r.setPlaces(o.places() == null ? "" : String.valueOf(o.places()));
            r.setYear(o.year() == null ? "" : String.valueOf(o.year()));
            r.setMonth(o.month() == null ? "" : String.valueOf(o.month()));
            r.setNote(o.note());
            form.getOpenings().add(r);
        }
        for (int i = 0; i < BLANK_OPENINGS; i++) form.getOpenings().add(new OpeningRow());
        for (int year = firstYear; year <= lastYear; year++) {
            YearRow r = new YearRow();
            r.setYear(String.valueOf(year));
            Optional<YearFigures> y = s.year(year);
            if (y.isPresent()) {
                YearFigures v = y.get();
                r.setPlaces(v.places() == null ? "" : String.valueOf(v.places()));
                r.setHours(FrenchNumbers.plain(v.hours()));
                r.setOpeningMonth(v.openingMonth() == null ? "" : String.valueOf(v.openingMonth()));
                r.setClosingMonth(v.closingMonth() == null ? "" : String.valueOf(v.closingMonth()));
                r.setFee(FrenchNumbers.plain(v.averageFeePerHour()));
                r.setDisability(FrenchNumbers.plain(v.disabilityShare()));
                r.setCostPerPlace(plain(v.costPerPlace()));
                r.setPs(plain(v.ps()));
            }
            form.getYears().add(r);
        }
        return form;
    }

    /**
     * The structure as typed over {@code current}: its identifier, register link, source and the figures the pages do
     * not show (bonuses' inputs) are kept; the supporter is one of {@code supporters} (id → name).
     */
    static StructureRead structure(StructureForm form, Structure current, Map<UUID, String> supporters) {
        List<FieldProblem> problems = new ArrayList<>();
        Support support = null;
        UUID supporterId = uuid(form.getSupporterId());
        LocalDate from = day(form.getSupportFrom(), "supportFrom", problems);
        if (supporterId != null) {
            support = new Support(supporterId, supporters.getOrDefault(supporterId, ""), from);
        }
        Operator operator = blank(form.getOperatorName())
                ? null
                : current.operator() != null
                                && form.getOperatorName()
                                        .strip()
                                        .equals(current.operator().name())
                        ? current.operator()
                        : new Operator(null, form.getOperatorName().strip());
        List<Opening> openings = new ArrayList<>();
        List<Integer> openingRows = new ArrayList<>();
        for (int i = 0; i < form.getOpenings().size(); i++) {
            OpeningRow r = form.getOpenings().get(i);
            if (r == null || allBlank(r.getPlaces(), r.getYear(), r.getMonth(), r.getNote())) continue;
            String f = "openings[" + i + "].";
            openings.add(new Opening(
                    integer(r.getPlaces(), f + "places", problems),
                    integer(r.getYear(), f + "year", problems),
                    integer(r.getMonth(), f + "month", problems),
                    text(r.getNote())));
            openingRows.add(i);
        }
        List<YearFigures> years = new ArrayList<>();
        List<Integer> yearRows = new ArrayList<>();
        for (int i = 0; i < form.getYears().size(); i++) {
            YearRow r = form.getYears().get(i);
            if (r == null) continue;
            String f = "years[" + i + "].";
            Integer year = integer(r.getYear(), f + "year", problems);
            YearFigures kept = year == null ? null : current.year(year).orElse(null);
            boolean typed = !allBlank(
                    r.getPlaces(),
                    r.getHours(),
                    r.getOpeningMonth(),
                    r.getClosingMonth(),
                    r.getFee(),
                    r.getDisability(),
                    r.getCostPerPlace(),
                    r.getPs());
            boolean hidden = kept != null
                    && (kept.inclusiveChildHours() != null
                            || kept.newHours() != null
                            || kept.btFlat() != null
                            || kept.rpeMissions() != null
                            || kept.rpeEtp() != null
                            || kept.rpeExpenses() != null);
            if (!typed && !hidden) continue;
            years.add(new YearFigures(
                    year,
                    euros(r.getPs(), f + "ps", problems),
                    number(r.getFee(), f + "fee", problems),
                    share(r.getDisability(), f + "disability", problems),
                    euros(r.getCostPerPlace(), f + "costPerPlace", problems),
                    kept == null ? null : kept.inclusiveChildHours(),
                    kept == null ? null : kept.newHours(),
                    kept == null ? null : kept.btFlat(),
                    kept == null ? null : kept.rpeMissions(),
                    kept == null ? null : kept.rpeEtp(),
                    kept == null ? null : kept.rpeExpenses(),
                    integer(r.getPlaces(), f + "places", problems),
                    number(r.getHours(), f + "hours", problems),
                    integer(r.getOpeningMonth(), f + "openingMonth", problems),
                    integer(r.getClosingMonth(), f + "closingMonth", problems)));
            yearRows.add(i);
        }
        Structure structure = new Structure(
                current.id(),
                blank(form.getName()) ? current.name() : form.getName().strip(),
                choice(StructureKind.class, form.getKind()),
                text(form.getTerritory()),
                current.equipmentId(),
                support,
                yesNo(form.getQpv()),
                yesNo(form.getZrr()),
                integer(form.getExistingPlaces(), "existingPlaces", problems),
                number(form.getExistingHours(), "existingHours", problems),
                euros(form.getCejReference(), "cejReference", problems),
                openings,
                years,
                current.source(),
                operator);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new StructureRead(structure, openingRows, yearRows);
    }

    /** The fields of the domain names for the rows of the form ({@code years[1]} kept as the form's {@code years[3]}). */
    static DomainException remap(DomainException e, UnaryOperator<String> formField) {
        if (e.fields().isEmpty()) return e;
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldProblem p : e.fields()) fields.add(new FieldProblem(formField.apply(p.field()), p.code(), p.args()));
        return DomainException.invalidFields(fields);
    }

    // ---------------------------------------------------------------- values

    private static final Pattern INDEX = Pattern.compile("^(\\w+)\\[(\\d+)\\](.*)$");

    static String reindex(String field, String list, List<Integer> rows) {
        Matcher m = INDEX.matcher(field);
        if (!m.matches() || !m.group(1).equals(list)) return field;
        int i = Integer.parseInt(m.group(2));
        int row = i < rows.size() ? rows.get(i) : i;
        return list + "[" + row + "]" + m.group(3);
    }

    private static String plain(Euros amount) {
        return amount == null ? "" : FrenchNumbers.plain(amount.amount());
    }

    private static String bool(Boolean value) {
        return value == null ? "" : value.toString();
    }

    private static Boolean yesNo(String text) {
        if ("true".equals(text)) return Boolean.TRUE;
        if ("false".equals(text)) return Boolean.FALSE;
        return null;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean allBlank(String... texts) {
        for (String t : texts) if (!blank(t)) return false;
        return true;
    }

    private static String text(String text) {
        return blank(text) ? null : text.strip();
    }

    private static UUID uuid(String text) {
        if (blank(text)) return null;
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        if (blank(name)) return null;
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static BigDecimal number(String text, String field, List<FieldProblem> problems) {
        if (blank(text)) return null;
        Optional<BigDecimal> value = FrenchNumbers.parse(text.replace("€", ""));
        if (value.isEmpty()) problems.add(FieldProblem.of(field, InputEntryErrors.NUMBER_INVALID, text.strip()));
        return value.orElse(null);
    }

    private static BigDecimal share(String text, String field, List<FieldProblem> problems) {
        if (blank(text)) return null;
        boolean percent = text.contains("%");
        BigDecimal value = number(text.replace("%", ""), field, problems);
        return value == null ? null : percent ? value.movePointLeft(2) : value;
    }

    private static Integer integer(String text, String field, List<FieldProblem> problems) {
        BigDecimal value = number(text, field, problems);
        if (value == null) return null;
        if (value.stripTrailingZeros().scale() > 0 || value.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
            problems.add(FieldProblem.of(field, InputEntryErrors.NUMBER_INVALID, text.strip()));
            return null;
        }
        return value.intValueExact();
    }

    private static Euros euros(String text, String field, List<FieldProblem> problems) {
        BigDecimal value = number(text, field, problems);
        if (value == null) return null;
        // The sign and the range are the inputs' checks (with every other problem at once); only the cents are read
        // here.
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of(field, Euros.AMOUNT_TOO_PRECISE, Euros.MAX_TEXT));
            return null;
        }
        return Euros.of(value);
    }

    private static LocalDate day(String text, String field, List<FieldProblem> problems) {
        if (blank(text)) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, InputEntryErrors.DATE_INVALID, text.strip()));
            return null;
        }
    }
}
