package fr.pilotectg.evaluation.domain;

import fr.pilotectg.convention.ConventionInForce;
import fr.pilotectg.convention.Conventions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The annual reviews not presented: for each convention in force in the user's reach that ran during last year, whether
 * its review of that year was presented (or frozen). Two statements whatever the portfolio: the conventions in force
 * (their front door), then the reviews presented among them. No due date is invented: the home page says « non
 * présentée », not « en retard ».
 */
@Component
public class ReviewsDue {

    /** Last year's reviews not presented: the year, how many conventions, the first of them (ending soonest). */
    public record View(int year, int total, List<ConventionInForce> first) {}

    private final Conventions conventions;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewsDue(Conventions conventions, JdbcClient jdbc, Clock clock) {
        this.conventions = conventions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public View lastYear(int limit) {
        int year = LocalDate.now(clock).getYear() - 1;
        List<ConventionInForce> ran = conventions.inForceRefs().stream()
                .filter(c -> c.start() != null && c.start().getYear() <= year)
                .toList();
        Set<UUID> presented = new HashSet<>();
        if (!ran.isEmpty()) {
            presented.addAll(jdbc.sql("""
                            SELECT convention_id FROM evaluation.review
                            WHERE kind = 'ANNUAL' AND year = :year AND convention_id = ANY(:ids)
                              AND (presented_on IS NOT NULL OR frozen_at IS NOT NULL)""")
                    .param("year", year)
                    .param("ids", ran.stream().map(ConventionInForce::id).toArray(UUID[]::new))
                    .query(UUID.class)
                    .list());
        }
        List<ConventionInForce> due =
                ran.stream().filter(c -> !presented.contains(c.id())).toList();
        return new View(year, due.size(), due.stream().limit(limit).toList());
    }
}
