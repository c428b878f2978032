package fr.pilotectg.deliberation.domain;

import static fr.pilotectg.deliberation.domain.TestDeliberations.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class VoteTests {

    @Test
    void aUnanimityWithoutFiguresAdoptsAndLeavesTheVotesCastToTheAttendance() {
        var vote = Vote.unanimity();

        assertThat(vote.outcome()).isEqualTo(Vote.Outcome.ADOPTED);
        assertThat(vote.hasFigures()).isFalse();
        assertThat(vote.votesCast()).isEmpty();
    }

    @Test
    void aUnanimityMayCountAbstentions() {
        var vote = Vote.unanimity(33, 2);

        assertThat(vote.votesCast()).hasValue(35);
        assertThat(vote.against()).isZero();
        assertThat(vote.outcome()).isEqualTo(Vote.Outcome.ADOPTED);
    }

    @Test
    void countedVotesDecideByMajorityOfVotesExpressed() {
        assertThat(Vote.counted(20, 10, 5).outcome()).isEqualTo(Vote.Outcome.ADOPTED);
        assertThat(Vote.counted(20, 10, 5).votesCast()).hasValue(35);
        assertThat(Vote.counted(10, 20, 0).outcome()).isEqualTo(Vote.Outcome.REJECTED);
        assertThat(Vote.counted(10, 10, 3).outcome()).isEqualTo(Vote.Outcome.TIE);
    }

    @Test
    void membersNotTakingPartAreKeptApart() {
        var vote = Vote.counted(30, 0, 2).withNotTakingPart(3);

        assertThat(vote.notTakingPart()).isEqualTo(3);
        assertThat(vote.votesCast()).hasValue(32);
    }

    @Test
    void refusesNegativeFigures() {
        var refusal = refusalOf(() -> Vote.counted(-1, 0, -2));
        var notTakingPart = refusalOf(() -> Vote.unanimity().withNotTakingPart(-1));

        assertThat(refusal.fields())
                .containsExactly(
                        FieldProblem.of("inFavour", "DELIBERATION_COUNT_NEGATIVE", -1),
                        FieldProblem.of("abstention", "DELIBERATION_COUNT_NEGATIVE", -2));
        assertThat(notTakingPart.fields())
                .containsExactly(FieldProblem.of("notTakingPart", "DELIBERATION_COUNT_NEGATIVE", -1));
    }

    @Test
    void refusesACountedVoteWithAFigureMissingOrNobodyVoting() {
        var missing = refusalOf(() -> new Vote(false, 10, null, 0, 0));
        var nobody = refusalOf(() -> Vote.counted(0, 0, 0));

        assertThat(missing.fields()).containsExactly(FieldProblem.of("against", "VOTE_COUNTS_INCOMPLETE"));
        assertThat(nobody.fields()).containsExactly(FieldProblem.of("inFavour", "VOTE_NO_VOTES_CAST"));
    }

    @Test
    void refusesAnImpossibleUnanimity() {
        var withAgainst = refusalOf(() -> new Vote(true, 30, 2, 0, 0));
        var withoutFavour = refusalOf(() -> Vote.unanimity(0, 3));
        var partial = refusalOf(() -> new Vote(true, null, null, 2, 0));

        assertThat(withAgainst.fields()).containsExactly(FieldProblem.of("against", "VOTE_UNANIMITY_WITH_AGAINST", 2));
        assertThat(withoutFavour.fields())
                .containsExactly(FieldProblem.of("inFavour", "VOTE_UNANIMITY_WITHOUT_FAVOUR"));
        assertThat(partial.fields()).containsExactly(FieldProblem.of("inFavour", "VOTE_COUNTS_INCOMPLETE"));
    }
}
