package fr.pilotectg.directory;

import fr.pilotectg.platform.Role;
import java.time.Instant;
import java.util.UUID;

/** A user account as admins see it (never its password). */
public record UserView(
        UUID id,
        String username,
        String displayName,
        UUID organisationId,
        String organisationName,
        Role role,
        boolean enabled,
        boolean mustChangePassword,
        Instant lastLoginAt,
        int version) {}
