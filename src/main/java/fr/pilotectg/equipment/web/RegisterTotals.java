package fr.pilotectg.equipment.web;

import fr.pilotectg.equipment.EquipmentTally;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.shared.FrenchOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The totals shown above a register list: by type, by commune, and overall. */
record RegisterTotals(List<Row> byType, List<Row> byCommune, Row total) {

    /** One line of totals: a type or a commune (its code as key), a count and the sums of current capacities. */
    record Row(
            String key,
            String label,
            long count,
            BigDecimal places,
            BigDecimal actes,
            BigDecimal etp,
            BigDecimal heures) {

        Row plus(EquipmentTally t) {
            return new Row(
                    key,
                    label,
                    count + t.count(),
                    places.add(t.places()),
                    actes.add(t.actes()),
                    etp.add(t.etp()),
                    heures.add(t.heures()));
        }

        static Row empty(String key, String label) {
            return new Row(key, label, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
    }

    static RegisterTotals of(List<EquipmentTally> tallies, Function<String, String> communeName) {
        Map<EquipmentType, Row> types = new EnumMap<>(EquipmentType.class);
        Map<String, Row> communes = new LinkedHashMap<>();
        Row total = Row.empty("", "");
        for (EquipmentTally t : tallies) {
            types.merge(t.type(), Row.empty(t.type().name(), null).plus(t), (a, b) -> a.plus(t));
            communes.merge(
                    t.communeCode(),
                    Row.empty(t.communeCode(), communeName.apply(t.communeCode()))
                            .plus(t),
                    (a, b) -> a.plus(t));
            total = total.plus(t);
        }
        List<Row> byCommune = new ArrayList<>(communes.values());
        byCommune.sort(FrenchOrder.by(Row::label));
        return new RegisterTotals(List.copyOf(types.values()), byCommune, total);
    }
}
