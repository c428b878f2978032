package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.equipment.OperatorView;
import fr.pilotectg.shared.SearchText;
import java.util.UUID;

/**
 * The gestionnaire: an organisation of the directory (its name copied for display) or a free name, with its category.
 * It may differ from the site (a centre social managing a multi-accueil).
 */
public record Operator(UUID organisationId, String name, OperatorCategory category) {

    public Operator {
        name = name == null || name.isBlank() ? null : SearchText.collapseSpaces(name);
    }

    public static Operator none() {
        return new Operator(null, null, null);
    }

    public OperatorView view() {
        return new OperatorView(organisationId, name, category);
    }
}
