package fr.pilotectg.governance.domain;

import fr.pilotectg.convention.ConventionAlert;
import fr.pilotectg.convention.ConventionAlertSource;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.governance.GovernanceWarning;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a convention's governance warnings among its alerts (page, portfolio, home page): one line that says the first
 * point and how many there are, the detail being on the governance page. A list's conventions are answered together,
 * in a constant number of statements ({@link GovernanceReads#warnings(Collection)}).
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
        return alertsOf(List.of(convention)).getOrDefault(convention.id(), List.of());
    }

    @Override
    public Map<UUID, List<ConventionAlert>> alertsOf(Collection<ConventionSummary> conventions) {
        Map<UUID, List<ConventionAlert>> alerts = new HashMap<>();
        governance.warnings(conventions).forEach((id, warnings) -> {
            if (!warnings.isEmpty()) alerts.put(id, List.of(alert(warnings)));
        });
        return alerts;
    }

    private ConventionAlert alert(List<GovernanceWarning> warnings) {
        GovernanceWarning first = warnings.get(0);
        String text = messages.getMessage(first.messageKey(), first.argArray(), first.code(), Locale.FRANCE);
        if (warnings.size() > 1) {
            text = messages.getMessage("governance.alert.many", new Object[] {warnings.size(), text}, Locale.FRANCE);
        }
        return new ConventionAlert(ConventionAlert.Code.GOVERNANCE, ConventionAlert.Level.WARNING, List.of(text));
    }
}
