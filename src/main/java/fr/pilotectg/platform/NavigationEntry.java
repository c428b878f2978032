package fr.pilotectg.platform;

import java.util.Set;

/**
 * A link in the main navigation, contributed by a module as a bean.
 *
 * @param labelKey message key of the label
 * @param path the URL the link goes to (also used to mark the current section)
 * @param order position, small first
 * @param roles the roles that see the link; empty for everyone signed in
 */
public record NavigationEntry(String labelKey, String path, int order, Set<Role> roles) {

    public NavigationEntry {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Role role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
