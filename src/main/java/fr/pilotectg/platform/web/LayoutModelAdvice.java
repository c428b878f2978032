package fr.pilotectg.platform.web;

import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.NavigationEntry;
import fr.pilotectg.platform.PiloteUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the page shell needs in every page's model: the signed-in user, the navigation, whether
 * the API is offered, the current path. */
@ControllerAdvice
class LayoutModelAdvice {

    private final List<NavigationEntry> navigation;
    private final AccessControl access;

    LayoutModelAdvice(List<NavigationEntry> navigation, AccessControl access) {
        this.access = access;
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
    }

    @ModelAttribute("currentUser")
    PiloteUser currentUser() {
        return CurrentUser.optional().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        return CurrentUser.optional()
                .map(user -> navigation.stream()
                        .filter(entry -> entry.visibleTo(user.role()))
                        .toList())
                .orElse(List.of());
    }

    /** The API documentation and personal tokens are offered to the roles that use them ({@link AccessControl#usesApi}). */
    @ModelAttribute("usesApi")
    boolean usesApi() {
        return access.usesApi();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
