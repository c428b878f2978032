package fr.pilotectg.governance.domain;

import fr.pilotectg.convention.ConventionAlert;
import fr.pilotectg.convention.ConventionAlertSource;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.governance.GovernanceWarning;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a convention's governance warnings among its alerts (page, portfolio, home page): one line that says the first
 * point and how many there are, the detail being on the governance page.
 */
@Component
class GovernanceAlerts implements ConventionAlertSource {

    private final GovernanceReads governance;
    private final MessageSource messages;

    GovernanceAlerts(GovernanceReads governance, MessageSource messages) {
        this.governance = governance;
        this.messages = messages;
    }

    @Override
    public List<ConventionAlert> alertsOf(ConventionSummary convention) {
        List<GovernanceWarning> warnings = governance.warnings(convention.id());
        if (warnings.isEmpty()) return List.of();
        GovernanceWarning first = warnings.get(0);
        String text = messages.getMessage(first.messageKey(), first.argArray(), first.code(), Locale.FRANCE);
        if (warnings.size() > 1) {
            text = messages.getMessage("governance.alert.many", new Object[] {warnings.size(), text}, Locale.FRANCE);
        }
        return List.of(
                new ConventionAlert(ConventionAlert.Code.GOVERNANCE, ConventionAlert.Level.WARNING, List.of(text)));
    }
}
