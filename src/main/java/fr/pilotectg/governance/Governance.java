package fr.pilotectg.governance;

import fr.pilotectg.governance.domain.GovernanceReads;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The governance module's front door for other modules (convention page, CAF portfolio). */
@Service
public class Governance {

    private final GovernanceReads service;

    Governance(GovernanceReads service) {
        this.service = service;
    }

    /**
     * What is behind in a convention's governance as of today, for the current user: expected meetings not held
     * ({@code MISSING_MEETING}), a COPIL held without a COTECH before it, a composition that breaks the required parity,
     * an overdue activity report of a chargé de coopération. Empty if the user may not see the convention.
     */
    public List<GovernanceWarning> warningsOf(UUID conventionId) {
        return service.warnings(conventionId);
    }

    /** The bodies and posts of a convention the current user may read, for its annex 2 (the guard of the overview). */
    public GovernanceAnnex annexOf(UUID conventionId) {
        var overview = service.overview(conventionId);
        return new GovernanceAnnex(
                overview.bodies().stream()
                        .map(b -> new GovernanceAnnex.BodyLine(
                                b.body().data().name(),
                                b.body().data().chairing(),
                                b.body().data().frequency() == null
                                        ? null
                                        : b.body().data().frequency().text(),
                                b.body().cafSeats(),
                                b.body().collectiviteSeats(),
                                b.body().totalSeats()))
                        .toList(),
                overview.posts().stream()
                        .map(p -> new GovernanceAnnex.PostLine(
                                p.post().data().theme(),
                                p.post().data().person(),
                                p.communeName(),
                                p.post().data().etp(),
                                p.employerName()))
                        .toList());
    }

    /** The governance page of a convention. */
    public static String pathOf(UUID conventionId) {
        return "/conventions/" + conventionId + "/gouvernance";
    }
}
