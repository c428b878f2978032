package fr.pilotectg.territory;

import org.jspecify.annotations.Nullable;

/**
 * A commune as other modules and the API see it. {@code population} is null for communes associées and déléguées,
 * whose inhabitants INSEE counts in their parent commune.
 */
public record CommuneView(
        String inseeCode,
        CommuneKind kind,
        String name,
        @Nullable String parentInseeCode,
        @Nullable String parentName,
        String departementCode,
        String departementName,
        String regionCode,
        String regionName,
        @Nullable String siren,
        @Nullable String epciSiren,
        @Nullable String epciName,
        @Nullable Integer population,
        @Nullable String populationMillesime,
        String postalCodes) {

    /** The commune whose QPVs are this one's: the parent of a commune associée or déléguée (INSEE lists them there), else itself. */
    public String qpvCommuneCode() {
        return kind.hasParent() && parentInseeCode != null ? parentInseeCode : inseeCode;
    }
}
