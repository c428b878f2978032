package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fiche action: its content (the template's fields), its axis, status, progress (0-100 %) and, once abandoned, the
 * reason. It is late when one of its milestones is past and not done while the fiche is neither done nor abandoned.
 */
public final class Fiche {

    private final UUID id;
    private final UUID conventionId;
    private UUID axisId;
    private final int position;
    private FicheContent content;
    private FicheStatus status;
    private int progress;
    private String abandonReason;

    private Fiche(
            UUID id,
            UUID conventionId,
            UUID axisId,
            int position,
            FicheContent content,
            FicheStatus status,
            int progress,
            String abandonReason) {
        this.id = id;
        this.conventionId = conventionId;
        this.axisId = axisId;
        this.position = position;
        this.content = content;
        this.status = status;
        this.progress = progress;
        this.abandonReason = abandonReason;
    }

    /** A new fiche, in draft. */
    public static Fiche draft(
            UUID id, UUID conventionId, UUID axisId, int position, FicheContent content, int progress) {
        check(content, progress);
        return new Fiche(id, conventionId, axisId, position, content, FicheStatus.DRAFT, progress, null);
    }

    /** A fiche as stored. */
    public static Fiche restore(
            UUID id,
            UUID conventionId,
            UUID axisId,
            int position,
            FicheContent content,
            FicheStatus status,
            int progress,
            String abandonReason) {
        return new Fiche(id, conventionId, axisId, position, content, status, progress, abandonReason);
    }

    /** Replaces the content and progress (any status: a fiche in progress gets its milestones ticked off). */
    public void revise(UUID axisId, FicheContent content, int progress) {
        check(content, progress);
        this.axisId = axisId;
        this.content = content;
        this.progress = progress;
    }

    /**
     * Moves to {@code target} if the workflow allows it. Abandoning takes a reason; done means 100 %.
     *
     * @throws DomainException {@code FICHE_TRANSITION_NOT_ALLOWED} or {@code FICHE_ABANDON_REASON_REQUIRED}
     */
    public void changeStatus(FicheStatus target, String reason) {
        if (target == null)
            throw DomainException.invalidFields(List.of(FieldProblem.of("status", ActionPlanErrors.STATUS_REQUIRED)));
        if (!status.next().contains(target)) {
            throw DomainException.rule(ActionPlanErrors.TRANSITION_NOT_ALLOWED, status.name(), target.name());
        }
        if (target == FicheStatus.ABANDONED) {
            if (reason == null || reason.isBlank()) {
                throw DomainException.invalidFields(
                        List.of(FieldProblem.of("reason", ActionPlanErrors.ABANDON_REASON_REQUIRED)));
            }
            InputLimits.check().longText("reason", reason).throwIfAny();
            abandonReason = reason.strip();
        }
        if (target == FicheStatus.DONE) progress = 100;
        status = target;
    }

    public boolean isLate(LocalDate today) {
        return !status.isClosed() && content.milestones().stream().anyMatch(m -> m.lateOn(today));
    }

    public List<Milestone> lateMilestones(LocalDate today) {
        if (status.isClosed()) return List.of();
        return content.milestones().stream().filter(m -> m.lateOn(today)).toList();
    }

    /**
     * The sizes of the fiche's lists, refused before anything else looks at their items (so that 100 000 steps are
     * one problem, not 100 000).
     */
    static void checkSizes(FicheContent content) {
        InputLimits.check()
                .list("steps", content.steps())
                .list("milestones", content.milestones())
                .list("partners", content.partners())
                .list("indicators", content.indicators())
                .list("referents", content.referents())
                .list("fundings", content.fundings())
                .list("links", content.links())
                .list("attachments", content.attachments())
                .throwIfAny();
    }

    /** The checks that need nothing but the fiche itself. */
    public static void check(FicheContent content, int progress) {
        checkSizes(content);
        var problems = new ArrayList<FieldProblem>();
        InputLimits limits = InputLimits.check()
                .title("title", content.title())
                .longText("targetPublic", content.targetPublic())
                .longText("diagnostic", content.diagnostic())
                .longText("objectives", content.objectives())
                .longTexts("steps", content.steps())
                .longText("services", content.services())
                .longText("expectedResults", content.expectedResults())
                .titles("indicators", content.indicators())
                .titles("referents", content.referents())
                .longText("note", content.note());
        if (content.title().isEmpty()) problems.add(FieldProblem.of("title", ActionPlanErrors.TITLE_REQUIRED));
        if (progress < 0 || progress > 100)
            problems.add(FieldProblem.of("progress", ActionPlanErrors.PROGRESS_INVALID, progress));
        for (int i = 0; i < content.milestones().size(); i++) {
            Milestone m = content.milestones().get(i);
            if (m.dueOn() == null)
                problems.add(FieldProblem.of("milestones[" + i + "].dueOn", ActionPlanErrors.MILESTONE_DATE_REQUIRED));
            if (m.label().isEmpty())
                problems.add(FieldProblem.of("milestones[" + i + "].label", ActionPlanErrors.MILESTONE_LABEL_REQUIRED));
            limits.date("milestones[" + i + "].dueOn", m.dueOn()).longText("milestones[" + i + "].label", m.label());
        }
        for (int i = 0; i < content.partners().size(); i++) {
            PartnerRef p = content.partners().get(i);
            if (p.organisationId() == null && p.name().isEmpty()) {
                problems.add(FieldProblem.of("partners[" + i + "].name", ActionPlanErrors.PARTNER_NAME_REQUIRED));
            }
            limits.name("partners[" + i + "].name", p.name());
        }
        limits.amount("budget", content.budget());
        for (int i = 0; i < content.fundings().size(); i++) {
            Funding f = content.fundings().get(i);
            if (f.funder().isEmpty())
                problems.add(FieldProblem.of("fundings[" + i + "].funder", ActionPlanErrors.FUNDER_REQUIRED));
            if (f.amount() == null)
                problems.add(FieldProblem.of("fundings[" + i + "].amount", ActionPlanErrors.AMOUNT_INVALID));
            limits.name("fundings[" + i + "].funder", f.funder()).amount("fundings[" + i + "].amount", f.amount());
        }
        for (int i = 0; i < content.attachments().size(); i++) {
            Attachment a = content.attachments().get(i);
            if (a.name().isEmpty() || !fr.pilotectg.shared.WebLink.isHttp(a.url())) {
                problems.add(FieldProblem.of("attachments[" + i + "].url", ActionPlanErrors.ATTACHMENT_INVALID));
            }
            limits.name("attachments[" + i + "].name", a.name())
                    .text("attachments[" + i + "].url", a.url(), InputLimits.LONG_TEXT_MAX);
        }
        problems.addAll(limits.problems());
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    public UUID id() {
        return id;
    }

    public UUID conventionId() {
        return conventionId;
    }

    public UUID axisId() {
        return axisId;
    }

    public int position() {
        return position;
    }

    public FicheContent content() {
        return content;
    }

    public FicheStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public String abandonReason() {
        return abandonReason;
    }
}
