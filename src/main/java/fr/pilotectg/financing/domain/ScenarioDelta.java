package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.domain.FinancingInputs.Opening;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.Support;
import fr.pilotectg.financing.domain.FinancingInputs.Territory;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a scenario's changes and lays them over a copy of the inputs in memory (pure: the stored inputs are never
 * touched). Each change says what it did ({@link Effect}): a change that no longer applies because the plan was corrected
 * since (its structure removed, a capacity already reached) is said, not an error.
 */
public final class ScenarioDelta {

    /** The proration modes of new places the engine applies (parameter P2). */
    public static final Set<String> PRORATIONS = Set.of("NONE", "MONTHS");

    private ScenarioDelta() {}

    /**
     * What one change did: {@code key} ({@code financing.scenario.effect.<key>}) with its arguments; {@code applied}
     * false when it changed nothing.
     */
    public record Effect(int index, ScenarioChange change, String key, List<Object> args, boolean applied) {}

    /** The inputs with the changes laid over them, the proration mode chosen (null: the parameter's) and the effects. */
    public record Applied(FinancingInputs inputs, String proration, List<Effect> effects) {}

    /** Checks the name and every change against the convention's years and current inputs; nothing is saved on error. */
    public static void check(String name, List<ScenarioChange> changes, FinancingInputs inputs, int first, int last) {
        List<FieldProblem> problems = new ArrayList<>();
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) problems.add(FieldProblem.of("name", ScenarioErrors.NAME_REQUIRED));
        else if (stripped.length() > ScenarioErrors.NAME_MAX)
            problems.add(FieldProblem.of("name", ScenarioErrors.NAME_TOO_LONG, ScenarioErrors.NAME_MAX));
        if (changes == null || changes.isEmpty())
            problems.add(FieldProblem.of("changes", ScenarioErrors.CHANGES_REQUIRED));
        else if (changes.size() > InputLimits.LIST_MAX)
            problems.add(FieldProblem.of("changes", InputLimits.LIST_TOO_LONG, InputLimits.LIST_MAX));
        else {
            for (int i = 0; i < changes.size(); i++) check(i, changes.get(i), inputs, first, last, problems);
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    private static void check(
            int i, ScenarioChange c, FinancingInputs inputs, int first, int last, List<FieldProblem> problems) {
        String at = "changes[" + i + "].";
        if (c == null || c.kind() == null) {
            problems.add(FieldProblem.of(at + "kind", ScenarioErrors.KIND_REQUIRED));
            return;
        }
        switch (c.kind()) {
            case ADD_PLACES, SET_CAPACITY -> {
                if (c.structureId() == null || structure(inputs, c.structureId()) == null)
                    problems.add(FieldProblem.of(
                            at + "structureId", ScenarioErrors.STRUCTURE_UNKNOWN, String.valueOf(c.structureId())));
                places(at, c, c.kind() == ScenarioChange.Kind.ADD_PLACES, problems);
                year(at, c, first, last, problems);
            }
            case NEW_STRUCTURE -> {
                if (c.name() == null || c.name().isBlank())
                    problems.add(FieldProblem.of(at + "name", ScenarioErrors.STRUCTURE_NAME_REQUIRED));
                else if (c.name().strip().length() > InputLimits.NAME_MAX)
                    problems.add(FieldProblem.of(at + "name", ScenarioErrors.NAME_TOO_LONG, InputLimits.NAME_MAX));
                territory(at, c, inputs, problems);
                places(at, c, true, problems);
                year(at, c, first, last, problems);
            }
            case SET_TRANCHE -> {
                territory(at, c, inputs, problems);
                if (c.tranche() == null || c.tranche() < 1 || c.tranche() > 3)
                    problems.add(FieldProblem.of(at + "tranche", ScenarioErrors.TRANCHE_INVALID));
            }
            case SET_PRORATION -> {
                if (c.proration() == null || !PRORATIONS.contains(c.proration()))
                    problems.add(FieldProblem.of(at + "proration", ScenarioErrors.PRORATION_INVALID));
            }
        }
        if (c.note() != null && c.note().length() > InputLimits.TITLE_MAX)
            problems.add(FieldProblem.of(at + "note", InputLimits.TEXT_TOO_LONG, InputLimits.TITLE_MAX));
    }

    private static void places(String at, ScenarioChange c, boolean positive, List<FieldProblem> problems) {
        if (c.places() == null) problems.add(FieldProblem.of(at + "places", ScenarioErrors.PLACES_REQUIRED));
        else if (c.places() < 0 || (positive && c.places() == 0))
            problems.add(FieldProblem.of(at + "places", ScenarioErrors.PLACES_NEGATIVE));
        else if (c.places() > InputLimits.PLACES_MAX)
            problems.add(FieldProblem.of(at + "places", InputLimits.PLACES_OUT_OF_RANGE, 0, InputLimits.PLACES_MAX));
    }

    private static void year(String at, ScenarioChange c, int first, int last, List<FieldProblem> problems) {
        if (c.year() == null || c.year() < first || c.year() > last)
            problems.add(FieldProblem.of(
                    at + "year",
                    ScenarioErrors.YEAR_OUTSIDE_CONVENTION,
                    String.valueOf(c.year()),
                    String.valueOf(first),
                    String.valueOf(last)));
        if (c.month() != null && (c.month() < 1 || c.month() > 12))
            problems.add(FieldProblem.of(at + "month", ScenarioErrors.MONTH_INVALID));
    }

    private static void territory(String at, ScenarioChange c, FinancingInputs inputs, List<FieldProblem> problems) {
        if (inputs.territory(c.territory()).isEmpty())
            problems.add(
                    FieldProblem.of(at + "territory", ScenarioErrors.TERRITORY_UNKNOWN, String.valueOf(c.territory())));
    }

    private static Structure structure(FinancingInputs inputs, String id) {
        for (Structure s : inputs.structures()) if (id.equals(s.id())) return s;
        return null;
    }

    /** The inputs as the scenario would have them, in memory; {@code source} names the scenario on the new openings. */
    public static Applied apply(FinancingInputs inputs, List<ScenarioChange> changes, String source) {
        Map<String, Structure> structures = new LinkedHashMap<>();
        for (Structure s : inputs.structures()) structures.put(s.id(), s);
        Map<String, Territory> territories = new LinkedHashMap<>();
        for (Territory t : inputs.territories()) territories.put(t.key(), t);
        String proration = null;
        List<Effect> effects = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            ScenarioChange c = changes.get(i);
            String note = c.note() == null ? source : c.note();
            switch (c.kind()) {
                case ADD_PLACES -> {
                    Structure s = structures.get(c.structureId());
                    if (s == null) {
                        effects.add(new Effect(i, c, "STRUCTURE_GONE", List.of(c.structureId()), false));
                        continue;
                    }
                    Boolean qpv = c.qpv() == null ? s.qpv() : c.qpv();
                    structures.put(s.id(), withOpening(s, new Opening(c.places(), c.year(), c.month(), note), qpv));
                    effects.add(new Effect(
                            i,
                            c,
                            Boolean.TRUE.equals(c.qpv()) ? "ADD_PLACES_QPV" : "ADD_PLACES",
                            List.of(c.places(), name(s), when(c.year(), c.month())),
                            true));
                }
                case SET_CAPACITY -> {
                    Structure s = structures.get(c.structureId());
                    if (s == null) {
                        effects.add(new Effect(i, c, "STRUCTURE_GONE", List.of(c.structureId()), false));
                        continue;
                    }
                    Integer before = capacity(s, c.year());
                    if (before == null) {
                        effects.add(new Effect(i, c, "CAPACITY_UNKNOWN", List.of(name(s), c.places()), false));
                    } else if (c.places() <= before) {
                        effects.add(new Effect(
                                i,
                                c,
                                "CAPACITY_ALREADY",
                                List.of(name(s), before, c.places(), String.valueOf(c.year())),
                                false));
                    } else {
                        int added = c.places() - before;
                        // The capacity holds from the year on: openings the plan makes later are brought forward (as
                        // many of their places as were added now), so that no place is counted twice.
                        int absorbed = 0;
                        List<Opening> openings = new ArrayList<>();
                        List<Opening> later = new ArrayList<>(s.openings());
                        later.sort(java.util.Comparator.comparing(Opening::year));
                        for (Opening o : later) {
                            if (o.year() > c.year() && absorbed < added) {
                                int taken = Math.min(o.places(), added - absorbed);
                                absorbed += taken;
                                if (o.places() > taken)
                                    openings.add(new Opening(o.places() - taken, o.year(), o.month(), o.note()));
                            } else openings.add(o);
                        }
                        openings.add(new Opening(added, c.year(), c.month(), note));
                        structures.put(s.id(), withOpenings(s, openings));
                        effects.add(new Effect(
                                i,
                                c,
                                absorbed == 0 ? "CAPACITY_OPENED" : "CAPACITY_BROUGHT_FORWARD",
                                List.of(name(s), before, c.places(), when(c.year(), c.month()), added, absorbed),
                                true));
                    }
                }
                case SET_TRANCHE -> {
                    Territory t = territories.get(c.territory());
                    if (t == null) {
                        effects.add(new Effect(i, c, "TERRITORY_GONE", List.of(c.territory()), false));
                        continue;
                    }
                    territories.put(
                            t.key(),
                            new Territory(
                                    t.key(),
                                    t.label(),
                                    t.cejReferenceTotal(),
                                    t.cejReferenceEaje(),
                                    c.tranche(),
                                    true,
                                    t.rattrapagePerPlace(),
                                    t.cofinancedPlaces2023(),
                                    t.cofinancedPlaces2027(),
                                    note));
                    effects.add(new Effect(
                            i,
                            c,
                            "TRANCHE",
                            List.of(label(t), t.tranche() == null ? "?" : t.tranche(), c.tranche()),
                            !Objects.equals(t.tranche(), c.tranche())));
                }
                case SET_PRORATION -> {
                    proration = c.proration();
                    effects.add(new Effect(i, c, "PRORATION_" + c.proration(), List.of(), true));
                }
                case NEW_STRUCTURE -> {
                    Territory t = territories.get(c.territory());
                    if (t == null) {
                        effects.add(new Effect(i, c, "TERRITORY_GONE", List.of(c.territory()), false));
                        continue;
                    }
                    Support support = support(inputs, t.key(), c.year());
                    String id = "scenario-" + (i + 1);
                    structures.put(
                            id,
                            new Structure(
                                    id,
                                    c.name().strip(),
                                    StructureKind.EAJE,
                                    t.key(),
                                    null,
                                    support,
                                    c.qpv(),
                                    c.qpv() == null ? null : Boolean.FALSE,
                                    0,
                                    null,
                                    null,
                                    List.of(new Opening(c.places(), c.year(), c.month(), note)),
                                    List.of(),
                                    note,
                                    null));
                    effects.add(new Effect(
                            i,
                            c,
                            support == null ? "NEW_STRUCTURE_NO_SUPPORT" : "NEW_STRUCTURE",
                            List.of(c.name().strip(), c.places(), when(c.year(), c.month()), label(t)),
                            true));
                }
            }
        }
        FinancingInputs applied = new FinancingInputs(
                inputs.envelope(),
                List.copyOf(territories.values()),
                List.copyOf(structures.values()),
                inputs.statedAmounts());
        return new Applied(applied, proration, List.copyOf(effects));
    }

    /** Places open in {@code year} as the inputs count them: existing plus those opened up to it (null: not known). */
    static Integer capacity(Structure s, int year) {
        if (s.existingPlaces() == null) return null;
        int places = s.existingPlaces();
        for (Opening o : s.openings()) {
            if (o.year() == null || o.places() == null) return null;
            if (o.year() <= year) places += o.places();
        }
        return places;
    }

    /** The signatory that supports every structure of the territory, from the opening year (null: none or several). */
    private static Support support(FinancingInputs inputs, String territory, int year) {
        Support found = null;
        for (Structure s : inputs.structures()) {
            if (!territory.equals(s.territory()) || s.support() == null) continue;
            if (found != null
                    && !Objects.equals(found.organisationId(), s.support().organisationId())) return null;
            found = s.support();
        }
        return found == null
                ? null
                : new Support(found.organisationId(), found.organisationName(), LocalDate.of(year, 1, 1));
    }

    private static Structure withOpenings(Structure s, List<Opening> openings) {
        return withOpenings(s, openings, s.qpv());
    }

    private static Structure withOpening(Structure s, Opening opening, Boolean qpv) {
        List<Opening> openings = new ArrayList<>(s.openings());
        openings.add(opening);
        return withOpenings(s, openings, qpv);
    }

    private static Structure withOpenings(Structure s, List<Opening> openings, Boolean qpv) {
        return new Structure(
                s.id(),
                s.name(),
                s.kind(),
                s.territory(),
                s.equipmentId(),
                s.support(),
                qpv,
                s.zrr(),
                s.existingPlaces(),
                s.existingHours(),
                s.cejReference(),
                openings,
                s.years(),
                s.source(),
                s.operator());
    }

    private static String name(Structure s) {
        return s.name() == null ? s.id() : s.name();
    }

    private static String label(Territory t) {
        return t.label() == null ? t.key() : t.label();
    }

    private static String when(int year, Integer month) {
        return month == null ? String.valueOf(year) : String.format("%02d/%d", month, year);
    }
}
