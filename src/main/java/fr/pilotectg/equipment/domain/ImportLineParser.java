package fr.pilotectg.equipment.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.shared.FrenchNumbers;
import fr.pilotectg.shared.SearchText;
import fr.pilotectg.territory.Territories;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads one line of a register file through the column mapping: each mapped cell is parsed (type, commune, gestionnaire,
 * addresses, coordinates, QPV, capacity, dates…) and what is wrong with it is said in French, an error or a warning.
 */
@Component
class ImportLineParser {

    private final Territories territories;
    private final Directory directory;
    private final EquipmentService service;
    private final AccessControl access;
    private final ImportVocabulary words;

    ImportLineParser(
            Territories territories,
            Directory directory,
            EquipmentService service,
            AccessControl access,
            ImportVocabulary words) {
        this.territories = territories;
        this.directory = directory;
        this.service = service;
        this.access = access;
        this.words = words;
    }

    /** Fresh look-ups for one file; {@code system} (start-up demo data) may write anywhere. */
    ImportLookups lookups(boolean system) {
        return new ImportLookups(system, territories, directory, service, access);
    }

    ParsedLine parse(ImportTable.Row row, ColumnMapping mapping, ImportLookups caches) {
        ParsedLine p = new ParsedLine(row);
        String typeText = row.cell(mapping.column(ImportField.TYPE));
        if (typeText == null) required(p, ImportField.TYPE);
        else p.type = words.type(typeText).orElse(null);
        if (typeText != null && p.type == null) error(p, "IMPORT_TYPE_UNKNOWN", typeText);
        p.name = row.cell(mapping.column(ImportField.NAME));
        if (p.name == null) required(p, ImportField.NAME);
        else if (p.name.length() > Equipment.NAME_MAX)
            error(p, "IMPORT_TOO_LONG", label(ImportField.NAME), Equipment.NAME_MAX);
        String communeText = row.cell(mapping.column(ImportField.COMMUNE));
        if (communeText == null) {
            required(p, ImportField.COMMUNE);
        } else {
            ImportLookups.CommuneResolution resolution = caches.commune(communeText);
            if (resolution.commune() != null) {
                p.commune = resolution.commune();
                if (!caches.writable(p.commune.inseeCode())) error(p, "IMPORT_COMMUNE_OUT_OF_REACH", p.commune.name());
            } else if (resolution.ambiguous() != null) {
                error(p, "IMPORT_COMMUNE_AMBIGUOUS", communeText, resolution.ambiguous());
            } else {
                error(p, "IMPORT_COMMUNE_UNKNOWN", communeText);
            }
        }
        p.operatorName = row.cell(mapping.column(ImportField.OPERATOR));
        if (p.operatorName != null) {
            if (p.operatorName.length() > Equipment.NAME_MAX)
                error(p, "IMPORT_TOO_LONG", label(ImportField.OPERATOR), Equipment.NAME_MAX);
            p.operatorId = caches.organisation(p.operatorName);
        }
        String categoryText = row.cell(mapping.column(ImportField.OPERATOR_CATEGORY));
        if (categoryText != null) {
            p.category = words.category(categoryText).orElse(null);
            if (p.category == null) error(p, "IMPORT_CATEGORY_UNKNOWN", categoryText);
        }
        p.addresses = addresses(row, mapping);
        p.quartier = row.cell(mapping.column(ImportField.QUARTIER));
        p.latitude = coordinate(p, row, mapping, ImportField.LATITUDE);
        p.longitude = coordinate(p, row, mapping, ImportField.LONGITUDE);
        if ((p.latitude == null) != (p.longitude == null) && !p.rejected()) error(p, "IMPORT_COORDINATES_INCOMPLETE");
        if (p.latitude != null && p.latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            error(p, "IMPORT_COORDINATE_INVALID", label(ImportField.LATITUDE), p.latitude.toPlainString());
        }
        if (p.longitude != null && p.longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            error(p, "IMPORT_COORDINATE_INVALID", label(ImportField.LONGITUDE), p.longitude.toPlainString());
        }
        p.qpv = qpv(p, row.cell(mapping.column(ImportField.QPV)), caches);
        String capacityText = row.cell(mapping.column(ImportField.CAPACITY));
        if (capacityText != null) {
            Optional<BigDecimal> value = FrenchNumbers.parse(capacityText);
            if (value.isEmpty()) error(p, "IMPORT_CAPACITY_NOT_A_NUMBER", capacityText);
            else if (value.get().signum() < 0) error(p, "IMPORT_CAPACITY_NEGATIVE", capacityText);
            else if (value.get().stripTrailingZeros().scale() > 2)
                error(p, "IMPORT_CAPACITY_TOO_PRECISE", capacityText);
            else p.capacity = value.get();
        }
        String unitText = row.cell(mapping.column(ImportField.UNIT));
        if (unitText != null) {
            p.unit = words.unit(unitText).orElse(null);
            if (p.unit == null) error(p, "IMPORT_UNIT_UNKNOWN", unitText);
        }
        if (p.type != null && p.unit != null && (p.capacity != null || capacityText == null) && !p.type.fits(p.unit)) {
            warning(p, "IMPORT_UNIT_UNUSUAL", words.label(p.unit), words.label(p.type));
        }
        p.capacityDate = date(p, row, mapping, ImportField.CAPACITY_DATE);
        p.openedOn = date(p, row, mapping, ImportField.OPENED_ON);
        p.closedOn = date(p, row, mapping, ImportField.CLOSED_ON);
        if (p.openedOn != null && p.closedOn != null && p.closedOn.isBefore(p.openedOn))
            error(p, "IMPORT_DATES_INCONSISTENT");
        String supported = row.cell(mapping.column(ImportField.SUPPORTED));
        if (supported != null) {
            p.supported = words.bool(supported).orElse(null);
            if (p.supported == null) error(p, "IMPORT_BOOLEAN_INVALID", label(ImportField.SUPPORTED), supported);
        }
        p.remarks = row.cell(mapping.column(ImportField.REMARKS));
        if (p.remarks != null && p.remarks.length() > Equipment.TEXT_MAX) {
            error(p, "IMPORT_TOO_LONG", label(ImportField.REMARKS), Equipment.TEXT_MAX);
        }
        p.source = row.cell(mapping.column(ImportField.SOURCE));
        if (p.type != null && p.name != null && p.commune != null) {
            p.key = Equipment.matchKey(
                    p.name, p.addresses.isEmpty() ? null : p.addresses.get(0), p.type, p.commune.inseeCode());
        }
        return p;
    }

    private static List<Address> addresses(ImportTable.Row row, ColumnMapping mapping) {
        String postalCode = row.cell(mapping.column(ImportField.POSTAL_CODE));
        String city = row.cell(mapping.column(ImportField.CITY));
        List<Address> addresses = new ArrayList<>();
        String main = row.cell(mapping.column(ImportField.ADDRESS));
        if (main != null) {
            String[] parts = main.split("\\s*[|\\n]\\s*");
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isBlank()) continue;
                addresses.add(
                        i == 0 && (postalCode != null || city != null)
                                ? new Address(parts[i], postalCode, city)
                                : Address.parse(parts[i], null, null));
            }
        } else if (postalCode != null || city != null) {
            addresses.add(new Address(null, postalCode, city));
        }
        String others = row.cell(mapping.column(ImportField.OTHER_ADDRESSES));
        if (others != null) {
            for (String part : others.split("\\s*[|\\n]\\s*"))
                if (!part.isBlank()) addresses.add(Address.parse(part, null, null));
        }
        return addresses;
    }

    private String qpv(ParsedLine p, String text, ImportLookups caches) {
        if (text == null) return "";
        String folded = SearchText.fold(text);
        if (folded.equals("non")
                || folded.equals("hors qpv")
                || folded.equals("hors_qpv")
                || folded.equals("hors")
                || folded.equals("n")) {
            return EquipmentData.OUTSIDE_QPV;
        }
        if (folded.equals("oui") || folded.equals("o") || folded.equals("en qpv")) {
            warning(p, "IMPORT_QPV_WITHOUT_CODE", text);
            return "";
        }
        String code = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!caches.qpvExists(code)) {
            error(p, "IMPORT_QPV_UNKNOWN", text);
            return "";
        }
        return code;
    }

    private BigDecimal coordinate(ParsedLine p, ImportTable.Row row, ColumnMapping mapping, ImportField field) {
        String text = row.cell(mapping.column(field));
        if (text == null) return null;
        Optional<BigDecimal> value = FrenchNumbers.parse(text);
        if (value.isEmpty()) error(p, "IMPORT_COORDINATE_INVALID", label(field), text);
        return value.orElse(null);
    }

    private LocalDate date(ParsedLine p, ImportTable.Row row, ColumnMapping mapping, ImportField field) {
        String text = row.cell(mapping.column(field));
        if (text == null) return null;
        Optional<LocalDate> value = ImportVocabulary.date(text);
        if (value.isEmpty()) error(p, "IMPORT_DATE_INVALID", label(field), text);
        return value.orElse(null);
    }

    private String label(ImportField field) {
        return words.message("equipment.import.field." + field.name());
    }

    private void required(ParsedLine p, ImportField field) {
        error(p, "IMPORT_REQUIRED", label(field));
    }

    void error(ParsedLine p, String code, Object... args) {
        p.messages.add(new ImportReport.Message(true, code, words.message("error." + code, args)));
    }

    private void warning(ParsedLine p, String code, Object... args) {
        p.messages.add(new ImportReport.Message(false, code, words.message("error." + code, args)));
    }
}
