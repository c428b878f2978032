package fr.pilotectg.shared;

import java.util.List;

/**
 * The {@code version} an API change must carry (optimistic locking): missing, it is a field problem
 * ({@code version}: {@code REQUIRED}), never a guess.
 */
public final class RequiredVersion {

    private RequiredVersion() {}

    public static int of(Integer version) {
        if (version == null) throw DomainException.invalidFields(List.of(FieldProblem.of("version", "REQUIRED")));
        return version;
    }
}
