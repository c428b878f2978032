package fr.pilotectg.governance.web;

import fr.pilotectg.governance.domain.OverdueGovernance;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.HomeSection;
import org.springframework.stereotype.Component;

/**
 * « Gouvernance en retard » on the home page of those who run conventions (Caf agents, collectivités): meetings not held
 * and activity reports not received, per convention (nothing overdue: no section).
 */
@Component
class OverdueHomeSection implements HomeSection {

    private final OverdueGovernance overdue;

    OverdueHomeSection(OverdueGovernance overdue) {
        this.overdue = overdue;
    }

    @Override
    public String fragment() {
        return "governance/home-overdue :: overdue";
    }

    @Override
    public Object data() {
        if (!CurrentUser.require().role().draftsConventions()) return null;
        OverdueGovernance.View view = overdue.overdue();
        return view.rows().isEmpty() ? null : view;
    }

    @Override
    public int order() {
        return 30;
    }
}
