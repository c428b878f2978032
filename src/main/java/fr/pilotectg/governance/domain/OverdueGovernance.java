package fr.pilotectg.governance.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.governance.GovernanceWarning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What is overdue in the governance of the conventions in force a user prepares: meetings a body's frequency rule
 * expected and that were not held (COPIL, COTECH…), and the yearly activity reports of the posts not received (the
 * reports a collectivité has to send). The conventions ending soonest first, at most {@link #CONVENTIONS}, in a constant
 * number of statements ({@link GovernanceReads#warnings(java.util.Collection)}).
 */
@Component
public class OverdueGovernance {

    /** How many conventions in force are looked at (ending soonest first); the view says when there are more. */
    public static final int CONVENTIONS = 100;

    /** One convention with its overdue meetings and reports, the oldest named. */
    public record Row(UUID conventionId, String title, int meetings, int reports, GovernanceWarning oldest) {}

    /** The conventions with something overdue, and how many conventions in force were looked at out of how many. */
    public record View(List<Row> rows, int lookedAt, long inForce) {}

    static final String MEETING = "MISSING_MEETING";
    static final String REPORT = "REPORT_OVERDUE";

    private final Conventions conventions;
    private final GovernanceReads governance;

    OverdueGovernance(Conventions conventions, GovernanceReads governance) {
        this.conventions = conventions;
        this.governance = governance;
    }

    public View overdue() {
        Conventions.InForce inForce = conventions.inForce(CONVENTIONS);
        Map<UUID, List<GovernanceWarning>> warnings = governance.warnings(inForce.first());
        List<Row> rows = new ArrayList<>();
        for (ConventionSummary c : inForce.first()) {
            List<GovernanceWarning> late = warnings.getOrDefault(c.id(), List.of()).stream()
                    .filter(w -> MEETING.equals(w.code()) || REPORT.equals(w.code()))
                    .toList();
            if (late.isEmpty()) continue;
            int meetings =
                    (int) late.stream().filter(w -> MEETING.equals(w.code())).count();
            GovernanceWarning oldest = late.stream()
                    .min(Comparator.comparing(
                            GovernanceWarning::expectedBy, Comparator.nullsLast(Comparator.naturalOrder())))
                    .orElseThrow();
            rows.add(new Row(c.id(), c.title(), meetings, late.size() - meetings, oldest));
        }
        return new View(rows, inForce.first().size(), inForce.total());
    }
}
