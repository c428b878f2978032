package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.convention.NationalList;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing what the diagnostic concludes: its three analyses, the priority fields (domains of the convention, enjeux of
 * the national list that {@link NationalList#enjeux()} gives) and the comité de pilotage's validation.
 */
@Service
public class AnalysisWriting {

    private final DiagnosticFlow flow;
    private final NationalList nationalList;

    AnalysisWriting(DiagnosticFlow flow, NationalList nationalList) {
        this.flow = flow;
        this.nationalList = nationalList;
    }

    @Transactional
    public int writeAnalysis(UUID conventionId, int expectedVersion, Analysis analysis) {
        return flow.diagnostic(conventionId, expectedVersion, "analysis-written", (d, convention) -> {
            d.writeAnalysis(analysis);
            return flow.text()
                    .text(
                            "diagnostic.audit.analysis-written",
                            flow.text().value(analysis.section()),
                            flow.text().value(analysis.status()));
        });
    }

    @Transactional
    public int replacePriorities(UUID conventionId, int expectedVersion, List<Priority> priorities) {
        return flow.diagnostic(conventionId, expectedVersion, "priorities-replaced", (d, convention) -> {
            d.replacePriorities(
                    priorities, convention.domains(), nationalList.enjeux().keySet());
            return flow.text().text("diagnostic.audit.priorities-replaced", priorities.size());
        });
    }

    /** Adds a priority field ({@code index} null) or replaces the one at {@code index}. */
    @Transactional
    public int putPriority(UUID conventionId, int expectedVersion, Integer index, Priority priority) {
        return flow.diagnostic(
                conventionId,
                expectedVersion,
                index == null ? "priority-added" : "priority-updated",
                (d, convention) -> {
                    d.putPriority(
                            index,
                            priority,
                            convention.domains(),
                            nationalList.enjeux().keySet());
                    return flow.text()
                            .text(
                                    index == null
                                            ? "diagnostic.audit.priority-added"
                                            : "diagnostic.audit.priority-updated",
                                    priority.field());
                });
    }

    @Transactional
    public int removePriority(UUID conventionId, int expectedVersion, int index) {
        return flow.diagnostic(
                conventionId,
                expectedVersion,
                "priority-removed",
                (d, convention) -> flow.text()
                        .text(
                                "diagnostic.audit.priority-removed",
                                d.removePriority(index).field()));
    }

    /** The comité de pilotage validated the diagnostic on {@code on} (null withdraws the date). */
    @Transactional
    public int validate(UUID conventionId, int expectedVersion, LocalDate on) {
        return flow.diagnostic(conventionId, expectedVersion, "validated", (d, convention) -> {
            d.validate(on, flow.today());
            return on == null
                    ? flow.text().text("diagnostic.audit.validation-withdrawn")
                    : flow.text().text("diagnostic.audit.validated", on);
        });
    }
}
