package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.platform.TabularUploads;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.platform.UploadLimits;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Bulk import of fiches from a spreadsheet, read as a bounded stream ({@link TabularUploads}) once access is checked. */
@Service
public class FicheImport {

    private final ActionPlanRepository repository;
    private final FicheFlow flow;
    private final PlanChecks checks;
    private final PlanAudit audit;
    private final TabularUploads uploads;

    FicheImport(
            ActionPlanRepository repository,
            FicheFlow flow,
            PlanChecks checks,
            PlanAudit audit,
            TabularUploads uploads) {
        this.repository = repository;
        this.flow = flow;
        this.checks = checks;
        this.audit = audit;
        this.uploads = uploads;
    }

    /** A plan holds tens of fiches: {@code pilote.upload.imports.action-plan.*}, 5 MB and 5 000 rows by default. */
    public UploadLimits importLimits() {
        return uploads.limits("action-plan", DataSize.ofMegabytes(5), 5_000);
    }

    /**
     * Checks every line (axis named by title or number, the fiche's own checks and those against the convention) and,
     * unless {@code dryRun}, creates all the fiches in draft, or none if any line is refused.
     */
    @Transactional
    public ImportReport importFiches(UUID conventionId, Upload upload, boolean dryRun) {
        var results = new ArrayList<ImportReport.LineResult>();
        var saved = new boolean[1];
        flow.createAsStructure(conventionId, convention -> {
            // Read only once the user may write the plan (a reader gets 403 before a byte is parsed), within the
            // limits.
            List<ImportLine> lines = FicheRows.of(uploads.read(importLimits(), upload));
            List<Axis> axes = repository.axes(conventionId).stream()
                    .map(ActionPlanRepository.StoredAxis::axis)
                    .toList();
            var accepted = new ArrayList<FicheFlow.Created>();
            int position = repository.nextFichePosition(conventionId);
            for (ImportLine line : lines) {
                var problems = new ArrayList<FieldProblem>(line.readProblems());
                UUID axisId = axisNamed(axes, line.axis());
                if (axisId == null) {
                    problems.add(FieldProblem.of(
                            "axis", ActionPlanErrors.IMPORT_AXIS_UNKNOWN, line.axis() == null ? "" : line.axis()));
                }
                UUID id = UUID.randomUUID();
                try {
                    checks.fiche(
                            convention,
                            id,
                            axisId == null ? axes.isEmpty() ? null : axes.get(0).id() : axisId,
                            line.content(),
                            line.progress());
                } catch (DomainException e) {
                    e.fields().stream().filter(f -> !problems.contains(f)).forEach(problems::add);
                }
                results.add(new ImportReport.LineResult(
                        line.lineNumber(), line.content().title(), problems));
                if (problems.isEmpty()) {
                    Fiche fiche = Fiche.draft(id, conventionId, axisId, position++, line.content(), line.progress());
                    accepted.add(new FicheFlow.Created(
                            fiche,
                            new FicheFlow.Change(
                                    "imported",
                                    audit.text("fiche.imported", fiche.content().title()),
                                    List.of(audit.change("status", null, audit.label(FicheStatus.DRAFT))))));
                }
            }
            boolean allOk = results.stream().allMatch(r -> r.problems().isEmpty());
            if (dryRun || !allOk || accepted.isEmpty()) return List.of();
            saved[0] = true;
            return accepted;
        });
        return new ImportReport(results, saved[0]);
    }

    private static UUID axisNamed(List<Axis> axes, String name) {
        if (name == null || name.isBlank())
            return axes.size() == 1 ? axes.get(0).id() : null;
        String wanted = name.strip();
        for (Axis a : axes) {
            if (a.title().equalsIgnoreCase(wanted)
                    || String.valueOf(a.position()).equals(wanted)) return a.id();
        }
        return null;
    }
}
