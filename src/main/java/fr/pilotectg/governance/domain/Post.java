package fr.pilotectg.governance.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import fr.pilotectg.shared.InputLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A post of chargé de coopération or chef de projet. Every year of the convention it owes the Caf an activity report
 * ("bilan annuel des activités", LLH annex 2), due by {@link #REPORT_DUE} of the following year; {@code reports}
 * holds those received (year → date received).
 */
public record Post(UUID id, UUID conventionId, PostData data, Map<Integer, LocalDate> reports) {

    /** Assumption (not in the seeds): the yearly report is due by 31 March of the following year. See ADR 0009. */
    public static final MonthDay REPORT_DUE = MonthDay.of(3, 31);

    public Post {
        reports = reports == null ? Map.of() : Map.copyOf(reports);
    }

    public static Post of(UUID id, UUID conventionId, PostData data, Map<Integer, LocalDate> reports) {
        checkEtp(data);
        return new Post(id, conventionId, data, reports);
    }

    /**
     * ETP not negative, at most 1 for one named person, null while unknown (issue 12: « non renseigné », never a
     * silent 0); Caf share between 0 and 100 %.
     */
    public static void checkEtp(PostData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.role() == null) problems.add(FieldProblem.of("role", GovernanceErrors.POST_ROLE_REQUIRED));
        if (data.theme().isEmpty()) problems.add(FieldProblem.of("theme", GovernanceErrors.POST_THEME_REQUIRED));
        etp("etp", data.etp(), data.person(), problems);
        etp("requestedEtp", data.requestedEtp(), data.person(), problems);
        if (data.cafShare() != null
                && (data.cafShare().signum() < 0 || data.cafShare().compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(
                    FieldProblem.of("cafShare", GovernanceErrors.SHARE_INVALID, FrenchNumbers.plain(data.cafShare())));
        }
        problems.addAll(InputLimits.check()
                .title("theme", data.theme())
                .name("person", data.person())
                .name("contact", data.contact())
                .title("targetReference", data.targetReference())
                .date("targetDate", data.targetDate())
                .longText("note", data.note())
                // a negative ETP has its own message (above); a huge one is out of range
                .number("etp", positive(data.etp()), 0, InputLimits.PLACES_MAX)
                .number("requestedEtp", positive(data.requestedEtp()), 0, InputLimits.PLACES_MAX)
                .problems());
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() < 0 ? null : value;
    }

    private static void etp(String field, BigDecimal etp, String person, List<FieldProblem> problems) {
        if (etp == null) {
            return;
        } else if (etp.signum() < 0) {
            problems.add(FieldProblem.of(field, GovernanceErrors.ETP_NEGATIVE, FrenchNumbers.plain(etp)));
        } else if (etp.compareTo(BigDecimal.ONE) > 0 && !person.isEmpty()) {
            problems.add(
                    FieldProblem.of(field, GovernanceErrors.ETP_OVER_ONE_PERSON, FrenchNumbers.plain(etp), person));
        }
    }

    public Post received(int year, LocalDate on) {
        var all = new TreeMap<>(reports);
        all.put(year, on);
        return new Post(id, conventionId, data, all);
    }

    /** A yearly activity report owed to the Caf: for year {@code year}, due by {@code dueOn}, received or not. */
    public record Report(int year, LocalDate dueOn, LocalDate receivedOn, ReportState state) {}

    public enum ReportState {
        RECEIVED,
        OVERDUE,
        DUE,
        UPCOMING
    }

    /**
     * The reports owed for each year of the convention's period up to today's year. A report is {@code DUE} once its year
     * is over and until its due date, {@code OVERDUE} after it, {@code UPCOMING} while its year runs.
     */
    public List<Report> reportsDue(LocalDate start, LocalDate end, LocalDate today) {
        List<Report> all = new ArrayList<>();
        for (int year = start.getYear(); year <= end.getYear() && year <= today.getYear(); year++) {
            LocalDate due = REPORT_DUE.atYear(year + 1);
            LocalDate received = reports.get(year);
            ReportState state = received != null
                    ? ReportState.RECEIVED
                    : today.isAfter(due)
                            ? ReportState.OVERDUE
                            : today.getYear() > year ? ReportState.DUE : ReportState.UPCOMING;
            all.add(new Report(year, due, received, state));
        }
        return all;
    }

    /** The next report not received (the oldest overdue or due, else the running year's), or null. */
    public Report nextReport(LocalDate start, LocalDate end, LocalDate today) {
        return reportsDue(start, end, today).stream()
                .filter(r -> r.state() != ReportState.RECEIVED)
                .findFirst()
                .orElse(null);
    }
}
