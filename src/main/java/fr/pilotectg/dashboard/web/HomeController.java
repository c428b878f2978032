package fr.pilotectg.dashboard.web;

import fr.pilotectg.actionplan.PlanSynthesis;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.diagnostic.Diagnostics;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.evaluation.IndicatorSynthesis;
import fr.pilotectg.governance.GovernanceCalendar;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.DepartementView;
import fr.pilotectg.territory.Territories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** How many conventions each group of acts to do names on the home page (the rest behind « voir tout »). */
    static final int NEED_LIMIT = 5;

    private final Directory directory;
    private final Territories territories;
    private final AccessControl access;
    private final Conventions conventions;
    private final PlanSynthesis plans;
    private final GovernanceCalendar calendar;
    private final IndicatorSynthesis indicators;
    private final Diagnostics diagnostics;
    private final Clock clock;

    private final List<fr.pilotectg.platform.HomeSection> sections;

    HomeController(
            Directory directory,
            Territories territories,
            AccessControl access,
            Conventions conventions,
            PlanSynthesis plans,
            GovernanceCalendar calendar,
            IndicatorSynthesis indicators,
            Diagnostics diagnostics,
            Clock clock,
            List<fr.pilotectg.platform.HomeSection> sections) {
        this.sections = sections;
        this.directory = directory;
        this.territories = territories;
        this.access = access;
        this.conventions = conventions;
        this.plans = plans;
        this.calendar = calendar;
        this.indicators = indicators;
        this.diagnostics = diagnostics;
        this.clock = clock;
    }

    /** How many conventions in force the synthesis and the fiches to watch look at (ending soonest first). */
    static final int IN_FORCE_LIMIT = 12;

    /** How many fiches of each kind and meetings the home page names. */
    static final int LIST_LIMIT = 6;

    private static List<PlanSynthesis.FicheToWatch> of(
            List<PlanSynthesis.FicheToWatch> fiches, PlanSynthesis.Urgency urgency) {
        return fiches.stream().filter(f -> f.urgency() == urgency).toList();
    }

    private static Map<UUID, String> titles(Conventions.InForce inForce) {
        return inForce.first().stream().collect(Collectors.toMap(ConventionSummary::id, ConventionSummary::title));
    }

    @GetMapping("/")
    String home(Model model) {
        var user = CurrentUser.require();
        Reach reach = access.currentReach();
        OrganisationView own = directory.findOrganisation(user.organisationId()).orElse(null);
        model.addAttribute("organisation", own);
        model.addAttribute("organisations", directory.visibleOrganisations(reach, PageQuery.first(50)));
        List<CommuneView> communes = reach.all() ? List.of() : territories.communes(reach.communes());
        model.addAttribute("communes", communes);
        List<DepartementView> departements = reach.departements().stream()
                .sorted()
                .map(territories::findDepartement)
                .flatMap(java.util.Optional::stream)
                .toList();
        model.addAttribute("departements", departements);
        model.addAttribute("allTerritory", reach.all());
        // What needs the user (issue 16): the acts conventions wait for, for those who draft and sign them.
        if (user.role().draftsConventions()) model.addAttribute("needs", conventions.needs(NEED_LIMIT));
        LocalDate today = LocalDate.now(clock);
        if (user.role() == Role.COLLECTIVITE_AGENT) {
            // What a collectivité works on: its fiches late or due this quarter, its next meetings.
            Conventions.InForce inForce = conventions.inForce(IN_FORCE_LIMIT);
            List<UUID> ids = inForce.first().stream().map(ConventionSummary::id).toList();
            model.addAttribute("titles", titles(inForce));
            var fiches = plans.fichesToWatch(ids, today, LIST_LIMIT);
            model.addAttribute("lateFiches", of(fiches, PlanSynthesis.Urgency.LATE));
            model.addAttribute("dueFiches", of(fiches, PlanSynthesis.Urgency.DUE_THIS_QUARTER));
            model.addAttribute("meetings", calendar.coming(ids, today, LIST_LIMIT));
        }
        if (user.role() == Role.READER || user.role() == Role.PARTNER) {
            // An élu or a reader: a synthesis of each convention in force.
            Conventions.InForce inForce = conventions.inForce(IN_FORCE_LIMIT);
            List<UUID> ids = inForce.first().stream().map(ConventionSummary::id).toList();
            model.addAttribute("synthesis", inForce);
            model.addAttribute(
                    "axes",
                    plans.progressByAxis(ids).stream()
                            .collect(Collectors.groupingBy(PlanSynthesis.AxisProgress::conventionId)));
            model.addAttribute(
                    "copils",
                    calendar.nextCopils(ids, today).stream()
                            .collect(Collectors.toMap(GovernanceCalendar.ComingMeeting::conventionId, m -> m)));
            // Indicators against their targets and places created against planned: one statement each.
            model.addAttribute(
                    "targets",
                    indicators.againstTargets(ids).stream()
                            .collect(Collectors.toMap(IndicatorSynthesis.TargetCounts::conventionId, t -> t)));
            model.addAttribute("places", diagnostics.places(inForce.first()));
        }
        Conventions.Overview overview = conventions.overview(8);
        model.addAttribute("conventionCount", overview.visible());
        model.addAttribute("watchList", overview.needingAttention());
        if (user.isAdmin())
            model.addAttribute("throttled", directory.recentThrottledSignIns(java.time.Duration.ofHours(24), 20));
        model.addAttribute("homeSections", HomeSections.of(sections));
        return "dashboard/home";
    }
}
