package fr.pilotectg.documents.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a generated convention document says, before any format: the values of the template's placeholders, the gaps,
 * and the convention version it reflects.
 */
public record DocumentContent(
        UUID conventionId, String title, int conventionVersion, Map<String, Object> data, List<Gap> gaps) {

    public DocumentContent {
        data = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(data));
        gaps = List.copyOf(gaps);
    }
}
