package fr.pilotectg.diagnostic.domain;

import java.time.LocalDate;

/** A due date of the diagnostic (LLH: 31/12/2022 and 31/12/2024), what is due then, and when it was delivered. */
public record Milestone(LocalDate dueOn, String deliverable, LocalDate doneOn) {

    public boolean done() {
        return doneOn != null;
    }

    public boolean lateOn(LocalDate today) {
        return doneOn == null && dueOn != null && dueOn.isBefore(today);
    }
}
