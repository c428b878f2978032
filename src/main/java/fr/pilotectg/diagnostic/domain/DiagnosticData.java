package fr.pilotectg.diagnostic.domain;

import java.time.LocalDate;
import java.util.List;

/** The stored state of a diagnostic (one JSON document per convention). */
public record DiagnosticData(
        List<Figure> figures,
        List<Analysis> analyses,
        List<Priority> priorities,
        List<Milestone> milestones,
        LocalDate validatedByCopilOn) {

    public DiagnosticData {
        figures = figures == null ? List.of() : List.copyOf(figures);
        analyses = analyses == null ? List.of() : List.copyOf(analyses);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
