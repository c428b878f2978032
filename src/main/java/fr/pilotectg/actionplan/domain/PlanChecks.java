package fr.pilotectg.actionplan.domain;

import fr.pilotectg.convention.ConventionRights;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.NationalList;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import fr.pilotectg.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The checks of an axis or a fiche that need more than the record itself: the convention (communes, domains, dates),
 * the national list of enjeux (asked of the convention module), the directory and the plan's other fiches.
 */
@Component
class PlanChecks {

    /** Milestones may lie this many years before the convention's start or after its end, not more. */
    static final int MILESTONE_MARGIN_YEARS = 2;

    private final ActionPlanRepository repository;
    private final NationalList nationalList;
    private final Directory directory;
    private final ConventionRights rights;

    private final java.time.Clock clock;

    PlanChecks(
            ActionPlanRepository repository,
            NationalList nationalList,
            Directory directory,
            ConventionRights rights,
            java.time.Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.nationalList = nationalList;
        this.directory = directory;
        this.rights = rights;
    }

    /** A new axis of the convention's plan, or every field problem of {@code data}. */
    Axis axis(ConventionSummary convention, UUID id, int position, AxisData data) {
        var problems = new ArrayList<FieldProblem>();
        if (data == null || data.title() == null || data.title().isBlank())
            problems.add(FieldProblem.of("title", ActionPlanErrors.AXIS_TITLE_REQUIRED));
        AxisData d = data == null ? new AxisData(null, null, List.of(), List.of()) : data;
        InputLimits.check()
                .list("domains", d.domains())
                .list("enjeux", d.enjeux())
                .throwIfAny();
        problems.addAll(InputLimits.check()
                .title("title", d.title())
                .name("commune", d.commune())
                .problems());
        if (d.commune() != null
                && !d.commune().isBlank()
                && !convention.communes().contains(d.commune().strip())) {
            problems.add(FieldProblem.of("commune", ActionPlanErrors.AXIS_COMMUNE_NOT_IN_CONVENTION, d.commune()));
        }
        List<String> domains = d.domains() == null
                ? List.of()
                : d.domains().stream().filter(Objects::nonNull).distinct().toList();
        for (int i = 0; i < domains.size(); i++) {
            if (!convention.domains().contains(domains.get(i))) {
                problems.add(FieldProblem.of(
                        "domains[" + i + "]", ActionPlanErrors.AXIS_DOMAIN_NOT_IN_CONVENTION, domains.get(i)));
            }
        }
        List<String> enjeux = d.enjeux() == null
                ? List.of()
                : d.enjeux().stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> national = enjeux.isEmpty() ? Map.of() : nationalList.enjeux();
        for (int i = 0; i < enjeux.size(); i++) {
            if (!national.containsKey(enjeux.get(i))) {
                problems.add(FieldProblem.of("enjeux[" + i + "]", ActionPlanErrors.AXIS_ENJEU_INVALID, enjeux.get(i)));
            }
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new Axis(id, convention.id(), position, d.title(), d.commune(), domains, enjeux);
    }

    /** The checks of a fiche that need the convention, the directory or the other fiches (then the fiche's own). */
    void fiche(ConventionSummary convention, UUID ficheId, UUID axisId, FicheContent content, int progress) {
        Axis axis = axisId == null
                ? null
                : repository
                        .findAxis(axisId)
                        .map(ActionPlanRepository.StoredAxis::axis)
                        .orElse(null);
        fiche(convention, ficheId, axisId, axis, content, progress);
    }

    /**
     * The same checks, the fiche's axis already loaded ({@code axis} null: no axis of that id), e.g. by the bulk import
     * that has just created it.
     */
    void fiche(ConventionSummary convention, UUID ficheId, UUID axisId, Axis axis, FicheContent content, int progress) {
        Fiche.checkSizes(content);
        var problems = new ArrayList<FieldProblem>();
        if (axisId == null) {
            problems.add(FieldProblem.of("axisId", ActionPlanErrors.AXIS_REQUIRED));
        } else if (axis == null
                || !axis.id().equals(axisId)
                || !axis.conventionId().equals(convention.id())) {
            problems.add(FieldProblem.of("axisId", ActionPlanErrors.AXIS_OTHER_CONVENTION));
        }
        // Its own number within its axis (« 2.3 ») is unique in the axis; its realisation date may lie in the past
        // (a past convention recorded now), never in the future.
        if (axisId != null
                && !content.numberInAxis().isEmpty()
                && repository.numberTaken(axisId, ficheId, content.numberInAxis())) {
            problems.add(FieldProblem.of("numberInAxis", ActionPlanErrors.NUMBER_TAKEN, content.numberInAxis()));
        }
        LocalDate today = LocalDate.now(clock);
        if (content.realisedOn() != null && content.realisedOn().isAfter(today)) {
            problems.add(FieldProblem.of(
                    "realisedOn", ActionPlanErrors.REALISED_IN_FUTURE, french(content.realisedOn()), french(today)));
        }
        LocalDate earliest = convention.start().minusYears(MILESTONE_MARGIN_YEARS);
        LocalDate latest = convention.end().plusYears(MILESTONE_MARGIN_YEARS);
        for (int i = 0; i < content.milestones().size(); i++) {
            PartialDate due = content.milestones().get(i).dueOn();
            if (due != null
                    && (due.lastDay().isBefore(earliest) || due.firstDay().isAfter(latest))) {
                problems.add(FieldProblem.of(
                        "milestones[" + i + "].dueOn",
                        ActionPlanErrors.MILESTONE_OUT_OF_RANGE,
                        due.french(),
                        french(earliest),
                        french(latest)));
            }
        }
        // A funding line's year, when given, is a year of the convention.
        int firstYear = convention.start().getYear();
        int lastYear = convention.end().getYear();
        for (int i = 0; i < content.fundings().size(); i++) {
            Integer year = content.fundings().get(i).year();
            if (year != null && (year < firstYear || year > lastYear))
                problems.add(FieldProblem.of(
                        "fundings[" + i + "].year",
                        ActionPlanErrors.FUNDING_YEAR_OUTSIDE,
                        String.valueOf(year),
                        String.valueOf(firstYear),
                        String.valueOf(lastYear)));
        }
        // The pilot and the partners named by id take part in the convention or stand on its territory (ADR 0003);
        // a partner given by its name only is free text.
        if (content.pilotId() != null) {
            if (directory.findOrganisation(content.pilotId()).isEmpty())
                problems.add(FieldProblem.of("pilotId", ActionPlanErrors.PILOT_UNKNOWN));
            else if (!rights.takesPart(convention, content.pilotId()))
                problems.add(FieldProblem.of("pilotId", ActionPlanErrors.PILOT_OUTSIDE_CONVENTION));
        }
        for (int i = 0; i < content.partners().size(); i++) {
            UUID org = content.partners().get(i).organisationId();
            if (org == null) continue;
            var organisation = directory.findOrganisation(org);
            if (organisation.isEmpty()) {
                problems.add(FieldProblem.of(
                        "partners[" + i + "].organisationId", ActionPlanErrors.PARTNER_UNKNOWN, org.toString()));
            } else if (!rights.takesPart(convention, org)) {
                problems.add(FieldProblem.of(
                        "partners[" + i + "].organisationId",
                        ActionPlanErrors.PARTNER_OUTSIDE_CONVENTION,
                        organisation.get().name()));
            }
        }
        Map<UUID, UUID> conventionOf =
                repository.conventionsOf(content.links()).stream().collect(Collectors.toMap(r -> r[0], r -> r[1]));
        for (int i = 0; i < content.links().size(); i++) {
            UUID link = content.links().get(i);
            if (link.equals(ficheId)) {
                problems.add(FieldProblem.of("links[" + i + "]", ActionPlanErrors.LINK_SELF));
            } else if (!convention.id().equals(conventionOf.get(link))) {
                problems.add(
                        FieldProblem.of("links[" + i + "]", ActionPlanErrors.LINK_OTHER_CONVENTION, link.toString()));
            }
        }
        try {
            Fiche.check(content, progress);
        } catch (DomainException e) {
            problems.addAll(0, e.fields());
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    static String french(LocalDate date) {
        return date == null
                ? null
                : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }
}
