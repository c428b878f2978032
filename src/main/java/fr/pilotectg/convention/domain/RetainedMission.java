package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One of the Caf missions a convention works on, with the enjeux retained under it, by code (M1 with E1 and E2…).
 * The texts live in {@link NationalReferenceData}; codes stay free so that an administrator may add some.
 */
public record RetainedMission(String missionCode, List<String> enjeuCodes) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public RetainedMission {
        if (missionCode == null || !CODE.matcher(missionCode).matches()) {
            throw DomainException.invalid(ConventionErrors.MISSION_CODE_INVALID, String.valueOf(missionCode));
        }
        enjeuCodes = enjeuCodes == null ? List.of() : List.copyOf(enjeuCodes);
        var seen = new HashSet<String>();
        for (String code : enjeuCodes) {
            if (code == null || !CODE.matcher(code).matches()) {
                throw DomainException.invalid(ConventionErrors.ENJEU_CODE_INVALID, String.valueOf(code));
            }
            if (!seen.add(code)) throw DomainException.invalid(ConventionErrors.ENJEU_DUPLICATE, code);
        }
    }

    public static RetainedMission of(String missionCode, String... enjeuCodes) {
        return new RetainedMission(missionCode, List.of(enjeuCodes));
    }
}
