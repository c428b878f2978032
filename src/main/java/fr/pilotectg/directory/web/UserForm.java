package fr.pilotectg.directory.web;

import fr.pilotectg.directory.UserView;
import fr.pilotectg.directory.domain.UserAccountService.UserData;
import fr.pilotectg.platform.Role;
import java.util.UUID;

/** The admin's user form. */
public class UserForm {

    private String username;
    private String displayName;
    private UUID organisationId;
    private Role role;
    private boolean enabled = true;
    private int version;

    static UserForm of(UserView view) {
        var form = new UserForm();
        form.username = view.username();
        form.displayName = view.displayName();
        form.organisationId = view.organisationId();
        form.role = view.role();
        form.enabled = view.enabled();
        form.version = view.version();
        return form;
    }

    UserData data() {
        return new UserData(username, displayName, organisationId, role, enabled);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(UUID organisationId) {
        this.organisationId = organisationId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
