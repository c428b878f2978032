package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.ParameterCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One value of a parameter over its effective period: national (no {@code cafId}) or a Caf's override from
 * {@code validFrom} (with its reason). A null {@code value} is a value nobody knows yet (« non renseigné »).
 *
 * @param validTo last day included; null while in force
 */
public record ParameterVersion(
        UUID id,
        ParameterCode code,
        UUID cafId,
        LocalDate validFrom,
        LocalDate validTo,
        String value,
        String source,
        boolean hypothesis,
        String reason) {

    public ParameterVersion {
        if (id == null || code == null || validFrom == null || source == null)
            throw new IllegalArgumentException("id, code, validFrom and source are required");
        if (validTo != null && validTo.isBefore(validFrom))
            throw new IllegalArgumentException("period ends before it starts: " + code);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean known() {
        return value != null;
    }

    /** The value as a number (the code's unit is numeric); null when unknown. */
    public BigDecimal number() {
        return value == null ? null : new BigDecimal(value);
    }

    public boolean override() {
        return cafId != null;
    }
}
