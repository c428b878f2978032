package fr.pilotectg.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An entry of the register as other modules, pages and the API see it.
 *
 * @param currentCapacity the capacity in force today (null when none has been recorded)
 * @param qpvCode the QPV the entry lies in, null when outside every QPV or unknown (see {@code qpvOrigin})
 * @param version for optimistic locking: send it back with a change
 */
public record EquipmentView(
        UUID id,
        EquipmentType type,
        String name,
        OperatorView operator,
        List<AddressView> addresses,
        String communeCode,
        String communeName,
        String quartier,
        BigDecimal latitude,
        BigDecimal longitude,
        String qpvCode,
        String qpvName,
        QpvOrigin qpvOrigin,
        LocalDate openedOn,
        LocalDate closedOn,
        boolean supportedByCollectivite,
        String remarks,
        CapacityView currentCapacity,
        int version) {

    /** Open on {@code day}: opened (or no opening date) and not yet closed. */
    public boolean openOn(LocalDate day) {
        return (openedOn == null || !openedOn.isAfter(day)) && (closedOn == null || closedOn.isAfter(day));
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }

    public String mainAddress() {
        return addresses.isEmpty() ? "" : addresses.get(0).oneLine();
    }

    /** Whether the entry is in a QPV, out of every QPV, or not known (null). */
    public Boolean inQpv() {
        if (qpvCode != null) return true;
        return qpvOrigin == QpvOrigin.UNKNOWN ? null : false;
    }
}
