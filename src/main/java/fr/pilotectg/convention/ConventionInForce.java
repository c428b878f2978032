package fr.pilotectg.convention;

import java.time.LocalDate;
import java.util.UUID;

/** A convention in force, as little as another module needs to ask its own tables about it. */
public record ConventionInForce(UUID id, String title, LocalDate start) {}
