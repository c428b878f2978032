package fr.pilotectg.equipment;

import java.util.List;
import java.util.UUID;

/** A capacity was written in an entry's history; {@code warnings} are message keys (e.g. a unit unusual for the type). */
public record CapacityRecorded(UUID equipmentId, CapacityView capacity, List<String> warnings, int version) {}
