package fr.pilotectg.governance.domain;

import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The ETP of a convention's posts added up, saying how many posts have no known ETP (issue 12): « 3 ETP », « 3 ETP
 * connus + 1 poste non renseigné », « non renseigné (2 postes) ». An unknown ETP is never counted as 0.
 */
public record EtpTotal(BigDecimal knownEtp, int knownPosts, int unknownPosts) {

    public static EtpTotal of(Collection<PostData> posts) {
        BigDecimal sum = BigDecimal.ZERO;
        int known = 0;
        int unknown = 0;
        for (PostData p : posts) {
            if (p.etp() == null) {
                unknown++;
            } else {
                sum = sum.add(p.etp());
                known++;
            }
        }
        return new EtpTotal(sum, known, unknown);
    }

    /** The message key ({@code governance.posts.total.*}) of the sentence that says this total. */
    public String messageKey() {
        if (unknownPosts == 0) return "governance.posts.total.known";
        return knownPosts == 0 ? "governance.posts.total.unknown" : "governance.posts.total.partial";
    }

    /** The arguments of {@link #messageKey()}: the known ETP written the French way, then the posts without ETP. */
    public Object[] messageArgs() {
        return new Object[] {FrenchNumbers.plain(knownEtp), unknownPosts};
    }
}
