package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a deliberation record against the CGCT rules and its own consistency (domain-spec §3.3–3.4) and lists what
 * it finds. Findings never prevent saving: real records contain anomalies (Armentières lists Philémon BRUNET both
 * present and represented) and must be kept as signed.
 * <p>
 * Rules: quorum of physically present members (L2121-17); one proxy per holder, holder present (L2121-20); no member
 * both present and represented, nor listed twice; present + represented + excused + absent = members in office, the
 * president counting as present; printed number of present members = the list; secretary and rapporteur present;
 * votes cast + members not taking part = present + represented; ACTES identifier matching the issuer's SIREN, the
 * séance date, the deliberation number and the nature DE; convocation before the séance with enough clear days;
 * transmission and publication not before the séance, reception not before sending.
 */
public final class DeliberationChecker {

    /**
     * Clear days ("jours francs") between convocation and séance below which a warning is raised by default: 3, the
     * minimum of communes under 3 500 inhabitants (L2121-11). Communes of 3 500 and more need 5 (L2121-12); in an
     * emergency 1 is allowed. The population is not known here, so the caller chooses.
     */
    public static final int DEFAULT_MINIMUM_CLEAR_DAYS = 3;

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final int minimumClearDays;

    public DeliberationChecker() {
        this(DEFAULT_MINIMUM_CLEAR_DAYS);
    }

    public DeliberationChecker(int minimumClearDays) {
        if (minimumClearDays < 0) {
            throw DomainException.invalidFields(List.of(
                    FieldProblem.of("minimumClearDays", ErrorCodes.MINIMUM_CLEAR_DAYS_NEGATIVE, minimumClearDays)));
        }
        this.minimumClearDays = minimumClearDays;
    }

    /** Every finding on {@code deliberation}, attendance first, then vote, ACTES identifier and dates. */
    public List<Finding> check(Deliberation deliberation) {
        List<Finding> findings = new ArrayList<>();
        deliberation.attendance().ifPresent(attendance -> checkAttendance(deliberation, attendance, findings));
        checkVote(deliberation, findings);
        checkActesIdentifier(deliberation, findings);
        checkDates(deliberation, findings);
        return List.copyOf(findings);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }

    private void checkAttendance(Deliberation deliberation, Attendance attendance, List<Finding> findings) {
        for (Attendance.Member member : attendance.members()) {
            long proxiesGiven = member.timesListedAs(AttendanceStatus.REPRESENTED);
            long listedPresent = member.timesListedAs(AttendanceStatus.PRESENT);
            if (proxiesGiven > 1) {
                findings.add(Finding.of(
                        FindingCode.PROXY_GIVEN_SEVERAL_TIMES, member.name().printed(), (int) proxiesGiven));
            }
            if (proxiesGiven > 0 && listedPresent > 0) {
                findings.add(Finding.of(
                        FindingCode.MEMBER_PRESENT_AND_REPRESENTED,
                        firstListing(member, AttendanceStatus.PRESENT).name().printed(),
                        firstListing(member, AttendanceStatus.REPRESENTED)
                                .proxy()
                                .holder()
                                .printed()));
            } else if (proxiesGiven <= 1 && member.listings().size() > 1) {
                findings.add(Finding.of(
                        FindingCode.MEMBER_LISTED_SEVERAL_TIMES,
                        member.name().printed(),
                        member.listings().size()));
            }
        }
        checkProxyHolders(attendance, findings);

        Attendance.Counts counts = attendance.counts();
        if (counts.total() != attendance.membersInOffice()) {
            findings.add(Finding.of(
                    FindingCode.ATTENDANCE_TOTAL_MISMATCH,
                    counts.total(),
                    attendance.membersInOffice(),
                    counts.present(),
                    counts.represented(),
                    counts.excused(),
                    counts.absent()));
        }
        if (attendance.declaredPresent() != null && attendance.declaredPresent() != counts.present()) {
            findings.add(
                    Finding.of(FindingCode.PRESENT_COUNT_MISMATCH, attendance.declaredPresent(), counts.present()));
        }
        if (!attendance.quorumReached()) {
            findings.add(Finding.of(
                    FindingCode.QUORUM_NOT_REACHED,
                    counts.present(),
                    attendance.quorum(),
                    attendance.membersInOffice()));
        }
        if (attendance.secretary() != null && !attendance.isPresent(attendance.secretary())) {
            findings.add(Finding.of(
                    FindingCode.SECRETARY_NOT_PRESENT, attendance.secretary().printed()));
        }
        deliberation
                .rapporteur()
                .filter(rapporteur -> !attendance.isPresent(rapporteur))
                .ifPresent(rapporteur ->
                        findings.add(Finding.of(FindingCode.RAPPORTEUR_NOT_PRESENT, rapporteur.printed())));
    }

    private static void checkProxyHolders(Attendance attendance, List<Finding> findings) {
        List<List<Proxy>> byHolder = new ArrayList<>();
        for (Proxy proxy : attendance.proxies()) {
            byHolder.stream()
                    .filter(group -> group.get(0).holder().sameMemberAs(proxy.holder()))
                    .findFirst()
                    .ifPresentOrElse(group -> group.add(proxy), () -> byHolder.add(new ArrayList<>(List.of(proxy))));
        }
        for (List<Proxy> group : byHolder) {
            List<MemberName> givers = new ArrayList<>();
            for (Proxy proxy : group) {
                if (givers.stream().noneMatch(proxy.giver()::sameMemberAs)) givers.add(proxy.giver());
            }
            if (givers.size() > 1) {
                findings.add(Finding.of(
                        FindingCode.PROXY_HOLDER_HOLDS_SEVERAL,
                        group.get(0).holder().printed(),
                        givers.size(),
                        givers.stream().map(MemberName::printed).collect(Collectors.joining(", "))));
            }
        }
        for (Proxy proxy : attendance.proxies()) {
            if (!attendance.isPresent(proxy.holder())) {
                findings.add(Finding.of(
                        FindingCode.PROXY_HOLDER_NOT_PRESENT,
                        proxy.holder().printed(),
                        proxy.giver().printed()));
            }
        }
    }

    private static void checkVote(Deliberation deliberation, List<Finding> findings) {
        if (deliberation.vote().isEmpty() || deliberation.attendance().isEmpty()) return;
        Vote vote = deliberation.vote().get();
        Attendance.Counts counts = deliberation.attendance().get().counts();
        int votesCast = vote.votesCast().orElse(Math.max(0, counts.voting() - vote.notTakingPart()));
        boolean mismatch = vote.hasFigures()
                ? votesCast + vote.notTakingPart() != counts.voting()
                : vote.notTakingPart() >= counts.voting();
        if (mismatch) {
            findings.add(Finding.of(
                    FindingCode.VOTE_COUNT_MISMATCH,
                    votesCast,
                    vote.notTakingPart(),
                    counts.present(),
                    counts.represented()));
        }
    }

    private static void checkActesIdentifier(Deliberation deliberation, List<Finding> findings) {
        if (deliberation.actesId().isEmpty()) return;
        ActesIdentifier actesId = deliberation.actesId().get();
        var issuerSiren = deliberation.issuer().siren();
        if (issuerSiren != null && !issuerSiren.equals(actesId.siren())) {
            findings.add(
                    Finding.of(FindingCode.ACTES_SIREN_MISMATCH, actesId.siren().value(), issuerSiren.value()));
        }
        LocalDate seanceDate = deliberation.seance().date();
        if (!actesId.actDate().equals(seanceDate)) {
            findings.add(Finding.of(FindingCode.ACTES_DATE_MISMATCH, french(actesId.actDate()), french(seanceDate)));
        }
        if (!actesId.internalNumber().equals(ActesIdentifier.internalNumberOf(deliberation.number()))) {
            findings.add(
                    Finding.of(FindingCode.ACTES_NUMBER_MISMATCH, actesId.internalNumber(), deliberation.number()));
        }
        if (actesId.nature() != ActeNature.DE) {
            findings.add(Finding.of(
                    FindingCode.ACTES_NATURE_NOT_DELIBERATION, actesId.nature().name()));
        }
    }

    private void checkDates(Deliberation deliberation, List<Finding> findings) {
        LocalDate seanceDate = deliberation.seance().date();
        deliberation.convocationDate().ifPresent(convocation -> {
            if (!convocation.isBefore(seanceDate)) {
                findings.add(
                        Finding.of(FindingCode.CONVOCATION_NOT_BEFORE_SEANCE, french(convocation), french(seanceDate)));
                return;
            }
            int clearDays = (int) ChronoUnit.DAYS.between(convocation, seanceDate) - 1;
            if (clearDays < minimumClearDays) {
                findings.add(Finding.of(FindingCode.CONVOCATION_NOTICE_SHORT, clearDays, minimumClearDays));
            }
        });
        deliberation.transmission().ifPresent(transmission -> {
            LocalDate sent = transmission.sentOn();
            LocalDate received = transmission.receivedOn();
            if (sent != null && sent.isBefore(seanceDate)) {
                findings.add(Finding.of(FindingCode.PREFECTURE_SENT_BEFORE_SEANCE, french(sent), french(seanceDate)));
            }
            if (received != null && received.isBefore(seanceDate)) {
                findings.add(Finding.of(
                        FindingCode.PREFECTURE_RECEIVED_BEFORE_SEANCE, french(received), french(seanceDate)));
            }
            if (sent != null && received != null && received.isBefore(sent)) {
                findings.add(Finding.of(FindingCode.PREFECTURE_RECEIVED_BEFORE_SENT, french(received), french(sent)));
            }
        });
        deliberation
                .publishedOn()
                .filter(published -> published.isBefore(seanceDate))
                .ifPresent(published -> findings.add(
                        Finding.of(FindingCode.PUBLISHED_BEFORE_SEANCE, french(published), french(seanceDate))));
    }

    private static Attendance.Listing firstListing(Attendance.Member member, AttendanceStatus status) {
        return member.listings().stream()
                .filter(listing -> listing.status() == status)
                .findFirst()
                .orElseThrow();
    }

    private static String french(LocalDate date) {
        return FRENCH_DATE.format(date);
    }
}
