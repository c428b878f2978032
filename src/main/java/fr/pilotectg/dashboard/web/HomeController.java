package fr.pilotectg.dashboard.web;

import fr.pilotectg.convention.Conventions;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.DepartementView;
import fr.pilotectg.territory.Territories;
import java.util.List;
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

    HomeController(Directory directory, Territories territories, AccessControl access, Conventions conventions) {
        this.directory = directory;
        this.territories = territories;
        this.access = access;
        this.conventions = conventions;
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
        Conventions.Overview overview = conventions.overview(8);
        model.addAttribute("conventionCount", overview.visible());
        model.addAttribute("watchList", overview.needingAttention());
        if (user.isAdmin())
            model.addAttribute("throttled", directory.recentThrottledSignIns(java.time.Duration.ofHours(24), 20));
        return "dashboard/home";
    }
}
