package fr.pilotectg.governance.domain;

import fr.pilotectg.governance.GovernanceWarning;
import fr.pilotectg.shared.FrenchOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * From the bodies' frequency rules, the calendar of expected meetings over the convention's whole period, matched with
 * the meetings held, and the warnings when a body is behind. Pure: today is given.
 *
 * <ul>
 *   <li>A rule in months expects one meeting in each of those months of each year (months outside the period are not
 *       expected). A meeting held in a year fills the nearest unfilled expected month of that year (a COTECH held in
 *       October stands for November's), so a year with one COTECH out of two shows exactly one missing.</li>
 *   <li>A rule in times a year expects one meeting in each equal window of the year (semesters for 2) overlapping the
 *       period; a meeting fills the window it falls in.</li>
 *   <li>A year with an exception (« jusqu'à 3 l'année du renouvellement », the convention's last year) expects
 *       exactly its number over equal windows, or with « jusqu'à » the usual meetings plus {@code POSSIBLE} slots for
 *       the extra ones allowed, which the further meetings held that year fill and which never raise a warning.</li>
 *   <li>A slot not filled whose window has ended is {@code MISSING} (a warning); one whose window is running is
 *       {@code DUE}; later ones are {@code UPCOMING}.</li>
 *   <li>A COPIL held with no COTECH (of the same scale) since the previous COPIL of that body (or in the 12 months
 *       before the first) gets the warning {@code COTECH_MISSING_BEFORE_COPIL}.</li>
 * </ul>
 */
public final class Compliance {

    private Compliance() {}

    public enum SlotState {
        HELD,
        MISSING,
        DUE,
        UPCOMING,
        /** A meeting an « at most » exception allows beyond the usual ones, not held: never a warning. */
        POSSIBLE
    }

    /** One expected meeting of a body: its window, its label in French and the meeting that filled it, if any. */
    public record Slot(
            UUID bodyId,
            String bodyName,
            BodyKind kind,
            int year,
            String label,
            LocalDate from,
            LocalDate to,
            UUID meetingId,
            LocalDate heldOn,
            SlotState state) {}

    /** A meeting as the calendar needs it. */
    public record Held(UUID id, UUID bodyId, LocalDate date) {}

    public record Result(List<Slot> slots, List<GovernanceWarning> warnings) {}

    public static Result of(
            UUID conventionId,
            LocalDate start,
            LocalDate end,
            LocalDate today,
            List<Body> bodies,
            List<Held> meetings) {
        List<Slot> slots = new ArrayList<>();
        List<GovernanceWarning> warnings = new ArrayList<>();
        for (Body body : bodies) {
            List<Held> held = meetings.stream()
                    .filter(m -> m.bodyId().equals(body.id()) && !m.date().isAfter(today))
                    .sorted(Comparator.comparing(Held::date))
                    .toList();
            List<Slot> own = slotsOf(body, start, end, today, held);
            slots.addAll(own);
            own.stream()
                    .filter(s -> s.state() == SlotState.MISSING)
                    .forEach(s -> warnings.add(new GovernanceWarning(
                            conventionId, body.id(), body.data().name(), "MISSING_MEETING", s.label(), s.to())));
            if (body.parityBroken()) {
                warnings.add(new GovernanceWarning(
                        conventionId, body.id(), body.data().name(), "PARITY_BROKEN", "", null));
            }
        }
        warnings.addAll(cotechBeforeCopil(conventionId, bodies, meetings, today));
        slots.sort(Comparator.comparing(Slot::from)
                .thenComparing(s -> s.kind().ordinal())
                .thenComparing(Slot::bodyName, FrenchOrder.NAMES));
        return new Result(List.copyOf(slots), List.copyOf(warnings));
    }

    /** The expected slots of one body over the period, filled by the meetings held. */
    static List<Slot> slotsOf(Body body, LocalDate start, LocalDate end, LocalDate today, List<Held> held) {
        FrequencyRule rule = body.data().frequency();
        List<Slot> slots = new ArrayList<>();
        if (rule.noRule()) return slots;
        Set<UUID> used = new HashSet<>();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            List<LocalDate[]> windows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            FrequencyRule.YearException exception = rule.exceptionFor(year, end.getYear());
            boolean exactly = exception != null && !exception.atMost() && exception.perYear() != null;
            if (exactly) {
                int n = exception.perYear();
                int length = 12 / n;
                for (int i = 0; i < n; i++) {
                    YearMonth first = YearMonth.of(year, 1 + i * length);
                    windows.add(new LocalDate[] {
                        first.atDay(1), first.plusMonths(length - 1).atEndOfMonth()
                    });
                    labels.add(windowLabel(n, i, year));
                }
            } else if (rule.noUsualRule()) {
                // only exceptions: nothing expected this year but what an « at most » exception allows
            } else if (!rule.months().isEmpty()) {
                for (int month : rule.months()) {
                    YearMonth ym = YearMonth.of(year, month);
                    windows.add(new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()});
                    labels.add(ym.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE) + " " + year);
                }
            } else {
                int n = rule.perYear();
                int length = 12 / n;
                for (int i = 0; i < n; i++) {
                    YearMonth first = YearMonth.of(year, 1 + i * length);
                    windows.add(new LocalDate[] {
                        first.atDay(1), first.plusMonths(length - 1).atEndOfMonth()
                    });
                    labels.add(windowLabel(n, i, year));
                }
            }
            int y = year;
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                if (!windows.get(i)[1].isBefore(start) && !windows.get(i)[0].isAfter(end)) kept.add(i);
            }
            Held[] filledBy = new Held[windows.size()];
            List<Held> ofYear = held.stream()
                    .filter(m -> m.date().getYear() == y
                            && !m.date().isBefore(start)
                            && !m.date().isAfter(end))
                    .toList();
            for (Held m : ofYear) {
                Integer best = null;
                long bestDistance = Long.MAX_VALUE;
                for (int i : kept) {
                    if (filledBy[i] != null) continue;
                    LocalDate[] w = windows.get(i);
                    boolean inside = !m.date().isBefore(w[0]) && !m.date().isAfter(w[1]);
                    if ((exactly || rule.months().isEmpty()) && !inside) continue;
                    long distance = inside
                            ? 0
                            : Math.min(
                                    Math.abs(m.date().toEpochDay() - w[0].toEpochDay()),
                                    Math.abs(m.date().toEpochDay() - w[1].toEpochDay()));
                    if (distance < bestDistance) {
                        best = i;
                        bestDistance = distance;
                    }
                }
                if (best != null) {
                    filledBy[best] = m;
                    used.add(m.id());
                }
            }
            for (int i : kept) {
                LocalDate[] w = windows.get(i);
                Held m = filledBy[i];
                SlotState state = m != null
                        ? SlotState.HELD
                        : w[1].isBefore(today)
                                ? SlotState.MISSING
                                : w[0].isAfter(today) ? SlotState.UPCOMING : SlotState.DUE;
                slots.add(new Slot(
                        body.id(),
                        body.data().name(),
                        body.data().kind(),
                        y,
                        labels.get(i),
                        w[0],
                        w[1],
                        m == null ? null : m.id(),
                        m == null ? null : m.date(),
                        state));
            }
            if (exception != null && exception.atMost() && exception.perYear() != null) {
                slots.addAll(possibleSlots(body, exception, y, kept.size(), start, end, ofYear, used));
            }
        }
        return slots;
    }

    /**
     * The meetings an « at most » exception allows beyond the usual ones (« jusqu'à 3 l'année du renouvellement »): each
     * is {@code HELD} when a meeting of that year not counted yet fills it, else {@code POSSIBLE} — never missing.
     */
    private static List<Slot> possibleSlots(
            Body body,
            FrequencyRule.YearException exception,
            int year,
            int usual,
            LocalDate start,
            LocalDate end,
            List<Held> ofYear,
            Set<UUID> used) {
        List<Slot> slots = new ArrayList<>();
        int extra = exception.perYear() - usual;
        if (extra <= 0) return slots;
        LocalDate from = LocalDate.of(year, 1, 1).isBefore(start) ? start : LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31).isAfter(end) ? end : LocalDate.of(year, 12, 31);
        List<Held> left = ofYear.stream().filter(m -> !used.contains(m.id())).toList();
        String label = "réunion supplémentaire possible " + year
                + (exception.renewalYear() ? " (année du renouvellement)" : "");
        for (int i = 0; i < extra; i++) {
            Held m = i < left.size() ? left.get(i) : null;
            if (m != null) used.add(m.id());
            slots.add(new Slot(
                    body.id(),
                    body.data().name(),
                    body.data().kind(),
                    year,
                    label,
                    from,
                    to,
                    m == null ? null : m.id(),
                    m == null ? null : m.date(),
                    m == null ? SlotState.POSSIBLE : SlotState.HELD));
        }
        return slots;
    }

    static String windowLabel(int perYear, int index, int year) {
        String ordinal = index == 0 ? "1er" : (index + 1) + "e";
        return switch (perYear) {
            case 1 -> "année " + year;
            case 2 -> ordinal + " semestre " + year;
            case 3 -> ordinal + " quadrimestre " + year;
            case 4 -> ordinal + " trimestre " + year;
            case 6 -> ordinal + " bimestre " + year;
            default ->
                YearMonth.of(year, index + 1).getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE) + " " + year;
        };
    }

    static List<GovernanceWarning> cotechBeforeCopil(
            UUID conventionId, List<Body> bodies, List<Held> meetings, LocalDate today) {
        List<GovernanceWarning> warnings = new ArrayList<>();
        for (Body copil :
                bodies.stream().filter(b -> b.data().kind() == BodyKind.COPIL).toList()) {
            Set<UUID> cotechs = new HashSet<>();
            bodies.stream()
                    .filter(b -> b.data().kind() == BodyKind.COTECH
                            && Objects.equals(b.data().commune(), copil.data().commune()))
                    .forEach(b -> cotechs.add(b.id()));
            if (cotechs.isEmpty()) continue;
            List<Held> copils = meetings.stream()
                    .filter(m -> m.bodyId().equals(copil.id()) && !m.date().isAfter(today))
                    .sorted(Comparator.comparing(Held::date))
                    .toList();
            LocalDate previous = null;
            for (Held m : copils) {
                LocalDate since = previous == null ? m.date().minusMonths(12) : previous;
                boolean prepared = meetings.stream()
                        .anyMatch(t -> cotechs.contains(t.bodyId())
                                && t.date().isAfter(since)
                                && !t.date().isAfter(m.date()));
                if (!prepared) {
                    warnings.add(new GovernanceWarning(
                            conventionId,
                            copil.id(),
                            copil.data().name(),
                            "COTECH_MISSING_BEFORE_COPIL",
                            fr(m.date()),
                            m.date()));
                }
                previous = m.date();
            }
        }
        return warnings;
    }

    private static String fr(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
