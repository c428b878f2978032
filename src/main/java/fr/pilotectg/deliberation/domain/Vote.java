package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The vote on a deliberation: either unanimity ("Adoptée à l'unanimité", usually without figures) or counted votes for,
 * against and abstaining; plus the members present or represented who did not take part (a member "intéressé" who
 * withdrew, for instance).
 * <p>
 * Votes cast ({@link #votesCast()}, the "votants", SCDL {@code VOTE_REEL}) are for + against + abstentions. Refused:
 * negative figures, a counted vote with a figure missing or nobody voting, a unanimity with votes against or with
 * nobody in favour.
 *
 * @param inFavour for a unanimity, null when the record gives no figures
 * @param against null only for a unanimity without figures; 0 otherwise for a unanimity
 * @param abstention null only for a unanimity without figures
 */
public record Vote(boolean unanimous, Integer inFavour, Integer against, Integer abstention, int notTakingPart) {

    /** What the figures decide. A tie is settled by the president's casting vote, except in a secret ballot. */
    public enum Outcome {
        ADOPTED,
        REJECTED,
        TIE
    }

    public Vote {
        List<FieldProblem> problems = new ArrayList<>();
        nonNegative("inFavour", inFavour, problems);
        nonNegative("against", against, problems);
        nonNegative("abstention", abstention, problems);
        nonNegative("notTakingPart", notTakingPart, problems);
        if (unanimous) {
            if (inFavour == null && (against != null || abstention != null)) {
                problems.add(FieldProblem.of("inFavour", ErrorCodes.VOTE_COUNTS_INCOMPLETE));
            }
            if (against != null && against > 0) {
                problems.add(FieldProblem.of("against", ErrorCodes.VOTE_UNANIMITY_WITH_AGAINST, against));
            }
            if (inFavour != null && inFavour == 0) {
                problems.add(FieldProblem.of("inFavour", ErrorCodes.VOTE_UNANIMITY_WITHOUT_FAVOUR));
            }
        } else {
            if (inFavour == null) problems.add(FieldProblem.of("inFavour", ErrorCodes.VOTE_COUNTS_INCOMPLETE));
            if (against == null) problems.add(FieldProblem.of("against", ErrorCodes.VOTE_COUNTS_INCOMPLETE));
            if (abstention == null) problems.add(FieldProblem.of("abstention", ErrorCodes.VOTE_COUNTS_INCOMPLETE));
            if (problems.isEmpty() && inFavour + against + abstention == 0) {
                problems.add(FieldProblem.of("inFavour", ErrorCodes.VOTE_NO_VOTES_CAST));
            }
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        if (unanimous && inFavour != null) {
            against = 0;
            abstention = abstention == null ? 0 : abstention;
        }
    }

    /** "Adoptée à l'unanimité" with no figures: votes cast are then the members present or represented. */
    public static Vote unanimity() {
        return new Vote(true, null, null, null, 0);
    }

    /** Unanimity of the votes expressed, with its figures (abstentions do not break a unanimity). */
    public static Vote unanimity(int inFavour, int abstention) {
        return new Vote(true, inFavour, 0, abstention, 0);
    }

    public static Vote counted(int inFavour, int against, int abstention) {
        return new Vote(false, inFavour, against, abstention, 0);
    }

    /** The same vote, with {@code members} present or represented who did not take part. */
    public Vote withNotTakingPart(int members) {
        return new Vote(unanimous, inFavour, against, abstention, members);
    }

    /** Whether the record gives figures (always, unless a unanimity was recorded without them). */
    public boolean hasFigures() {
        return inFavour != null;
    }

    /** For + against + abstentions, when the record gives figures. */
    public OptionalInt votesCast() {
        return hasFigures() ? OptionalInt.of(inFavour + against + abstention) : OptionalInt.empty();
    }

    public Outcome outcome() {
        if (unanimous) return Outcome.ADOPTED;
        int comparison = Integer.compare(inFavour, against);
        return comparison > 0 ? Outcome.ADOPTED : comparison < 0 ? Outcome.REJECTED : Outcome.TIE;
    }

    private static void nonNegative(String field, Integer value, List<FieldProblem> problems) {
        if (value != null && value < 0)
            problems.add(FieldProblem.of(field, ErrorCodes.DELIBERATION_COUNT_NEGATIVE, value));
    }
}
