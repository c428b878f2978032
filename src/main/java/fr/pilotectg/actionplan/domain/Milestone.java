package fr.pilotectg.actionplan.domain;

import java.time.LocalDate;

/** An échéance de réalisation: a due date, what is due, and whether it is done. */
public record Milestone(LocalDate dueOn, String label, boolean done) {

    public Milestone {
        label = label == null ? "" : label.strip();
    }

    public boolean lateOn(LocalDate today) {
        return !done && dueOn != null && dueOn.isBefore(today);
    }
}
