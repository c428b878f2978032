package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A written proxy (pouvoir, CGCT L2121-20): the {@code giver} (mandant), unable to attend, is represented by the
 * {@code holder} (mandataire), who votes for both. A member cannot be his or her own holder.
 */
public record Proxy(MemberName giver, MemberName holder) {

    public Proxy {
        List<FieldProblem> problems = new ArrayList<>();
        if (giver == null) problems.add(FieldProblem.of("giver", ErrorCodes.REQUIRED));
        if (holder == null) problems.add(FieldProblem.of("holder", ErrorCodes.REQUIRED));
        if (problems.isEmpty() && giver.sameMemberAs(holder)) {
            problems.add(FieldProblem.of("holder", ErrorCodes.PROXY_TO_SELF, giver.printed()));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    public static Proxy of(String giver, String holder) {
        return new Proxy(MemberName.of(giver), MemberName.of(holder));
    }
}
