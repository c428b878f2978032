package fr.pilotectg.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the calendar of expected meetings matched with the meetings held ({@link Compliance}). */
class ComplianceProperties {

    static final UUID CONVENTION = UUID.randomUUID();
    static final LocalDate ORIGIN = LocalDate.of(2021, 1, 1);

    /** A body's rule: in given months, or a number of equal windows a year. */
    record Case(FrequencyRule rule, LocalDate start, LocalDate end, LocalDate today, List<LocalDate> meetings) {

        Body body() {
            return Body.of(
                    UUID.nameUUIDFromBytes("body".getBytes()),
                    CONVENTION,
                    new BodyData(
                            BodyKind.COPIL,
                            "COPIL",
                            null,
                            "",
                            "",
                            "",
                            List.of(),
                            List.of(),
                            List.of(),
                            rule,
                            false,
                            ""));
        }

        List<Compliance.Held> held(List<LocalDate> dates) {
            List<Compliance.Held> held = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++)
                held.add(new Compliance.Held(UUID.nameUUIDFromBytes(("m" + i).getBytes()), body().id(), dates.get(i)));
            return held;
        }

        List<Compliance.Slot> slots(List<LocalDate> dates) {
            return Compliance.of(CONVENTION, start, end, today, List.of(body()), held(dates))
                    .slots();
        }

        List<Compliance.Slot> slots() {
            return slots(meetings);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<FrequencyRule> inMonths = Arbitraries.integers()
                .between(1, 12)
                .set()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(months -> new FrequencyRule(null, List.copyOf(months), "en certains mois"));
        Arbitrary<FrequencyRule> perYear =
                Arbitraries.of(FrequencyRule.PER_YEAR_ALLOWED).map(n -> FrequencyRule.perYear(n, n + " fois par an"));
        Arbitrary<FrequencyRule> rules = Arbitraries.oneOf(inMonths, perYear);
        Arbitrary<Integer> startDay = Arbitraries.integers().between(0, 4 * 365);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 5 * 366);
        Arbitrary<Integer> todayOffset = Arbitraries.integers().between(-200, 6 * 366);
        Arbitrary<List<Integer>> meetingOffsets =
                Arbitraries.integers().between(-90, 6 * 366).list().ofMaxSize(14);
        return net.jqwik.api.Combinators.combine(rules, startDay, length, todayOffset, meetingOffsets)
                .as((rule, s, l, t, m) -> {
                    LocalDate start = ORIGIN.plusDays(s);
                    return new Case(
                            rule,
                            start,
                            start.plusDays(l),
                            start.plusDays(t),
                            m.stream().map(start::plusDays).toList());
                });
    }

    @Property
    void eachHeldMeetingFillsAtMostOneSlotAndOnlyAMeetingOfThePeriodHeldByToday(@ForAll("cases") Case c) {
        List<Compliance.Slot> slots = c.slots();
        List<UUID> filledBy = slots.stream()
                .map(Compliance.Slot::meetingId)
                .filter(Objects::nonNull)
                .toList();
        assertThat(new HashSet<>(filledBy)).as("no meeting fills two slots").hasSameSizeAs(filledBy);
        for (Compliance.Slot slot : slots) {
            assertThat(slot.state() == Compliance.SlotState.HELD).isEqualTo(slot.meetingId() != null);
            if (slot.heldOn() != null) {
                assertThat(slot.heldOn()).isBetween(c.start(), c.end()).isBeforeOrEqualTo(c.today());
                assertThat(slot.heldOn().getYear())
                        .as("a meeting fills a slot of its own year")
                        .isEqualTo(slot.year());
            }
        }
    }

    @Property
    void slotsOverlapThePeriodAndTheirStateFollowsToday(@ForAll("cases") Case c) {
        for (Compliance.Slot slot : c.slots()) {
            assertThat(slot.to()).isAfterOrEqualTo(c.start());
            assertThat(slot.from()).isBeforeOrEqualTo(c.end());
            switch (slot.state()) {
                case MISSING -> assertThat(slot.to()).isBefore(c.today());
                case UPCOMING -> assertThat(slot.from()).isAfter(c.today());
                case DUE -> assertThat(c.today()).isBetween(slot.from(), slot.to());
                case HELD -> {}
            }
        }
    }

    @Property
    void aRuleInTimesAYearIsFilledOnlyByAMeetingInsideTheWindow(@ForAll("cases") Case c) {
        if (c.rule().months().isEmpty()) {
            for (Compliance.Slot slot : c.slots()) {
                if (slot.heldOn() != null) assertThat(slot.heldOn()).isBetween(slot.from(), slot.to());
            }
        }
    }

    @Property
    void inAMonthRuleEveryMeetingOfAYearFillsASlotWhileOneIsFree(@ForAll("cases") Case c) {
        if (!c.rule().months().isEmpty()) {
            List<Compliance.Slot> slots = c.slots();
            for (int year = c.start().getYear(); year <= c.end().getYear(); year++) {
                int y = year;
                long expected = slots.stream().filter(s -> s.year() == y).count();
                long held = slots.stream()
                        .filter(s -> s.year() == y && s.state() == Compliance.SlotState.HELD)
                        .count();
                long meetings = c.meetings().stream()
                        .filter(d -> d.getYear() == y
                                && !d.isBefore(c.start())
                                && !d.isAfter(c.end())
                                && !d.isAfter(c.today()))
                        .count();
                assertThat(held).isEqualTo(Math.min(expected, meetings));
            }
        }
    }

    @Property
    void addingAMeetingNeverIncreasesTheMissingCount(
            @ForAll("cases") Case c, @ForAll @IntRange(min = -90, max = 6 * 366) int extra) {
        long before = missing(c.slots());
        List<LocalDate> more = new ArrayList<>(c.meetings());
        more.add(c.start().plusDays(extra));
        assertThat(missing(c.slots(more))).isLessThanOrEqualTo(before);
    }

    @Property
    void theSlotsDoNotDependOnTheMeetingsHeld(
            @ForAll("cases") Case c, @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 2000) Integer> other) {
        Set<String> windows = windows(c.slots());
        assertThat(windows(c.slots(other.stream().map(c.start()::plusDays).toList())))
                .isEqualTo(windows);
    }

    private static long missing(List<Compliance.Slot> slots) {
        return slots.stream()
                .filter(s -> s.state() == Compliance.SlotState.MISSING)
                .count();
    }

    private static Set<String> windows(List<Compliance.Slot> slots) {
        Set<String> windows = new HashSet<>();
        slots.forEach(s -> windows.add(s.from() + "/" + s.to()));
        return windows;
    }
}
