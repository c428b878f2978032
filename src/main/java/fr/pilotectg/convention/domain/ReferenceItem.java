package fr.pilotectg.convention.domain;

/**
 * One entry of the national list a convention picks from: a domaine d'intervention, a Caf mission or an enjeu (under
 * its mission, {@code parentCode}). Standard entries come from {@link NationalReferenceData}; administrators may fix a
 * wording, add custom domains and enjeux, or retire one (kept for the conventions that already use it).
 */
public record ReferenceItem(
        Kind kind,
        String code,
        String parentCode,
        String label,
        int rank,
        boolean standard,
        boolean active,
        int version) {

    public enum Kind {
        DOMAIN,
        MISSION,
        ENJEU
    }

    public static final int MAX_LABEL_LENGTH = 300;
}
