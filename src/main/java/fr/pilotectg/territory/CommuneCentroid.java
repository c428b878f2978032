package fr.pilotectg.territory;

import java.math.BigDecimal;

/**
 * The centroid of a commune (WGS84); {@code ofParent} when the commune (a commune associée such as Lomme or Hellemmes)
 * has none of its own and the centroid is its parent commune's. {@code name} as the COG writes it.
 */
public record CommuneCentroid(
        String inseeCode, String name, BigDecimal latitude, BigDecimal longitude, boolean ofParent) {}
