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
}
