package fr.pilotectg.platform;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as every module sees them: who they are, their organisation and their role. */
public final class PiloteUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final UUID organisationId;
    private final String organisationName;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    public PiloteUser(
            UUID id,
            String username,
            String displayName,
            String passwordHash,
            UUID organisationId,
            String organisationName,
            Role role,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.role = role;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public Role role() {
        return role;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PiloteUser that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PiloteUser[" + username + ", " + role + "]";
    }
}
