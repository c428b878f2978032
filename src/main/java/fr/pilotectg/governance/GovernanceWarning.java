package fr.pilotectg.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A governance body behind its frequency rule, or a post whose activity report is overdue, as the portfolio shows it.
 *
 * @param code {@code MISSING_MEETING} (an expected meeting was not held), {@code COTECH_MISSING_BEFORE_COPIL} (a COPIL
 *     was held with no COTECH since the previous COPIL), {@code PARITY_BROKEN} (the composition breaks the parity the
 *     convention requires), {@code REPORT_OVERDUE} (a post's yearly activity report was not received); French message
 *     {@code governance.warning.<code>} with {@link #args()}
 * @param subject the body's or post's name
 * @param period what was expected ("novembre 2022", "1er semestre 2023", "bilan 2024"), may be empty
 * @param expectedBy the date by which it was expected, may be null
 */
public record GovernanceWarning(
        UUID conventionId, UUID subjectId, String subject, String code, String period, LocalDate expectedBy) {

    public String messageKey() {
        return "governance.warning." + code;
    }

    /** Arguments of the message: subject, period, expected-by date (dd/MM/yyyy, or empty). */
    public List<Object> args() {
        return List.of(
                subject,
                period == null ? "" : period,
                expectedBy == null
                        ? ""
                        : expectedBy.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    public Object[] argArray() {
        return args().toArray();
    }

    /**
     * Warnings of one kind about one body or post (issue 16: forty lines become a few): how many, the oldest (earliest
     * expected date, undated last) and all of them, oldest first.
     */
    public record Group(String code, String subject, GovernanceWarning oldest, List<GovernanceWarning> all) {

        public int count() {
            return all.size();
        }
    }

    /** These warnings grouped by kind and subject, in the order of their first appearance. */
    public static List<Group> grouped(List<GovernanceWarning> warnings) {
        java.util.Map<String, List<GovernanceWarning>> byKey = new java.util.LinkedHashMap<>();
        for (GovernanceWarning w : warnings)
            byKey.computeIfAbsent(w.code() + "|" + w.subjectId() + "|" + w.subject(), k -> new java.util.ArrayList<>())
                    .add(w);
        return byKey.values().stream()
                .map(list -> {
                    List<GovernanceWarning> sorted = list.stream()
                            .sorted(java.util.Comparator.comparing(
                                    GovernanceWarning::expectedBy,
                                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                            .toList();
                    return new Group(sorted.get(0).code(), sorted.get(0).subject(), sorted.get(0), sorted);
                })
                .toList();
    }
}
