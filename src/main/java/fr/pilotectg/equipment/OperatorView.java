package fr.pilotectg.equipment;

import java.util.UUID;

/** The gestionnaire of an equipment: an organisation of the directory ({@code organisationId}) or a free name. */
public record OperatorView(UUID organisationId, String name, OperatorCategory category) {}
