package fr.pilotectg.territory;

/**
 * A commune as other modules and the API see it. {@code population} is null for communes associées and déléguées,
 * whose inhabitants INSEE counts in their parent commune.
 */
public record CommuneView(
        String inseeCode,
        CommuneKind kind,
        String name,
        String parentInseeCode,
        String parentName,
        String departementCode,
        String departementName,
        String regionCode,
        String regionName,
        String siren,
        String epciSiren,
        String epciName,
        Integer population,
        String populationMillesime,
        String postalCodes) {

    /** The commune whose QPVs are this one's: the parent of a commune associée or déléguée (INSEE lists them there), else itself. */
    public String qpvCommuneCode() {
        return kind.hasParent() && parentInseeCode != null ? parentInseeCode : inseeCode;
    }
}
