package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the three analyses: its text, the data sources it rests on, its status and, for the offer, one text per
 * qualitative point (accessibilité, amplitude, tarification, pertinence, place des familles, satisfaction).
 */
public record Analysis(
        AnalysisSection section,
        AnalysisStatus status,
        String text,
        List<String> dataSources,
        Map<AnalysisSection.QualityPoint, String> qualitative) {

    public Analysis {
        dataSources = dataSources == null
                ? List.of()
                : dataSources.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(String::strip)
                        .toList();
        Map<AnalysisSection.QualityPoint, String> points = new LinkedHashMap<>();
        if (qualitative != null)
            qualitative.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) points.put(k, v.strip());
            });
        qualitative = Map.copyOf(points);
        text = text == null ? "" : text.strip();
    }

    public static Analysis empty(AnalysisSection section) {
        return new Analysis(section, AnalysisStatus.NOT_STARTED, "", List.of(), Map.of());
    }

    /** A section marked done needs its text and at least one data source; qualitative points belong to the offer only. */
    public Analysis checked() {
        List<FieldProblem> problems = new ArrayList<>();
        if (section == null) problems.add(FieldProblem.of("section", "ANALYSIS_SECTION_REQUIRED"));
        if (status == null) problems.add(FieldProblem.of("status", "ANALYSIS_STATUS_REQUIRED"));
        if (status == AnalysisStatus.DONE && text.isEmpty())
            problems.add(FieldProblem.of("text", "ANALYSIS_TEXT_REQUIRED"));
        if (status == AnalysisStatus.DONE && dataSources.isEmpty())
            problems.add(FieldProblem.of("dataSources", "ANALYSIS_SOURCES_REQUIRED"));
        InputLimits limits = InputLimits.check().longText("text", text).titles("dataSources", dataSources);
        qualitative.forEach((point, value) -> limits.longText("qualitative", value));
        problems.addAll(limits.problems());
        if (section != null && !section.points().containsAll(qualitative.keySet())) {
            problems.add(FieldProblem.of("qualitative", "ANALYSIS_POINT_NOT_ALLOWED"));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return this;
    }

    public String point(AnalysisSection.QualityPoint point) {
        return qualitative.getOrDefault(point, "");
    }
}
