package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.territory.CommuneView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One line as read: the values of mapped columns, and what is wrong with them. */
final class ParsedLine {
    final ImportTable.Row row;
    final List<ImportReport.Message> messages = new ArrayList<>();
    EquipmentType type;
    String name;
    CommuneView commune;
    String operatorName;
    UUID operatorId;
    OperatorCategory category;
    List<Address> addresses = List.of();
    String quartier;
    BigDecimal latitude;
    BigDecimal longitude;
    String qpv;
    BigDecimal capacity;
    CapacityUnit unit;
    LocalDate capacityDate;
    LocalDate openedOn;
    LocalDate closedOn;
    Boolean supported;
    String remarks;
    String source;
    String key;

    ParsedLine(ImportTable.Row row) {
        this.row = row;
    }

    boolean rejected() {
        return messages.stream().anyMatch(ImportReport.Message::error);
    }
}
