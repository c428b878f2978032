package fr.pilotectg.diagnostic;

import java.math.BigDecimal;

/**
 * The taux de couverture petite enfance the diagnostic computes: the register's places of open EAJE and MAM per 100
 * children under 3 (the diagnostic's figure of {@code year}).
 */
public record CoverageRate(BigDecimal rate, int year, BigDecimal places, BigDecimal childrenUnder3) {}
