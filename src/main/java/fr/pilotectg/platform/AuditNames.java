package fr.pilotectg.platform;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Names the identifiers an audit row holds (an organisation's id recorded as a field value), for the history and the
 * journal to read « Ville de Lille » rather than a UUID. Implemented by the modules that own named things (the directory
 * for organisations); asked once per page for all the ids it shows.
 */
public interface AuditNames {

    /** The names of those of {@code ids} this source knows (others absent). */
    Map<UUID, String> namesOf(Collection<UUID> ids);
}
