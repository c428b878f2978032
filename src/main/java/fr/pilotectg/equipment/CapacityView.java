package fr.pilotectg.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A capacity in force from {@code effectiveOn}, with its unit and where it comes from (a document, an import, a module). */
public record CapacityView(LocalDate effectiveOn, BigDecimal value, CapacityUnit unit, String source) {}
