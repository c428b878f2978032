package fr.pilotectg.territory;

import java.math.BigDecimal;
import java.util.List;

/** A quartier prioritaire de la politique de la ville (2024 list), with the communes it spans and its bounding box. */
public record QpvView(
        String code,
        String name,
        List<String> communes,
        List<String> departements,
        BigDecimal lonMin,
        BigDecimal latMin,
        BigDecimal lonMax,
        BigDecimal latMax) {}
