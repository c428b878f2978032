package fr.pilotectg.governance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A convention's governance as its annex 2 prints it: the bodies with their seats and frequency, the chargés de
 * coopération.
 *
 * @param frequency the frequency as the text gives it, null when none is recorded
 * @param etp null when not known (printed « non renseigné »)
 */
public record GovernanceAnnex(List<BodyLine> bodies, List<PostLine> posts) {

    public GovernanceAnnex {
        bodies = List.copyOf(bodies);
        posts = List.copyOf(posts);
    }

    public record BodyLine(
            String name, String chairing, String frequency, int cafSeats, int collectiviteSeats, int totalSeats) {}

    public record PostLine(String theme, String person, String commune, BigDecimal etp, String employer) {}
}
