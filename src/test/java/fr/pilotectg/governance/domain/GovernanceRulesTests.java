package fr.pilotectg.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.governance.GovernanceWarning;
import fr.pilotectg.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Frequency rules to expected calendar, compliance warnings, parity, ETP rules: pure domain. */
class GovernanceRulesTests {

    static final UUID CONVENTION = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2021, 1, 1);
    static final LocalDate END = LocalDate.of(2024, 12, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static Body body(BodyKind kind, String name, FrequencyRule rule) {
        return Body.of(
                UUID.randomUUID(),
                CONVENTION,
                new BodyData(kind, name, null, "", "", "", List.of(), List.of(), List.of(), rule, false, ""));
    }

    @Test
    void aRuleInMonthsExpectsOneMeetingInEachMonthOfEachYearOfThePeriod() {
        Body cotech = body(BodyKind.COTECH, "COTECH", FrequencyRule.inMonths("mai et novembre", 5, 11));
        List<Compliance.Slot> slots = Compliance.slotsOf(cotech, START, END, TODAY, List.of());
        assertThat(slots).hasSize(8);
        assertThat(slots.get(0).label()).isEqualTo("mai 2021");
        assertThat(slots.get(1).label()).isEqualTo("novembre 2021");
        assertThat(slots).allMatch(s -> s.state() == Compliance.SlotState.MISSING);
    }

    @Test
    void aSemestrialRuleExpectsOneMeetingPerHalfYearAndOnlyWithinThePeriod() {
        Body copil = body(BodyKind.COPIL, "COPIL", FrequencyRule.perYear(2, "a minima semestriel"));
        LocalDate today = LocalDate.of(2024, 3, 1);
        List<Compliance.Slot> slots = Compliance.slotsOf(
                copil,
                LocalDate.of(2023, 7, 1),
                LocalDate.of(2026, 6, 30),
                today,
                List.of(new Compliance.Held(UUID.randomUUID(), copil.id(), LocalDate.of(2023, 9, 12))));
        assertThat(slots.get(0).label()).isEqualTo("2e semestre 2023");
        assertThat(slots.get(0).state()).isEqualTo(Compliance.SlotState.HELD);
        assertThat(slots.get(1).label()).isEqualTo("1er semestre 2024");
        assertThat(slots.get(1).state()).isEqualTo(Compliance.SlotState.DUE);
        assertThat(slots.get(2).state()).isEqualTo(Compliance.SlotState.UPCOMING);
        assertThat(slots).hasSize(6);
    }

    @Test
    void in2022ACopilInJuneAndASingleCotechInMayLeaveTheNovemberCotechMissing() {
        Body copil = body(BodyKind.COPIL, "Comité de pilotage", FrequencyRule.inMonths("juin", 6));
        Body cotech = body(BodyKind.COTECH, "Comité technique", FrequencyRule.inMonths("mai et novembre", 5, 11));
        var meetings = List.of(
                new Compliance.Held(UUID.randomUUID(), cotech.id(), LocalDate.of(2022, 5, 17)),
                new Compliance.Held(UUID.randomUUID(), copil.id(), LocalDate.of(2022, 6, 21)));
        Compliance.Result result = Compliance.of(CONVENTION, START, END, TODAY, List.of(copil, cotech), meetings);
        List<String> missing2022 = result.warnings().stream()
                .filter(w -> w.period().endsWith("2022"))
                .map(GovernanceWarning::period)
                .toList();
        assertThat(missing2022).containsExactly("novembre 2022");
        GovernanceWarning november = result.warnings().stream()
                .filter(w -> w.period().equals("novembre 2022"))
                .findFirst()
                .orElseThrow();
        assertThat(november.subject()).isEqualTo("Comité technique");
        assertThat(november.expectedBy()).isEqualTo(LocalDate.of(2022, 11, 30));
        assertThat(result.warnings()).noneMatch(w -> w.code().equals("COTECH_MISSING_BEFORE_COPIL"));
        assertThat(result.slots().stream().filter(s -> s.year() == 2022).map(s -> s.label() + ":" + s.state()))
                .containsExactly("mai 2022:HELD", "juin 2022:HELD", "novembre 2022:MISSING");
    }

    @Test
    void aCotechHeldInOctoberStandsForNovembersAndACopilWithoutCotechIsFlagged() {
        Body copil = body(BodyKind.COPIL, "COPIL", FrequencyRule.inMonths("juin", 6));
        Body cotech = body(BodyKind.COTECH, "COTECH", FrequencyRule.inMonths("mai et novembre", 5, 11));
        var meetings = List.of(
                new Compliance.Held(UUID.randomUUID(), cotech.id(), LocalDate.of(2021, 10, 5)),
                new Compliance.Held(UUID.randomUUID(), copil.id(), LocalDate.of(2023, 6, 20)));
        Compliance.Result result = Compliance.of(CONVENTION, START, END, TODAY, List.of(copil, cotech), meetings);
        assertThat(result.slots())
                .anyMatch(s -> s.label().equals("novembre 2021") && s.state() == Compliance.SlotState.HELD);
        assertThat(result.warnings())
                .anyMatch(w -> w.code().equals("COTECH_MISSING_BEFORE_COPIL")
                        && w.period().equals("20/06/2023"));
    }

    @Test
    void parityIsCheckedOnDeliberativeSeatsAndABrokenCompositionIsFlaggedNotRefused() {
        BodyData data = new BodyData(
                BodyKind.COPIL,
                "COPIL",
                null,
                "",
                "",
                "",
                List.of(),
                List.of(
                        new Seat(Institution.CAF, "Représentants", 3, Voice.DELIBERATIVE),
                        new Seat(Institution.COLLECTIVITE, "Élus", 4, Voice.DELIBERATIVE),
                        new Seat(Institution.PARTENAIRES, "Personnes ressources", 5, Voice.CONSULTATIVE)),
                List.of(),
                FrequencyRule.perYear(2, ""),
                true,
                "");
        Body broken = Body.of(UUID.randomUUID(), CONVENTION, data);
        assertThat(broken.parityBroken()).isTrue();
        assertThat(Compliance.of(CONVENTION, START, END, START, List.of(broken), List.of())
                        .warnings())
                .anyMatch(w -> w.code().equals("PARITY_BROKEN"));
        Body balanced = Body.of(
                UUID.randomUUID(),
                CONVENTION,
                new BodyData(
                        BodyKind.COPIL,
                        "COPIL",
                        null,
                        "",
                        "",
                        "",
                        List.of(),
                        List.of(
                                new Seat(Institution.CAF, "", 4, null),
                                new Seat(Institution.COLLECTIVITE, "", 4, null),
                                new Seat(Institution.ETAT, "", 1, null)),
                        List.of(),
                        FrequencyRule.none(),
                        true,
                        ""));
        assertThat(balanced.parityBroken()).isFalse();
    }

    @Test
    void aNegativeSeatCountAndAMemberWithoutOrganisationAreRefused() {
        BodyData data = new BodyData(
                BodyKind.COTECH,
                "",
                null,
                "",
                "",
                "",
                List.of(),
                List.of(new Seat(Institution.CAF, "", -1, null)),
                List.of(new Member("Mme Martin", null, Institution.CAF, "", null)),
                FrequencyRule.inMonths("", 13),
                false,
                "");
        assertThatThrownBy(() -> Body.of(UUID.randomUUID(), CONVENTION, data))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fields())
                                .extracting(f -> f.code())
                                .containsExactlyInAnyOrder(
                                        "GOVERNANCE_NAME_REQUIRED",
                                        "GOVERNANCE_SEAT_COUNT_INVALID",
                                        "GOVERNANCE_MEMBER_ORGANISATION_REQUIRED",
                                        "GOVERNANCE_FREQUENCY_MONTH_INVALID"));
    }

    static PostData post(String etp, String person) {
        return new PostData(
                PostData.PostRole.CHARGE_COOPERATION,
                null,
                "Enfance",
                etp == null ? null : new BigDecimal(etp),
                null,
                person,
                "",
                null,
                new BigDecimal("50"),
                "",
                null,
                null,
                "");
    }

    @Test
    void anEtpIsNeverNegativeAndAtMostOneForOneNamedPerson() {
        Post.checkEtp(post("0.50", "Mme LETOMBE"));
        Post.checkEtp(post("2.50", ""));
        assertThatThrownBy(() -> Post.checkEtp(post("1.20", "Mme LETOMBE")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fields().get(0).code()).isEqualTo("GOVERNANCE_ETP_OVER_ONE_PERSON"));
        assertThatThrownBy(() -> Post.checkEtp(post("-0.5", "")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fields().get(0).code()).isEqualTo("GOVERNANCE_ETP_NEGATIVE"));
        // An unknown ETP is accepted (issue 12): « non renseigné », never a silent 0.
        Post.checkEtp(post(null, "Mme LETOMBE"));
    }

    @Test
    void anEtpTotalSaysHowManyPostsHaveNoKnownEtp() {
        assertThat(EtpTotal.of(List.of(post("1", ""), post("2", ""))))
                .isEqualTo(new EtpTotal(new BigDecimal("3"), 2, 0));
        EtpTotal partial = EtpTotal.of(List.of(post("1", ""), post("2", ""), post(null, "")));
        assertThat(partial.knownEtp()).isEqualByComparingTo("3");
        assertThat(partial.unknownPosts()).isEqualTo(1);
        assertThat(partial.messageKey()).isEqualTo("governance.posts.total.partial");
        assertThat(EtpTotal.of(List.of(post(null, ""))).messageKey()).isEqualTo("governance.posts.total.unknown");
    }

    @Test
    void oncePerYearUpToThreeInTheRenewalYearCountsTheExtraMeetingsAsPossibleNeverMissing() {
        FrequencyRule rule = FrequencyRule.perYear(1, "1 par an, jusqu’à 3 l’année du renouvellement")
                .withException(new FrequencyRule.YearException(null, true, 3, true));
        Body copil = body(BodyKind.COPIL, "COPIL", rule);
        List<Compliance.Held> held = List.of(
                new Compliance.Held(UUID.randomUUID(), copil.id(), LocalDate.of(2024, 3, 1)),
                new Compliance.Held(UUID.randomUUID(), copil.id(), LocalDate.of(2024, 9, 1)));
        List<Compliance.Slot> slots = Compliance.slotsOf(copil, START, END, TODAY, held);
        // 2021-2023: one a year; 2024 (the renewal year): the usual one + two possible, of which one held.
        assertThat(slots).hasSize(6);
        List<Compliance.Slot> last =
                slots.stream().filter(s -> s.year() == 2024).toList();
        assertThat(last)
                .extracting(Compliance.Slot::state)
                .containsExactly(Compliance.SlotState.HELD, Compliance.SlotState.HELD, Compliance.SlotState.POSSIBLE);
        assertThat(last.get(2).label()).isEqualTo("réunion supplémentaire possible 2024 (année du renouvellement)");
        var result = Compliance.of(CONVENTION, START, END, TODAY, List.of(copil), held);
        assertThat(result.warnings())
                .extracting(GovernanceWarning::period)
                .containsExactly("année 2021", "année 2022", "année 2023");
    }

    @Test
    void anExactExceptionReplacesTheUsualCountThatYearAndABadOneIsRefused() {
        FrequencyRule rule = FrequencyRule.perYear(1, "1 par an, 2 en 2022")
                .withException(new FrequencyRule.YearException(2022, false, 2, false));
        Body copil = body(BodyKind.COPIL, "COPIL", rule);
        List<Compliance.Slot> slots = Compliance.slotsOf(copil, START, END, TODAY, List.of());
        assertThat(slots.stream().filter(s -> s.year() == 2022))
                .extracting(Compliance.Slot::label)
                .containsExactly("1er semestre 2022", "2e semestre 2022");
        assertThatThrownBy(() -> body(
                        BodyKind.COPIL,
                        "COPIL",
                        FrequencyRule.perYear(1, "")
                                .withException(new FrequencyRule.YearException(null, false, 5, false))))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fields().get(0).code()).isEqualTo("GOVERNANCE_FREQUENCY_EXCEPTION_INVALID"));
    }

    @Test
    void eachYearOwesAnActivityReportDueByTheEndOfMarchOfTheNextYear() {
        Post p = new Post(
                UUID.randomUUID(),
                CONVENTION,
                post("0.50", "Mme LETOMBE"),
                Map.of(
                        2021,
                        LocalDate.of(2022, 3, 15),
                        2022,
                        LocalDate.of(2023, 3, 20),
                        2023,
                        LocalDate.of(2024, 3, 28)));
        List<Post.Report> reports = p.reportsDue(START, END, TODAY);
        assertThat(reports)
                .extracting(Post.Report::state)
                .containsExactly(
                        Post.ReportState.RECEIVED,
                        Post.ReportState.RECEIVED,
                        Post.ReportState.RECEIVED,
                        Post.ReportState.OVERDUE);
        assertThat(p.nextReport(START, END, TODAY).dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(p.nextReport(START, END, LocalDate.of(2025, 2, 1)).state()).isEqualTo(Post.ReportState.DUE);
        assertThat(p.nextReport(START, END, LocalDate.of(2024, 6, 1)).state()).isEqualTo(Post.ReportState.UPCOMING);
    }
}
