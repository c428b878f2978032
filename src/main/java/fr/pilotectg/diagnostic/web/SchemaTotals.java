package fr.pilotectg.diagnostic.web;

import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A total of places of the schéma de développement as people read it, saying how many rows have no known places
 * (issue 12): « 12 », or « 12 places connues, 3 actions sans nombre de places renseigné ». Pages use
 * {@code ${@schemaTotals.text(total, unknown)}}; the API gives the same text.
 */
@Component("schemaTotals")
public class SchemaTotals {

    private final MessageSource messages;

    SchemaTotals(MessageSource messages) {
        this.messages = messages;
    }

    public String text(BigDecimal total, int unknown) {
        String known = FrenchNumbers.format(total == null ? BigDecimal.ZERO : total);
        if (unknown == 0) return known;
        return messages.getMessage("schema.total.partial", new Object[] {known, unknown}, Locale.FRANCE);
    }
}
