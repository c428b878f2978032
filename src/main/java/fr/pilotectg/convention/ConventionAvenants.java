package fr.pilotectg.convention;

import java.time.LocalDate;
import java.util.List;

/**
 * The avenants of a convention as its documents print them, for the generated documents: the number of the signed
 * terms version in force (1 = the convention as signed, 0 while unsigned) and each avenant with the terms it changes,
 * each changed part with its French label and its wording before and after.
 */
public record ConventionAvenants(int termsVersion, List<Avenant> avenants) {

    public ConventionAvenants {
        avenants = List.copyOf(avenants);
    }

    /**
     * One avenant; {@code signedOn} and {@code effectiveFrom} null while pending, {@code producedVersion} the terms
     * version its signature created (null while pending or withdrawn).
     */
    public record Avenant(
            int number,
            String title,
            LocalDate draftedOn,
            LocalDate signedOn,
            LocalDate effectiveFrom,
            boolean withdrawn,
            Integer producedVersion,
            List<Change> changes) {
        public Avenant {
            changes = List.copyOf(changes);
        }

        public boolean signed() {
            return signedOn != null;
        }
    }

    /** A part of the terms the avenant changes: its label, and what it said before and says after (may be null). */
    public record Change(String part, String before, String after) {}
}
