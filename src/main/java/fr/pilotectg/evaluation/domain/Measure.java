package fr.pilotectg.evaluation.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A measured value of a year, with who entered it and when. */
public record Measure(BigDecimal value, String enteredBy, OffsetDateTime enteredAt) {}
