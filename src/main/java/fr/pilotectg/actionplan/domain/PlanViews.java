package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.convention.ConventionSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the plan and fiche pages and the API show. */
public final class PlanViews {

    private PlanViews() {}

    /** A fiche with what is computed for today. */
    public record FicheLine(
            Fiche fiche, int version, Axis axis, boolean late, List<Milestone> lateMilestones, String pilotName) {

        public UUID id() {
            return fiche.id();
        }

        /** The earliest milestone not done yet, or null. */
        public Milestone nextMilestone() {
            return fiche.content().milestones().stream()
                    .filter(m -> !m.done() && m.dueOn() != null)
                    .min(java.util.Comparator.comparing(m -> java.util.Objects.requireNonNull(m.dueBy())))
                    .orElse(null);
        }
    }

    /** An axis and its fiches (after filtering). */
    public record AxisPart(Axis axis, String communeName, List<FicheLine> fiches) {}

    /**
     * A convention's plan; {@code enjeuLabels}: code → label of the national list, for the enjeux its axes name.
     * {@code canEdit}: the user may add fiches (their own at least); {@code canStructure}: axes and import too.
     */
    public record Plan(
            ConventionSummary convention,
            LocalDate today,
            List<AxisPart> parts,
            List<FicheLine> all,
            List<FicheLine> shown,
            Map<FicheStatus, Long> countsByStatus,
            long lateCount,
            Map<String, String> communeNames,
            Map<UUID, String> organisationNames,
            boolean canEdit,
            boolean canStructure,
            Map<String, String> enjeuLabels) {

        public List<Axis> axes() {
            return parts.stream().map(AxisPart::axis).toList();
        }
    }

    /** A page of the plan's table and what it was asked; {@code total}: how many fiches match the filters in all. */
    public record FicheList(
            ConventionSummary convention,
            LocalDate today,
            List<Axis> axes,
            List<FicheLine> lines,
            long total,
            PlanListQuery query) {

        public long pages() {
            return Math.max(1, (total + query.size() - 1) / query.size());
        }

        public boolean hasNext() {
            return (long) (query.page() + 1) * query.size() < total;
        }

        public boolean hasPrevious() {
            return query.page() > 0;
        }

        /** The rank of the first fiche shown (1-based), 0 when none. */
        public long from() {
            return lines.isEmpty() ? 0 : query.offset() + 1;
        }

        public long to() {
            return query.offset() + lines.size();
        }
    }

    /** The plan by status: one column per {@link FicheStatus} in workflow order, the fiches the user may move. */
    public record Board(Plan plan, Map<FicheStatus, List<FicheLine>> columns, java.util.Set<UUID> movable) {

        public boolean canMove(FicheLine line) {
            return movable.contains(line.id()) && !line.fiche().status().next().isEmpty();
        }

        /** Where a card may go from the board: the next statuses but abandoned (which needs a reason, on the fiche). */
        public List<FicheStatus> moves(FicheLine line) {
            return line.fiche().status().next().stream()
                    .filter(s -> s != FicheStatus.ABANDONED)
                    .sorted()
                    .toList();
        }
    }

    /** One fiche with its convention, axis, linked fiches and the names of the organisations it cites. */
    public record FicheDetails(
            ConventionSummary convention,
            LocalDate today,
            FicheLine line,
            String communeName,
            List<FicheLine> linked,
            Map<UUID, String> organisationNames,
            boolean canEdit) {

        public Fiche fiche() {
            return line.fiche();
        }

        public int version() {
            return line.version();
        }
    }
}
