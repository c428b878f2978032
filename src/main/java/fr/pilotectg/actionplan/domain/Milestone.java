package fr.pilotectg.actionplan.domain;

import java.time.LocalDate;

/** An échéance de réalisation: a due date, what is due, and whether it is done. */
/** {@code done} may be left out (API): not done. */
public record Milestone(LocalDate dueOn, String label, Boolean done) {

    public Milestone {
        label = label == null ? "" : label.strip();
        done = Boolean.TRUE.equals(done);
    }

    public boolean lateOn(LocalDate today) {
        return !done && dueOn != null && dueOn.isBefore(today);
    }
}
