package fr.pilotectg.territory;

import java.util.List;

/** A 2024 QPV with its outline as GeoJSON (Polygon or MultiPolygon, WGS84), for the départements whose polygons are bundled. */
public record QpvOutline(String code, String name, List<String> communes, String geometryGeoJson) {}
