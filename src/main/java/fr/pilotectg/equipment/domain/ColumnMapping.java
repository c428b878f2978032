package fr.pilotectg.equipment.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.SearchText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which column of the file holds which field; guessed from the headers, then corrected by the user. */
public record ColumnMapping(Map<ImportField, Integer> columns) {

    public ColumnMapping {
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
    }

    /** Recognises French headers ("Nom de la structure", "Code INSEE", "Capacité"…); each column serves one field. */
    public static ColumnMapping guess(List<String> headers) {
        Map<ImportField, Integer> found = new EnumMap<>(ImportField.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header == null || header.isBlank()) continue;
            for (ImportField field : ImportField.values()) {
                if (!found.containsKey(field) && field.recognises(header)) {
                    found.put(field, i);
                    break;
                }
            }
        }
        // Second pass: headers that merely start with a known word ("Capacité (places)", "Commune d'implantation").
        for (int i = 0; i < headers.size(); i++) {
            if (found.containsValue(i) || headers.get(i) == null) continue;
            String folded = SearchText.fold(headers.get(i));
            for (ImportField field : ImportField.values()) {
                if (!found.containsKey(field) && !folded.isEmpty() && field.recognises(folded.split(" ")[0])) {
                    found.put(field, i);
                    break;
                }
            }
        }
        return new ColumnMapping(found);
    }

    /** A mapping given as field → header name (API) or field → column index (form); unknown headers are refused. */
    public static ColumnMapping ofHeaders(Map<ImportField, String> byHeader, List<String> headers) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        byHeader.forEach((field, header) -> {
            if (header == null || header.isBlank()) return;
            int index = headers.indexOf(header);
            if (index < 0) {
                for (int i = 0; i < headers.size() && index < 0; i++) {
                    if (SearchText.fold(headers.get(i)).equals(SearchText.fold(header))) index = i;
                }
            }
            if (index < 0) throw DomainException.invalid("IMPORT_MAPPING_UNKNOWN_COLUMN", header);
            columns.put(field, index);
        });
        return new ColumnMapping(columns);
    }

    public Integer column(ImportField field) {
        return columns.get(field);
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    /** The required fields without a column. */
    public List<ImportField> missing() {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            if (field.required() && !columns.containsKey(field)) missing.add(field);
        }
        return missing;
    }
}
