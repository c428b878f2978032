package fr.pilotectg.actionplan.domain;

import fr.pilotectg.shared.PartialDate;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An échéance de réalisation: when it is due, known to the day, the month or the year as the fiche gives it (« 2023 »,
 * « 06/2023 », « 30/06/2023 »), what is due, and whether it is done. {@code done} may be left out (API): not done.
 * Calendar rules take its last possible day ({@link #dueBy()}): an échéance « 2023 » is late from 01/01/2024.
 */
public record Milestone(@Nullable PartialDate dueOn, String label, Boolean done) {

    public Milestone {
        label = label == null ? "" : label.strip();
        done = Boolean.TRUE.equals(done);
    }

    /** An échéance known to the day. */
    public static Milestone on(LocalDate dueOn, String label, boolean done) {
        return new Milestone(PartialDate.of(dueOn), label, done);
    }

    /** The last day it may fall on (31/12 for a year, the month's last day for a month); null when undated. */
    public @Nullable LocalDate dueBy() {
        return dueOn == null ? null : dueOn.lastDay();
    }

    public boolean lateOn(LocalDate today) {
        return !done && dueOn != null && dueOn.lastDay().isBefore(today);
    }
}
