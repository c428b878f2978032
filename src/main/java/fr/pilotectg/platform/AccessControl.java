package fr.pilotectg.platform;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that decides who sees and changes what. Every module describes its data by a {@link Footprint}
 * and asks here; lists filter with {@link #currentReach()}.
 *
 * <ul>
 *   <li>an admin sees and changes everything;</li>
 *   <li>a Caf agent sees and changes what lies in the départements of their Caf or involves their Caf;</li>
 *   <li>a collectivité agent sees and changes what their organisation takes part in;</li>
 *   <li>a partner sees what their organisation takes part in and changes only what names it directly;</li>
 *   <li>a reader sees what their organisation takes part in and changes nothing.</li>
 * </ul>
 *
 * Data that another organisation owns is reported as not found rather than forbidden, so that its existence
 * does not leak.
 */
@Component
public class AccessControl {

    private final ReachResolver reachResolver;

    AccessControl(ReachResolver reachResolver) {
        this.reachResolver = reachResolver;
    }

    public Reach currentReach() {
        return CurrentUser.optional().map(this::reachOf).orElse(Reach.nothing());
    }

    /** The user's reach, computed once per request (several checks may run while one page renders). */
    private Reach reachOf(PiloteUser user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = Reach.class.getName() + "." + user.id();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Reach cached)
            return cached;
        Reach reach = reachResolver.reachOf(user);
        if (request != null) request.setAttribute(key, reach, RequestAttributes.SCOPE_REQUEST);
        return reach;
    }

    /** The user's reach covers the footprint ({@link Reach#covers}); an empty footprint: administrators only. */
    public boolean canRead(Footprint footprint) {
        return CurrentUser.optional()
                .map(user -> reachOf(user).covers(footprint))
                .orElse(false);
    }

    /**
     * Readers change nothing; partners change only what names their organisation; agents change what they read;
     * national data (reference lists) is changed by administrators only.
     */
    public boolean canWrite(Footprint footprint) {
        var user = CurrentUser.optional();
        if (user.isEmpty()) return false;
        return switch (user.get().role()) {
            case ADMIN -> true;
            case READER -> false;
            case PARTNER -> footprint.organisations().contains(user.get().organisationId());
            default -> !footprint.national() && reachOf(user.get()).covers(footprint);
        };
    }

    /**
     * The user's role lets them create shared data somewhere (conventions, register entries, imports): administrators
     * and agents. Partners add only to what names their organisation, readers nothing; pages offer creation buttons
     * only when this holds, and the creation and import pages refuse the others (403).
     */
    public boolean canCreate() {
        return CurrentUser.optional()
                .map(user -> user.role().draftsConventions())
                .orElse(false);
    }

    /** {@link #canCreate}, or {@code ACCESS_DENIED}. */
    public void requireCreate() {
        if (!canCreate()) throw denied();
    }

    /** The user's role works with the API (documentation, personal tokens): administrators and agents. */
    public boolean usesApi() {
        return canCreate();
    }

    public boolean isAdmin() {
        return CurrentUser.optional().map(PiloteUser::isAdmin).orElse(false);
    }

    /** Throws the module's own "not found" when the user may not see the data. */
    public void requireRead(Footprint footprint, Supplier<DomainException> notFound) {
        if (!canRead(footprint)) throw notFound.get();
    }

    /** Not visible: the module's "not found"; visible but not changeable: {@code ACCESS_DENIED}. */
    public void requireWrite(Footprint footprint, Supplier<DomainException> notFound) {
        requireRead(footprint, notFound);
        if (!canWrite(footprint)) throw denied();
    }

    public void requireAdmin() {
        if (!isAdmin()) throw denied();
    }

    public static DomainException denied() {
        return new DomainException(ErrorKind.FORBIDDEN, "ACCESS_DENIED");
    }
}
